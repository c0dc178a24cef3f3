// SPDX-License-Identifier: Apache-2.0
package io.orgsim.benchmarks;

import io.orgsim.benchmarks.baseline.TutorialModel;
import io.orgsim.core.Metric;
import io.orgsim.core.OrgSim;
import io.orgsim.core.Param;
import io.orgsim.core.RunResult;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.Simulation;
import java.lang.ref.Reference;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The quick benchmark: every ratio of issue 6 in one process in a few minutes, each timed
 * after a warm-up with plain {@link System#nanoTime()} (medians; the triad takes its best
 * pass, as STREAM does). The JMH suite ({@link Suite}) measures the same things properly.
 */
public final class Quick {

    private static final int DEGREE = (int) Param.NETWORK_DEGREE.defaultValue();
    private static final int TEAM = (int) Param.TEAM_SIZE.defaultValue();

    private Quick() {
    }

    /**
     * @param args ignored
     * @throws Exception if a run fails
     */
    public static void main(String[] args) throws Exception {
        long begin = System.nanoTime();
        System.out.printf("orgsim quick benchmark: %s %s, %d processors, max heap %d MB%n",
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        // default scenario, warm
        ScenarioSpec defaultSpec = Workloads.defaultScenario();
        double runMs = Measure.median(Measure.times(() -> OrgSim.run(defaultSpec), 40, 30)) / 1e6;
        System.out.printf("default scenario run (300 agents x 520 weeks), warm: %.2f ms%n", runMs);

        // model against the per-agent-scheduled baseline at 100k, interleaved
        int mid = 100_000;
        Simulation model100k = new Simulation(Workloads.stepSpec(mid));
        TutorialModel base100k = new TutorialModel(Workloads.stepSpec(mid));
        base100k.start();
        Measure.times(model100k::step, 20, 0);
        Measure.times(base100k::stepWeek, 5, 0);
        double[] tm = new double[3];
        double[] tb = new double[3];
        for (int round = 0; round < 3; round++) {
            tm[round] = Measure.median(Measure.times(model100k::step, 2, 15));
            tb[round] = Measure.median(Measure.times(base100k::stepWeek, 1, 5));
        }
        double tModel100k = Measure.median(tm);
        double tBase100k = Measure.median(tb);
        System.out.printf("step at %,d agents: model %.2f ms (%.2fM agent-steps/s), MASON per-agent baseline %.2f ms"
                + " (%.2fM agent-steps/s)%n", mid, tModel100k / 1e6, mid / tModel100k * 1e3,
                tBase100k / 1e6, mid / tBase100k * 1e3);
        model100k = null;
        base100k = null;

        // the million: memory, step time, phases
        int big = 1_000_000;
        long before = Measure.usedHeapAfterGc();
        Simulation model1m = new Simulation(Workloads.steady(big, 520));
        long after = Measure.usedHeapAfterGc();
        double bytesPerAgent = (after - before) / (double) big;
        System.out.printf("heap per agent at %,d agents: %.1f bytes (state arrays alone: %.1f)%n", big, bytesPerAgent,
                StateTraffic.stateBytesPerAgent(DEGREE, TEAM));
        double tModel1m = Measure.median(Measure.times(model1m::step, 5, 15));
        System.out.printf("step at %,d agents: model %.2f ms (%.2fM agent-steps/s)%n", big, tModel1m / 1e6,
                big / tModel1m * 1e3);
        Map<String, Double> phases = PhaseProfile.nanosPerPhase(model1m, 5);
        Reference.reachabilityFence(model1m);
        model1m = null;

        // the bandwidth reference over arrays as large as the model's state at 1M
        int length = Triad.length(big);
        double[] a = new double[length];
        double[] b = new double[length];
        double[] c = new double[length];
        java.util.Arrays.fill(b, 1);
        java.util.Arrays.fill(c, 2);
        long[] triad = Measure.times(() -> Triad.triad(a, b, c, 3.0), 10, 20);
        double bandwidth = 24.0 * length / triad[0]; // bytes per ns = GB/s
        int traffic = StateTraffic.bytesPerAgentStep(DEGREE);
        double tBound1m = traffic * (double) big / bandwidth;
        System.out.printf("triad over 3 x %,d doubles (%.0f MB): best %.2f ms, %.2f GB/s; model streams %d bytes"
                + " per agent-step, so its bound at %,d agents is %.2f ms%n", length, 24.0 * length / 1e6,
                triad[0] / 1e6, bandwidth, traffic, big, tBound1m / 1e6);
        double draws = randomDrawNanos();
        System.out.printf("random draws alone (MersenneTwisterFast, 2.125 gaussians + 3 uniforms per agent-step):"
                + " %.1f ns per agent-step = %.1f x the bandwidth bound per agent%n", draws, draws / (traffic / bandwidth));
        if (!phases.isEmpty()) {
            System.out.printf("phases at %,d agents (ns per agent; bound = bytes streamed / triad bandwidth):%n", big);
            Map<String, Integer> bytes = phaseBytes();
            for (Map.Entry<String, Double> p : phases.entrySet()) {
                int phaseBytes = bytes.getOrDefault(p.getKey(), 0);
                System.out.printf("  %-12s %7.1f ns   %3d bytes   bound %5.1f ns%n", p.getKey(), p.getValue() / big,
                        phaseBytes, phaseBytes / bandwidth);
            }
        }

        // sweep throughput, 1 and 2 threads, alternated
        List<ScenarioSpec> specs = Sweep.specs(16);
        double[] rps = new double[3];
        ExecutorService one = Executors.newFixedThreadPool(1);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Sweep.sweep(one, specs);
            Sweep.sweep(two, specs);
            double[][] samples = new double[3][3];
            for (int round = 0; round < 3; round++) {
                for (int threads = 1; threads <= 2; threads++) {
                    ExecutorService pool = threads == 1 ? one : two;
                    long start = System.nanoTime();
                    Sweep.sweep(pool, specs);
                    samples[threads][round] = specs.size() / ((System.nanoTime() - start) / 1e9);
                }
            }
            rps[1] = Measure.median(samples[1]);
            rps[2] = Measure.median(samples[2]);
        } finally {
            one.shutdownNow();
            two.shutdownNow();
        }
        System.out.printf("sweep of the default scenario: %.1f runs/s on 1 thread, %.1f runs/s on 2 threads%n",
                rps[1], rps[2]);

        fidelity();

        System.out.println();
        System.out.println("ratio                                              reached   target   met");
        row("model speed-up over MASON per-agent baseline, 100k", tBase100k / tModel100k, ">= 5", tBase100k / tModel100k >= 5);
        row("model step / bandwidth bound, 1M", tModel1m / tBound1m, "<= 3", tModel1m / tBound1m <= 3);
        row("t(1M) / t(100k)", tModel1m / tModel100k, "<= 11", tModel1m / tModel100k <= 11);
        row("bytes per agent, 1M", bytesPerAgent, "<= 300", bytesPerAgent <= 300);
        row("sweep runs/s, 2 threads / 1 thread", rps[2] / rps[1], ">= 1.8", rps[2] / rps[1] >= 1.8);
        row("default scenario run, warm (ms)", runMs, "< 20", runMs < 20);
        System.out.printf("(quick benchmark took %.0f s)%n", (System.nanoTime() - begin) / 1e9);
    }

    /** @return nanoseconds for the random draws one agent-step makes (directions 2, teams 1/8, learning 2, turnover 1) */
    private static double randomDrawNanos() throws Exception {
        ec.util.MersenneTwisterFast rng = new ec.util.MersenneTwisterFast(1);
        int n = 1_000_000;
        double[] sink = new double[1];
        long[] g = Measure.times(() -> {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += rng.nextGaussian();
            }
            sink[0] += s;
        }, 3, 5);
        long[] u = Measure.times(() -> {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += rng.nextDouble();
            }
            sink[0] += s;
        }, 3, 5);
        return sink[0] == 0 ? 0 : (2.125 * Measure.median(g) + 3 * Measure.median(u)) / n;
    }

    private static void row(String name, double value, String target, boolean met) {
        System.out.printf("%-50s %8.2f   %-7s  %s%n", name, value, target, met ? "yes" : "NO");
    }

    /** @return streamed bytes per agent of each phase method, from {@link StateTraffic} */
    private static Map<String, Integer> phaseBytes() {
        Map<String, Integer> bytes = new java.util.HashMap<>();
        for (StateTraffic.Loop loop : StateTraffic.loops(DEGREE)) {
            String phase = loop.phase().split(":")[0];
            bytes.merge(phase, loop.bytes(), Integer::sum);
        }
        return bytes;
    }

    /** Checks that the baseline is the same model: week means of both at 2,000 agents agree. */
    private static void fidelity() {
        int agents = 2_000;
        int weeks = 260;
        int from = 52;
        RunResult r = OrgSim.run(Workloads.steady(agents, weeks));
        TutorialModel base = new TutorialModel(Workloads.steady(agents, weeks));
        base.start();
        double[] b = new double[4];
        for (int w = 0; w < weeks; w++) {
            base.stepWeek();
            if (w >= from) {
                b[0] += base.engagement();
                b[1] += base.alignment();
                b[2] += base.output() / base.headcount();
                b[3] += base.skill();
            }
        }
        Metric[] metrics = {Metric.ENGAGEMENT, Metric.ALIGNMENT, Metric.OUTPUT_PER_AGENT, Metric.SKILL};
        StringBuilder s = new StringBuilder("same model? means over weeks " + from + "-" + weeks + " at " + agents
                + " agents, model / baseline:");
        for (int m = 0; m < metrics.length; m++) {
            double[] col = r.series().column(metrics[m]);
            double sum = 0;
            for (int w = from; w < weeks; w++) {
                sum += col[w];
            }
            s.append(String.format(" %s %.4f / %.4f;", metrics[m].name().toLowerCase(java.util.Locale.ROOT),
                    sum / (weeks - from), b[m] / (weeks - from)));
        }
        System.out.println(s);
    }
}
