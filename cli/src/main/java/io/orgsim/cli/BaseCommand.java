// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import io.orgsim.core.SpecException;
import io.orgsim.core.experiment.Progress;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What every subcommand shares: {@code --verbose} and its output streams. */
abstract class BaseCommand implements Callable<Integer> {

    @Option(names = "--verbose", description = "on unexpected errors, print the stack trace")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "no progress bar or status lines on stderr (errors still show)")
    boolean quiet;

    @Spec
    CommandSpec spec;

    final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    final PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** @return where status lines go: stderr, or nowhere with {@code --quiet} */
    final PrintWriter status() {
        return quiet ? new PrintWriter(java.io.Writer.nullWriter()) : err();
    }

    /**
     * @return a progress bar of runs with rate and ETA, on a terminal and once the work has
     *     taken a second; nothing when piped or with {@code --quiet}
     */
    final Progress.Factory progress() {
        return progress("runs");
    }

    /**
     * @param unit what is counted
     * @return a progress bar as {@link #progress()}, counting {@code unit}
     */
    final Progress.Factory progress(String unit) {
        return quiet ? Progress.Factory.NONE : LazyProgress.factory(unit);
    }

    /** Most replications per scenario that compare and report accept. */
    static final int MAX_REPLICATIONS = 100_000;
    /** Most worker threads any command accepts. */
    static final int MAX_THREADS = 1_024;

    /**
     * @param replications replications per scenario asked for
     * @throws SpecException unless in [2, MAX_REPLICATIONS]: a confidence interval needs two runs
     */
    static void checkReplications(int replications) {
        if (replications < 2 || replications > MAX_REPLICATIONS) {
            throw new SpecException("--replications", Integer.toString(replications),
                    "must be in [2, " + MAX_REPLICATIONS + "] (a confidence interval needs two runs)");
        }
    }

    /**
     * @param threads the threads asked for, or null for one per available processor
     * @return the number of worker threads
     * @throws SpecException unless in [1, MAX_THREADS]
     */
    static int workers(Integer threads) {
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (workers < 1 || workers > MAX_THREADS) {
            throw new SpecException("--threads", Integer.toString(workers), "must be in [1, " + MAX_THREADS + "]");
        }
        return workers;
    }

    /**
     * Fails before any work when the output directory cannot be one.
     *
     * @param dir the directory asked for
     * @throws SpecException when it is empty, or it or the nearest part of its path that exists is not a directory
     */
    static void checkOutDir(Path dir) {
        if (dir.toString().isBlank()) {
            throw new SpecException("--out", "'" + dir + "'", "must not be empty; give a directory (created if needed)");
        }
        for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new SpecException("--out", dir.toString(), p + " is a file; must be a directory or not exist yet");
                }
                return;
            }
        }
    }
}
