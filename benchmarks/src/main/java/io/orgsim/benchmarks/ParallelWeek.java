// SPDX-License-Identifier: Apache-2.0
package io.orgsim.benchmarks;

import io.orgsim.core.Simulation;
import java.util.Arrays;

/**
 * The parallel week against the one-thread week in one process: for each size, a simulation
 * per thread count, stepped in interleaved rounds; wall-clock time per week (the figure that
 * parallel work shortens), median over rounds of each round's best. Prints the load average
 * beside the ratios: on a shared machine a second thread is only as fast as the core it gets.
 *
 * <pre>java -cp benchmarks.jar io.orgsim.benchmarks.ParallelWeek [rounds] [agents...]</pre>
 */
public final class ParallelWeek {

    private static final int[] THREADS = {1, 2};

    private ParallelWeek() {
    }

    /**
     * @param args optionally the rounds, then the agent counts (default 10,000 to 1,000,000)
     * @throws Exception if a step fails
     */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int[] sizes = args.length > 1
                ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {10_000, 25_000, 50_000, 100_000, 1_000_000};
        System.out.printf("load average %s, %d processors%n", Measure.loadAverage(),
                Runtime.getRuntime().availableProcessors());
        for (int agents : sizes) {
            long[] ticks = Measure.cpuTicks();
            Simulation[] sims = new Simulation[THREADS.length];
            for (int k = 0; k < THREADS.length; k++) {
                sims[k] = new Simulation(Workloads.stepSpec(agents), THREADS[k]);
                Measure.times(sims[k]::step, agents >= 1_000_000 ? 3 : 20, 1);
            }
            int reps = agents >= 1_000_000 ? 3 : Math.max(5, 2_000_000 / agents);
            double[][] best = new double[THREADS.length][rounds];
            for (int r = 0; r < rounds; r++) {
                for (int k = 0; k < THREADS.length; k++) {
                    best[k][r] = Measure.times(sims[k]::step, 0, reps)[0];
                }
            }
            double one = Measure.median(best[0]) / 1e6;
            double two = Measure.median(best[1]) / 1e6;
            System.out.printf("%,10d agents: 1 thread %8.3f ms, 2 threads %8.3f ms per week; 1/2 = %.2f  (load %s, %s)%n",
                    agents, one, two, one / two, Measure.loadAverage(), Measure.stealSince(ticks));
        }
    }
}
