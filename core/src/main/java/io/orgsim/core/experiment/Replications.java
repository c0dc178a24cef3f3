// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import io.orgsim.core.RunResult;
import io.orgsim.core.ScenarioSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs replications of a few design points in parallel and keeps the results in memory: the
 * in-memory counterpart of {@link Sweep}, for comparisons and reports. Run (d, r) gets
 * {@link Seeds#runSeed(long, int, int) runSeed(master, d, r)}, the seed a sweep would give
 * it, and lands at position [d][r], so the results do not depend on the thread count. With
 * {@link #runPaired} run (d, r) gets {@code runSeed(master, 0, r)} instead: replication r is
 * the same organization (people, leads, context) under every design point (common random
 * numbers), so that design points compare paired.
 *
 * @since 0.1.0
 */
public final class Replications {

    private Replications() {
    }

    /**
     * @param designPoints the specs to replicate; their own seeds are replaced
     * @param replications replications per design point, at least 1
     * @param masterSeed the master seed
     * @param threads worker threads, at least 1
     * @return one list of whole results per design point, in replication order
     */
    public static List<List<RunResult>> run(List<ScenarioSpec> designPoints, int replications, long masterSeed,
                                            int threads) {
        return run(designPoints, replications, masterSeed, threads, Function.identity());
    }

    /**
     * @param designPoints the specs to replicate; their own seeds are replaced
     * @param replications replications per design point, at least 1
     * @param masterSeed the master seed
     * @param threads worker threads, at least 1
     * @param keep what to keep of each run, so that memory holds only that (for example its summaries)
     * @param <T> what is kept
     * @return one list per design point, in replication order
     */
    public static <T> List<List<T>> run(List<ScenarioSpec> designPoints, int replications, long masterSeed,
                                        int threads, Function<RunResult, T> keep) {
        return run(designPoints, replications, masterSeed, threads, keep, Progress.NONE);
    }

    /**
     * @param designPoints the specs to replicate; their own seeds are replaced
     * @param replications replications per design point, at least 1
     * @param masterSeed the master seed
     * @param threads worker threads, at least 1
     * @param keep what to keep of each run, so that memory holds only that (for example its summaries)
     * @param progress told of every finished run (not closed here)
     * @param <T> what is kept
     * @return one list per design point, in replication order
     */
    public static <T> List<List<T>> run(List<ScenarioSpec> designPoints, int replications, long masterSeed,
                                        int threads, Function<RunResult, T> keep, Progress progress) {
        return run(designPoints, replications, masterSeed, false, threads, keep, progress);
    }

    /**
     * Replications on common random numbers: run (d, r) gets {@code runSeed(master, 0, r)}
     * whatever d, so replication r is the same organization under every design point.
     *
     * @param designPoints the specs to replicate; their own seeds are replaced
     * @param replications replications per design point, at least 1
     * @param masterSeed the master seed
     * @param threads worker threads, at least 1
     * @param keep what to keep of each run, so that memory holds only that (for example its summaries)
     * @param progress told of every finished run (not closed here)
     * @param <T> what is kept
     * @return one list per design point, in replication order
     */
    public static <T> List<List<T>> runPaired(List<ScenarioSpec> designPoints, int replications, long masterSeed,
                                              int threads, Function<RunResult, T> keep, Progress progress) {
        return run(designPoints, replications, masterSeed, true, threads, keep, progress);
    }

    private static <T> List<List<T>> run(List<ScenarioSpec> designPoints, int replications, long masterSeed,
                                         boolean paired, int threads, Function<RunResult, T> keep, Progress progress) {
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be at least 1, got " + replications);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        int points = designPoints.size();
        if ((long) points * replications > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("points x replications must be at most " + Integer.MAX_VALUE + ", got "
                    + points + " x " + replications);
        }
        Object[] kept = new Object[points * replications];
        int runThreads = Math.min(threads, kept.length);
        try {
            // one pool for every design point: the threads take run d x replications + r from a counter
            Workers.forEach("orgsim-replication", threads, kept.length, k -> {
                int d = k / replications;
                int r = k % replications;
                ScenarioSpec spec = designPoints.get(d).toBuilder().seed(Seeds.runSeed(masterSeed, paired ? 0 : d, r)).build();
                kept[k] = keep.apply(Workers.run(spec, runThreads)); // = OrgSim.run(spec), no more threads than cores
                progress.advance();
                return true;
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running replications", e);
        }
        List<List<T>> results = new ArrayList<>(points);
        for (int d = 0; d < points; d++) {
            List<T> row = new ArrayList<>(replications);
            for (int r = 0; r < replications; r++) {
                @SuppressWarnings("unchecked") // each slot holds what keep returned for its run
                T t = (T) kept[d * replications + r];
                row.add(t);
            }
            results.add(List.copyOf(row));
        }
        return List.copyOf(results);
    }

    /** @return the threads to use by default: the available processors */
    public static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
