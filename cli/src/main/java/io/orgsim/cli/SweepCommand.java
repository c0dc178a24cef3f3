// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import io.orgsim.core.experiment.ConsoleProgress;
import io.orgsim.core.experiment.Sweep;
import io.orgsim.core.experiment.SweepReport;
import io.orgsim.scenarios.file.ExperimentFile;
import io.orgsim.scenarios.file.ExperimentFiles;
import io.orgsim.scenarios.file.ScenarioFileException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code orgsim sweep FILE}: runs the design of an experiment file, every point times its
 * replications, in parallel; streams one row per run to OUT/results.csv, writes per-point
 * statistics to OUT/summary.csv. Started again with the same command, it resumes.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Runs the design of an experiment file (docs/EXPERIMENTS.md): every design point x "
                + "replications, in parallel, one CSV row per run written as it finishes (OUT/results.csv), "
                + "then mean, sd and 95%% CI per point (OUT/summary.csv).",
                "Interrupted (even by kill -9), the same command resumes where it stopped."},
        footer = {"", "Example:", "  orgsim sweep experiments/fixed-budget.yaml --threads 2"})
final class SweepCommand extends BaseCommand {

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

    @Option(names = {"-r", "--replications"}, paramLabel = "R", description = "replications per point "
            + "(default: the file's replications)")
    Integer replications;

    @Override
    public Integer call() throws IOException {
        ExperimentFile f;
        Sweep sweep;
        try {
            f = ExperimentFiles.load(file);
            Sweep.Builder b = f.sweep().progress(ConsoleProgress.factory());
            ExperimentOptions.apply(b, threads, out, seed, replications);
            sweep = b.build();
        } catch (ScenarioFileException e) {
            err().println(spec.qualifiedName() + ": " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        if (out != null) {
            checkOutDir(out);
        }
        err().printf(Locale.ROOT, "%s: %d points x %d replications = %d runs -> %s%n", f.name(),
                sweep.design().size(), sweep.replications(), (long) sweep.design().size() * sweep.replications(),
                sweep.out());
        SweepReport r;
        try {
            r = sweep.run();
        } catch (IllegalStateException e) {
            err().println(spec.qualifiedName() + ": " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        out().println(ExperimentOptions.report(r));
        return 0;
    }
}
