// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import io.orgsim.core.experiment.MorrisIndex;
import io.orgsim.core.experiment.SensitivityStudy;
import io.orgsim.core.experiment.SobolIndex;
import io.orgsim.scenarios.file.ExperimentFile;
import io.orgsim.scenarios.file.ExperimentFiles;
import io.orgsim.scenarios.file.ScenarioFileException;
import io.orgsim.viz.SensitivityCharts;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code orgsim sensitivity FILE}: global sensitivity analysis of the file's sensitivity
 * section (Morris elementary effects or Sobol indices), run as a resumable sweep; prints the
 * indices and writes OUT/sensitivity.csv and a chart per output (OUT/sensitivity-OUTPUT.png and .svg).
 */
@Command(name = "sensitivity", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Global sensitivity analysis of an experiment file's sensitivity section "
                + "(docs/EXPERIMENTS.md): Morris elementary effects (mu, mu*, sigma) or Sobol first- and "
                + "total-order indices (Saltelli 2010 / Jansen) with bootstrap 95%% intervals.",
                "The runs stream to OUT/results.csv and resume like a sweep; the indices go to "
                        + "OUT/sensitivity.csv, and a chart of them per output to "
                        + "OUT/sensitivity-OUTPUT.png and .svg."})
final class SensitivityCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "the experiment file (YAML)")
    Path file;

    @Option(names = "--threads", paramLabel = "N",
            description = "worker threads, in [1, 1024] (default: the file's threads, else available processors)")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: the file's outputs.dir, "
            + "else out/NAME)")
    Path out;

    @Option(names = "--seed", paramLabel = "N", description = "master seed (default: the file's seed)")
    Long seed;

    @Option(names = "--seeds", paramLabel = "MODE", description = "independent (a seed per run) or common "
            + "(replication r of every sample runs with one seed: common random numbers); default: the file's seeds")
    ExperimentOptions.Seeding seeds;

    @Option(names = "--allow-large", description = "run a design of more than "
            + io.orgsim.core.experiment.Sweep.LARGE_RUNS + " runs (refused without it)")
    boolean allowLarge;

    @Override
    public Integer call() throws IOException {
        SensitivityStudy study;
        try {
            ExperimentFile f = ExperimentFiles.load(file);
            SensitivityStudy.Builder b = f.sensitivityStudy().progress(progress())
                    .allowLarge(allowLarge).version(Main.Version.number());
            if (threads != null) {
                ExperimentOptions.check("--threads", threads, 1024);
                b.threads(threads);
            }
            if (out != null) {
                checkOutDir(out);
                b.out(out);
            }
            if (seed != null) {
                b.seed(seed);
            }
            if (seeds != null) {
                b.commonSeeds(seeds == ExperimentOptions.Seeding.common);
            }
            study = b.build();
        } catch (ScenarioFileException e) {
            err().println(spec.qualifiedName() + ": " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        status().printf(Locale.ROOT, "%d runs -> %s%n", (long) study.sweep().design().size()
                * study.sweep().replications(), study.sweep().out());
        SensitivityStudy.Report r;
        try {
            r = study.run();
        } catch (IllegalStateException e) {
            err().println(spec.qualifiedName() + ": " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        PrintWriter o = out();
        for (Map.Entry<String, List<MorrisIndex>> e : r.morris().entrySet()) {
            o.printf(Locale.ROOT, "%s (Morris, per unit of each factor's range)%n  %-28s %12s %12s %12s%n",
                    e.getKey(), "factor", "mu*", "mu", "sigma");
            for (MorrisIndex i : e.getValue()) {
                o.printf(Locale.ROOT, "  %-28s %12.4g %12.4g %12.4g%n", i.key(), i.muStar(), i.mu(), i.sigma());
            }
        }
        for (Map.Entry<String, List<SobolIndex>> e : r.sobol().entrySet()) {
            o.printf(Locale.ROOT, "%s (Sobol indices, 95%% bootstrap intervals)%n  %-28s %22s %22s%n",
                    e.getKey(), "factor", "first order S1", "total order ST");
            for (SobolIndex i : e.getValue()) {
                o.printf(Locale.ROOT, "  %-28s %6.3f [%6.3f,%6.3f] %6.3f [%6.3f,%6.3f]%n", i.key(), i.first(),
                        i.firstLow(), i.firstHigh(), i.total(), i.totalLow(), i.totalHigh());
            }
        }
        o.println(ExperimentOptions.report(r.sweep()));
        ExperimentOptions.saveExperimentFile(file, study.sweep().out(), spec.commandLine().getParseResult());
        o.println("wrote " + r.indices());
        for (Path chart : SensitivityCharts.write(r, r.indices().getParent())) {
            o.println("wrote " + chart + " (and .svg)");
        }
        return 0;
    }
}
