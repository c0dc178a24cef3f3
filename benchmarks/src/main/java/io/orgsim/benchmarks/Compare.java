// SPDX-License-Identifier: Apache-2.0
package io.orgsim.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two builds of the model, each in every one of several processes: each benchmarks jar is
 * loaded by a class loader of its own, and every round times the default run (300 agents x
 * 520 weeks) and one week at each size of each build, by the calling thread's CPU time (best
 * of the round). The ratio of one process is the figure to trust on a shared machine, but one
 * process is not enough: with tiered compilation, a build against a copy of itself gave ratios
 * of 0.90-1.26 from process to process (each build's kernels compiled under their own early
 * profiles). So the processes run C2 alone ({@code -XX:-TieredCompilation}: 0.94-1.04 against
 * itself), every other one loads the "after" build first, and the median and the range of
 * the processes' ratios are printed with the load average.
 *
 * <pre>java -cp benchmarks.jar io.orgsim.benchmarks.Compare before.jar after.jar [rounds] [agents...]</pre>
 *
 * <p>{@code -Dorgsim.compare.processes=N} sets the processes (default 4). Only the public API
 * is called (Workloads, OrgSim.run, Simulation.step), so that any build since Model v2 can be
 * the "before".
 */
public final class Compare {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** The first argument of a child process, which times the builds and prints its results. */
    private static final String CHILD = "--child";
    /** A child's result line: the measure, then the before and after milliseconds. */
    private static final String RESULT = "result";
    private Compare() {
    }

    /** One build, reached by reflection through its own class loader. */
    private static final class Build {
        final Method defaultScenario;
        final Method stepSpec;
        final Method run;
        final Class<?> simulation;
        final Class<?> spec;

        Build(Path jar) throws Exception {
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
     * @throws Exception if a build cannot be loaded or run, or a child process fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals(CHILD)) {
            child(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        String problem = argumentProblem(args);
        if (problem != null) {
            System.err.println(problem + "\nusage: Compare before.jar after.jar [rounds] [agents...]");
            System.exit(2);
        }
        int processes = Integer.getInteger("orgsim.compare.processes", 4);
        if (processes < 1) {
            System.err.println("orgsim.compare.processes = " + processes + ": must be at least 1");
            System.exit(2);
        }
        System.out.printf("load average %s; %d processes, C2 only, the builds' order alternating%n",
                Measure.loadAverage(), processes);
        Map<String, List<double[]>> results = new LinkedHashMap<>();
        for (int p = 0; p < processes; p++) {
            boolean afterFirst = p % 2 == 1;
            for (String[] r : runChild(args, afterFirst)) {
                results.computeIfAbsent(r[0], k -> new ArrayList<>())
                        .add(new double[] {Double.parseDouble(r[1]), Double.parseDouble(r[2])});
            }
        }
        for (Map.Entry<String, List<double[]>> e : results.entrySet()) {
            double[] ratios = e.getValue().stream().mapToDouble(t -> t[0] / t[1]).toArray();
            double[] before = e.getValue().stream().mapToDouble(t -> t[0]).toArray();
            double[] after = e.getValue().stream().mapToDouble(t -> t[1]).toArray();
            StringBuilder each = new StringBuilder();
            for (double r : ratios) {
                each.append(String.format(" %.3f", r));
            }
            System.out.printf("%-18s before %9.3f ms  after %9.3f ms  before/after %.3f (range %.3f-%.3f; per process%s)%n",
                    e.getKey(), Measure.median(before), Measure.median(after), Measure.median(ratios),
                    Arrays.stream(ratios).min().orElse(0), Arrays.stream(ratios).max().orElse(0), each);
        }
        System.out.printf("load average %s (medians over processes of each process's median over rounds of the best"
                + " thread CPU time)%n", Measure.loadAverage());
    }

    /** @return what is wrong with the arguments (naming the argument and its allowed range), or null */
    static String argumentProblem(String[] args) {
        if (args.length < 2) {
            return "two builds are needed, before and after";
        }
        for (int k = 0; k < 2; k++) {
            if (!Files.isRegularFile(Path.of(args[k]))) {
                return (k == 0 ? "before" : "after") + " = " + args[k] + ": no such file (a benchmarks jar)";
            }
        }
        for (int k = 2; k < args.length; k++) {
            String name = k == 2 ? "rounds" : "agents";
            int least = k == 2 ? 1 : 10;
            int most = k == 2 ? 1_000 : 50_000_000;
            long value;
            try {
                value = Long.parseLong(args[k]);
            } catch (NumberFormatException e) {
                value = Long.MIN_VALUE;
            }
            if (value < least || value > most) {
                return name + " = " + args[k] + ": must be a whole number in [" + least + ", " + most + "]";
            }
        }
        return null;
    }

    /** Runs one child process of this class on the same class path, and returns its result lines. */
    private static List<String[]> runChild(String[] args, boolean afterFirst) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:-TieredCompilation");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Compare.class.getName());
        command.add(CHILD);
        command.add(String.valueOf(afterFirst));
        command.addAll(Arrays.asList(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String[]> results = new ArrayList<>();
        StringBuilder output = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                output.append(line).append('\n');
                if (line.startsWith(RESULT + "\t")) {
                    results.add(Arrays.copyOfRange(line.split("\t"), 1, 4));
                }
            }
        }
        if (process.waitFor() != 0 || results.isEmpty()) {
            throw new IllegalStateException("a Compare process failed (exit " + process.exitValue() + "):\n" + output);
        }
        return results;
    }

    /** One process: loads both builds (in the order given) and times them in interleaved rounds. */
    private static void child(String[] args) throws Exception {
        boolean afterFirst = Boolean.parseBoolean(args[0]);
        Build before = new Build(Path.of(args[1]));
        Build after = new Build(Path.of(args[2]));
        Build[] builds = afterFirst ? new Build[] {after, before} : new Build[] {before, after};
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 7;
        int[] sizes = args.length > 4
                ? Arrays.stream(args, 4, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {100_000, 1_000_000};
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
        int beforeIndex = afterFirst ? 1 : 0;
        report("default run", run[beforeIndex], run[1 - beforeIndex]);
        for (int s = 0; s < sizes.length; s++) {
            report(String.format("week at %,d", sizes[s]), step[beforeIndex][s], step[1 - beforeIndex][s]);
        }
    }

    private static void report(String what, long[] before, long[] after) {
        System.out.printf("%s\t%s\t%.6f\t%.6f%n", RESULT, what,
                Measure.median(sorted(before)) / 1e6, Measure.median(sorted(after)) / 1e6);
    }

    private static long[] sorted(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s;
    }
}
