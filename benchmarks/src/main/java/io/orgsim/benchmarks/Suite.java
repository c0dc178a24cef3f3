// SPDX-License-Identifier: Apache-2.0
package io.orgsim.benchmarks;

import io.orgsim.core.Param;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The full suite: every JMH benchmark of this module (with their annotated forks and
 * iterations, unless JMH options on the command line say otherwise), then the table of
 * agent-steps per second, bandwidth ratios and the issue's ratios, plus bytes per agent
 * measured in this JVM. Usage: {@code Suite [JMH options]}, for example {@code Suite -f 2}.
 */
public final class Suite {

    private static final int DEGREE = (int) Param.NETWORK_DEGREE.defaultValue();

    private Suite() {
    }

    /**
     * @param args JMH command-line options
     * @throws Exception if JMH fails
     */
    public static void main(String[] args) throws Exception {
        double modelBytes = Memory.model(1_000_000);
        double baselineBytes = Memory.baseline(1_000_000);
        CommandLineOptions cli = new CommandLineOptions(args);
        OptionsBuilder options = new OptionsBuilder();
        options.parent(cli);
        if (cli.getIncludes().isEmpty()) {
            options.include("io\\.orgsim\\.benchmarks\\..*");
        }
        Collection<RunResult> results = new Runner(options.build()).run();

        Map<String, Double> score = new HashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark().replaceFirst(".*\\.benchmarks\\.", "");
            String key = name + paramSuffix(r);
            score.put(key, r.getPrimaryResult().getScore());
        }
        System.out.println();
        System.out.println("agents     model us/step  model M agent-steps/s  baseline us/step  speed-up"
                + "  triad us  GB/s   bound us  model/bound");
        int traffic = StateTraffic.bytesPerAgentStep(DEGREE);
        for (int n : Workloads.SIZES) {
            double m = score.getOrDefault("ModelStep.step@" + n, Double.NaN);
            double b = score.getOrDefault("BaselineStep.step@" + n, Double.NaN);
            double t = score.getOrDefault("Triad.triad@" + n, Double.NaN);
            double gbs = 24.0 * Triad.length(n) / (t * 1e3);
            double bound = traffic * (double) n / (gbs * 1e3);
            System.out.printf("%,10d %13.1f %22.2f %17.1f %9.1f %9.1f %6.2f %10.1f %12.2f%n", n, m, n / m, b, b / m,
                    t, gbs, bound, m / bound);
        }
        double one = score.getOrDefault("Sweep.sweep@threads=1", Double.NaN);
        double two = score.getOrDefault("Sweep.sweep@threads=2", Double.NaN);
        double run = score.getOrDefault("DefaultRun.run", Double.NaN);
        double m100k = score.getOrDefault("ModelStep.step@100000", Double.NaN);
        double m1m = score.getOrDefault("ModelStep.step@1000000", Double.NaN);
        double b100k = score.getOrDefault("BaselineStep.step@100000", Double.NaN);
        double t1m = score.getOrDefault("Triad.triad@1000000", Double.NaN);
        double bound1m = traffic * 1e6 / (24.0 * Triad.length(1_000_000) / (t1m * 1e3) * 1e3);
        System.out.printf("%nbytes streamed per agent-step: %d; heap per agent at 1M: model %.1f, baseline %.1f%n",
                traffic, modelBytes, baselineBytes);
        System.out.printf("sweep: %.1f runs/s on 1 thread, %.1f runs/s on 2 threads%n", one, two);
        double structure = score.getOrDefault("DefaultRun.run@mechanisms=none", Double.NaN);
        System.out.printf("default scenario run: %.2f ms; with every mechanism off (the structure alone): %.2f ms%n%n",
                run, structure);
        System.out.printf("model speed-up over baseline at 100k  %8.2f  (target >= 5)%n", b100k / m100k);
        System.out.printf("model step / bandwidth bound at 1M    %8.2f  (issue 6: <= 3; issue 13: <= 4)%n", m1m / bound1m);
        System.out.printf("t(1M) / t(100k)                       %8.2f  (issue 6: <= 11; issue 13: <= 12)%n", m1m / m100k);
        System.out.printf("bytes per agent at 1M                 %8.1f  (target <= 300)%n", modelBytes);
        System.out.printf("sweep speed-up, 2 threads / 1         %8.2f  (target >= 1.8)%n", two / one);
        System.out.printf("default scenario run, warm (ms)       %8.2f  (issue 6: < 20; issue 13: < 3.5)%n", run);
    }

    private static String paramSuffix(RunResult r) {
        String agents = r.getParams().getParam("agents");
        if (agents != null) {
            return "@" + agents;
        }
        String threads = r.getParams().getParam("threads");
        if (threads != null) {
            return "@threads=" + threads;
        }
        String mechanisms = r.getParams().getParam("mechanisms");
        return mechanisms != null && !mechanisms.equals("all") ? "@mechanisms=" + mechanisms : "";
    }
}
