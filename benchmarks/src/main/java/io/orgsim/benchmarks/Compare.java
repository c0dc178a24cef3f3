// SPDX-License-Identifier: Apache-2.0
package io.orgsim.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Two builds of the model in one process, interleaved: each benchmarks jar is loaded by a
 * class loader of its own, and every round times the default run (300 agents x 520 weeks)
 * and one week at each size of each build, by the calling thread's CPU time (best of the
 * round). On a shared machine this ratio, from one process under one load, is the figure to
 * trust; the load average is printed beside it.
 *
 * <pre>java -cp benchmarks.jar io.orgsim.benchmarks.Compare before.jar after.jar [rounds] [agents...]</pre>
 *
 * <p>Only the public API is called (Workloads, OrgSim.run, Simulation.step), so that any
 * build since Model v2 can be the "before".
 */
public final class Compare {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Compare() {
    }

    /** One build, reached by reflection through its own class loader. */
    private static final class Build {
        final String name;
        final Method defaultScenario;
        final Method stepSpec;
        final Method run;
        final Class<?> simulation;
        final Class<?> spec;

        Build(String name, Path jar) throws Exception {
            this.name = name;
            ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> workloads = loader.loadClass("io.orgsim.benchmarks.Workloads");
            spec = loader.loadClass("io.orgsim.core.ScenarioSpec");
            defaultScenario = workloads.getMethod("defaultScenario");
            stepSpec = workloads.getMethod("stepSpec", int.class);
            run = loader.loadClass("io.orgsim.core.OrgSim").getMethod("run", spec);
            simulation = loader.loadClass("io.orgsim.core.Simulation");
        }

        /** @return the best thread CPU nanoseconds of {@code reps} default runs */
        long defaultRun(int reps) throws Exception {
            Object s = defaultScenario.invoke(null);
            long best = Long.MAX_VALUE;
            for (int i = 0; i < reps; i++) {
                long c = THREADS.getCurrentThreadCpuTime();
                run.invoke(null, s);
                best = Math.min(best, THREADS.getCurrentThreadCpuTime() - c);
            }
            return best;
        }

        /** @return a simulation of that size stepped on one thread (builds before the parallel week have no choice) */
        Object simulation(int agents) throws Exception {
            Object s = stepSpec.invoke(null, agents);
            try {
                return simulation.getConstructor(spec, int.class).newInstance(s, 1);
            } catch (NoSuchMethodException before) {
                return simulation.getConstructor(spec).newInstance(s);
            }
        }

        /** @return the best thread CPU nanoseconds of {@code reps} weeks of the simulation */
        long step(Object sim, int reps) throws Exception {
            Method step = simulation.getMethod("step");
            long best = Long.MAX_VALUE;
            for (int i = 0; i < reps; i++) {
                long c = THREADS.getCurrentThreadCpuTime();
                step.invoke(sim);
                best = Math.min(best, THREADS.getCurrentThreadCpuTime() - c);
            }
            return best;
        }
    }

    /**
     * @param args the "before" jar, the "after" jar, then optionally the rounds and agent counts
     * @throws Exception if a build cannot be loaded or run
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: Compare before.jar after.jar [rounds] [agents...]");
            System.exit(2);
        }
        Build[] builds = {new Build("before", Path.of(args[0])), new Build("after", Path.of(args[1]))};
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        int[] sizes = args.length > 3
                ? Arrays.stream(args, 3, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {100_000, 1_000_000};
        System.out.printf("load average %s%n", Measure.loadAverage());
        long[][] run = new long[2][rounds];
        long[][][] step = new long[2][sizes.length][rounds];
        Object[][] sims = new Object[2][sizes.length];
        for (int b = 0; b < 2; b++) {
            builds[b].defaultRun(40); // warm
            for (int s = 0; s < sizes.length; s++) {
                sims[b][s] = builds[b].simulation(sizes[s]);
                builds[b].step(sims[b][s], 3);
            }
        }
        for (int r = 0; r < rounds; r++) {
            for (int b = 0; b < 2; b++) {
                run[b][r] = builds[b].defaultRun(10);
                for (int s = 0; s < sizes.length; s++) {
                    step[b][s][r] = builds[b].step(sims[b][s], sizes[s] >= 1_000_000 ? 3 : 5);
                }
            }
        }
        report("default run", run);
        for (int s = 0; s < sizes.length; s++) {
            report(String.format("week at %,d", sizes[s]), step[0][s], step[1][s]);
        }
        System.out.printf("load average %s%n", Measure.loadAverage());
    }

    private static void report(String what, long[][] t) {
        report(what, t[0], t[1]);
    }

    private static void report(String what, long[] before, long[] after) {
        double a = Measure.median(sorted(before)) / 1e6;
        double b = Measure.median(sorted(after)) / 1e6;
        System.out.printf("%-18s before %9.3f ms  after %9.3f ms  before/after %.2f  (median over rounds of the best"
                + " thread CPU time)%n", what, a, b, a / b);
    }

    private static long[] sorted(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s;
    }
}
