// SPDX-License-Identifier: Apache-2.0
package io.orgsim.viz;

import io.orgsim.core.OrgSim;
import io.orgsim.core.RunResult;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.experiment.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs replications of several design points in parallel, in memory (the report needs every
 * run's whole series). Run (d, r) gets the experiment layer's seed
 * {@link Seeds#runSeed(long, int, int, int) runSeed(master, d, r, replications)} and lands at
 * position [d][r], so the results do not depend on the thread count, and a run can be
 * repeated alone or by {@code orgsim sweep} with the same master seed.
 */
public final class Replications {

    private Replications() {
    }

    /**
     * @param designPoints the specs to replicate; their own seeds are replaced
     * @param replications replications per design point, at least 1
     * @param masterSeed the master seed
     * @param threads worker threads, at least 1
     * @return one list of results per design point, in replication order
     */
    public static List<List<RunResult>> run(List<ScenarioSpec> designPoints, int replications, long masterSeed,
                                            int threads) {
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be at least 1, got " + replications);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "orgsim-viz-run");
            t.setDaemon(true);
            return t;
        });
        try {
            List<List<Future<RunResult>>> futures = new ArrayList<>();
            for (int d = 0; d < designPoints.size(); d++) {
                List<Future<RunResult>> row = new ArrayList<>();
                for (int r = 0; r < replications; r++) {
                    ScenarioSpec spec = designPoints.get(d).toBuilder().seed(Seeds.runSeed(masterSeed, d, r, replications)).build();
                    row.add(pool.submit(() -> OrgSim.run(spec)));
                }
                futures.add(row);
            }
            List<List<RunResult>> results = new ArrayList<>();
            for (List<Future<RunResult>> row : futures) {
                List<RunResult> done = new ArrayList<>();
                for (Future<RunResult> f : row) {
                    done.add(f.get());
                }
                results.add(List.copyOf(done));
            }
            return List.copyOf(results);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running replications", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a run failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** @return the threads to use by default: the available processors */
    public static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
