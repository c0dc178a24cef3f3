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

    /**
     * Times an operation one call at a time after a warm-up, by the wall clock and by the
     * calling thread's CPU time. On a shared machine the CPU time is what the call would take
     * on a core of its own (cache and memory contention from other processes still count).
     *
     * @param op the operation
     * @param warmup calls not timed
     * @param reps calls timed
     * @return {wall, cpu}: the nanoseconds of each timed call, each array sorted
     * @throws Exception what the operation throws
     */
    static long[][] wallAndCpu(Op op, int warmup, int reps) throws Exception {
        for (int i = 0; i < warmup; i++) {
            op.run();
        }
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[reps];
        long[] cpu = new long[reps];
        for (int i = 0; i < reps; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            op.run();
            wall[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new long[][] {wall, cpu};
    }

    /** @return the 1-, 5- and 15-minute load averages, as the system reports them */
    static String loadAverage() {
        try {
            String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException | RuntimeException e) {
            return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /**
     * @return the machine's CPU time so far, in clock ticks: {total, stolen} (the hypervisor's
     *     steal, time this virtual machine's processors wanted and did not get), or null where
     *     the system does not say (no /proc/stat)
     */
    static long[] cpuTicks() {
        try {
            String first = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).get(0);
            String[] f = first.trim().split("\\s+"); // cpu user nice system idle iowait irq softirq steal ...
            long total = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) {
                total += Long.parseLong(f[i]);
            }
            return new long[] {total, f.length > 8 ? Long.parseLong(f[8]) : 0};
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * @param start {@link #cpuTicks()} at the start of a measurement
     * @return the share of the machine's CPU time stolen since, as "steal 12.3%", or "steal unknown"
     */
    static String stealSince(long[] start) {
        long[] now = cpuTicks();
        if (start == null || now == null || now[0] <= start[0]) {
            return "steal unknown";
        }
        return String.format(java.util.Locale.ROOT, "steal %.1f%%", 100.0 * (now[1] - start[1]) / (now[0] - start[0]));
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
