// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import io.orgsim.core.SpecException;
import io.orgsim.core.experiment.Sweep;
import io.orgsim.core.experiment.SweepReport;
import java.nio.file.Path;
import java.util.Locale;

/** Command-line overrides of an experiment file, and the one-paragraph report of a sweep. */
final class ExperimentOptions {

    private ExperimentOptions() {
    }

    /** The values of {@code --seeds}, as in the file's {@code seeds:}. */
    enum Seeding {
        independent, common
    }

    static void apply(Sweep.Builder b, Integer threads, Path out, Long seed, Seeding seeds, Integer replications) {
        b.version(Main.Version.number());
        if (threads != null) {
            check("--threads", threads, 1024);
            b.threads(threads);
        }
        if (out != null) {
            BaseCommand.checkOutDir(out);
            b.out(out);
        }
        if (seed != null) {
            b.seed(seed);
        }
        if (seeds != null) {
            b.commonSeeds(seeds == Seeding.common);
        }
        if (replications != null) {
            check("--replications", replications, 1_000_000);
            b.replications(replications);
        }
    }

    static void check(String option, int value, int max) {
        if (value < 1 || value > max) {
            throw new SpecException(option, Integer.toString(value), "must be in [1, " + max + "]");
        }
    }

    static String report(SweepReport r) {
        return String.format(Locale.ROOT, "%d of %d runs done (%d resumed, %d run now in %.1f s, %.1f runs/s, "
                        + "%d failed)%nwrote %s and %s", r.resumed() + r.ran(), r.total(), r.resumed(), r.ran(),
                r.elapsed().toNanos() / 1e9, r.runsPerSecond(), r.failed(), r.results(), r.summary());
    }

    /** The copy of the experiment file in an output directory, so that the results carry what made them. */
    static final String EXPERIMENT_FILE = "experiment.yaml";

    /**
     * Copies the experiment file into the output directory as {@code experiment.yaml}, with the
     * command line that ran it (its options override the file) as a first comment line.
     */
    static void saveExperimentFile(Path file, Path outDir, picocli.CommandLine.ParseResult parsed)
            throws java.io.IOException {
        String text = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        String command = "# run as: orgsim " + String.join(" ", parsed.originalArgs()) + "\n";
        io.orgsim.core.io.AtomicFiles.writeString(outDir.resolve(EXPERIMENT_FILE), command + text);
    }
}
