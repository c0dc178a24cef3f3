// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import io.orgsim.core.experiment.Chunk;
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
 * statistics to OUT/summary.csv. Started again with the same command, it resumes. With
 * {@code --chunk i/N} it runs one slice ({@link Chunk}) into OUT/chunks/part-i-of-N.csv, for job
 * arrays; {@code --merge} then combines the parts (docs/DISTRIBUTED.md).
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Runs the design of an experiment file (docs/EXPERIMENTS.md): every design point x "
                + "replications, in parallel, one CSV row per run written as it finishes (OUT/results.csv), "
                + "then mean, sd and 95%% CI per point (OUT/summary.csv).",
                "Interrupted (even by kill -9), the same command resumes where it stopped."},
        footer = {"", "Examples:", "  orgsim sweep experiments/fixed-budget.yaml --threads 2",
                "  orgsim sweep experiments/fixed-budget.yaml --chunk $SLURM_ARRAY_TASK_ID/16   (one slice)",
                "  orgsim sweep experiments/fixed-budget.yaml --merge   (once all 16 slices are done)"})
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

    @Option(names = "--seeds", paramLabel = "MODE", description = "independent (a seed per run) or common "
            + "(replication r of every point runs with one seed: common random numbers); default: the file's seeds")
    ExperimentOptions.Seeding seeds;

    @Option(names = {"-r", "--replications"}, paramLabel = "R", description = "replications per point "
            + "(default: the file's replications)")
    Integer replications;

    @Option(names = "--chunk", paramLabel = "i/N", description = "run only chunk i of N (i from 0; run k = "
            + "point x replications + replication belongs to chunk k mod N) and write OUT/chunks/part-i-of-N.csv; "
            + "for job arrays (docs/DISTRIBUTED.md)")
    String chunk;

    @Option(names = "--merge", description = "run nothing: check that OUT/chunks holds every run exactly once and "
            + "write OUT/results.csv and OUT/summary.csv (with seeds: common, OUT/differences.csv too) from the parts")
    boolean merge;

    @Option(names = "--allow-large", description = "run a design of more than " + Sweep.LARGE_RUNS + " runs "
            + "(refused without it, as a guard against a design that would run for days)")
    boolean allowLarge;

    @Override
    public Integer call() throws IOException {
        ExperimentFile f;
        Sweep sweep;
        try {
            f = ExperimentFiles.load(file);
            Sweep.Builder b = f.sweep().progress(progress());
            ExperimentOptions.apply(b, threads, out, seed, seeds, replications);
            b.allowLarge(allowLarge);
            if (chunk != null) {
                if (merge) {
                    throw new io.orgsim.core.SpecException("--merge", "", "cannot go with --chunk");
                }
                b.chunk(Chunk.parse(chunk));
            }
            sweep = b.build();
        } catch (ScenarioFileException e) {
            err().println(spec.qualifiedName() + ": " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        if (out != null) {
            checkOutDir(out);
        }
        long runs = (long) sweep.design().size() * sweep.replications();
        if (merge) {
            return merge(f, sweep);
        }
        status().printf(Locale.ROOT, "%s: %d points x %d replications = %d runs%s -> %s%n", f.name(),
                sweep.design().size(), sweep.replications(), runs, sweep.chunk() == null ? ""
                        : ", chunk " + sweep.chunk() + ": " + sweep.chunk().size(sweep.design().size(),
                        sweep.replications()) + " runs", sweep.resultsFile());
        SweepReport r;
        try {
            r = sweep.run();
        } catch (IllegalStateException e) {
            err().println(spec.qualifiedName() + ": " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        if (sweep.chunk() != null) {
            out().printf(Locale.ROOT, "chunk %s: %d of %d runs done (%d resumed, %d run now in %.1f s, %d failed)"
                            + "%nwrote %s%n", sweep.chunk(), r.resumed() + r.ran(), r.total(), r.resumed(), r.ran(),
                    r.elapsed().toNanos() / 1e9, r.failed(), r.results());
            return 0;
        }
        ExperimentOptions.saveExperimentFile(file, sweep.out(), spec.commandLine().getParseResult());
        out().println(ExperimentOptions.report(r));
        if (sweep.commonSeeds()) {
            out().println("wrote " + sweep.out().resolve(Sweep.DIFFERENCES) + " (each point minus point 0, paired by "
                    + "replication)");
        }
        return 0;
    }

    private Integer merge(ExperimentFile f, Sweep sweep) throws IOException {
        SweepReport r;
        try {
            r = sweep.mergeChunks();
        } catch (IllegalStateException e) {
            err().println(spec.qualifiedName() + ": " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        ExperimentOptions.saveExperimentFile(file, sweep.out(), spec.commandLine().getParseResult());
        out().printf(Locale.ROOT, "%s: merged %d runs (%d failed) from %s%nwrote %s and %s%s%n", f.name(), r.ran(),
                r.failed(), sweep.out().resolve(Sweep.CHUNKS), r.results(), r.summary(),
                sweep.commonSeeds() ? " and " + sweep.out().resolve(Sweep.DIFFERENCES) : "");
        return 0;
    }
}
