// SPDX-License-Identifier: Apache-2.0
package io.orgsim.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

/** Small timing and heap helpers for the plain-main reports ({@link Quick}, {@link Memory}). */
final class Measure {

    private Measure() {
    }

    /** Something to time that may throw. */
    interface Op {
        void run() throws Exception;
    }

    /**
     * Times an operation one call at a time after a warm-up.
     *
     * @param op the operation
     * @param warmup calls not timed
     * @param reps calls timed
     * @return the time of each timed call, in nanoseconds, sorted
     * @throws Exception what the operation throws
     */
    static long[] times(Op op, int warmup, int reps) throws Exception {
        for (int i = 0; i < warmup; i++) {
            op.run();
        }
        long[] t = new long[reps];
        for (int i = 0; i < reps; i++) {
            long start = System.nanoTime();
            op.run();
            t[i] = System.nanoTime() - start;
        }
        Arrays.sort(t);
        return t;
    }

    static double median(long[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
    }

    /** @return heap bytes in use after full collections have settled */
    static long usedHeapAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
