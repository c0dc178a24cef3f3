// SPDX-License-Identifier: Apache-2.0
package io.orgsim.benchmarks;

import io.orgsim.core.OrgSim;
import io.orgsim.core.RunResult;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.experiment.Design;
import io.orgsim.core.experiment.Factor;
import io.orgsim.core.experiment.RunFunction;
import io.orgsim.core.experiment.Sweep;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a sweep costs outside the model: {@code experiments/sweep-10k.yaml}'s design (the two
 * levers on a 10 x 10 grid, 100 replications, 10,000 runs, the default organization) run by
 * {@link Sweep} on 2 threads with a run function that hands back one precomputed result, so
 * that what is timed is the experiment layer alone (each run's spec, its row, the results
 * file, the final sort and {@code summary.csv}); then the same sweep with the model on a few
 * hundred runs, for the share of the whole. Process CPU time and wall clock, per run; the
 * load average beside them.
 *
 * <pre>java -cp benchmarks.jar io.orgsim.benchmarks.SweepOverhead [rounds] [modelRuns]</pre>
 */
public final class SweepOverhead {

    private static final double[] LEVELS = {0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95};
    private static final List<String> METRICS = List.of("cumulative_output", "resilience_loss", "engagement",
            "output_cv");

    private SweepOverhead() {
    }

    /**
     * @param args rounds of the experiment layer alone (default 5), runs of the model (default 400)
     * @throws Exception when a sweep fails
     */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int modelRuns = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        ScenarioSpec base = Workloads.defaultScenario();
        RunResult canned = OrgSim.run(base);
        System.out.printf("sweep overhead: %d processors, load average %s%n",
                Runtime.getRuntime().availableProcessors(), Measure.loadAverage());
        double best = Double.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            double[] t = time(base, 100, (key, spec) -> canned);
            best = Math.min(best, t[1]);
            System.out.printf("  experiment layer alone, 10,000 runs: %.0f ms wall, %.1f us CPU per run (load %s)%n",
                    t[0] / 1e6, t[1] / 1e3 / 10_000, Measure.loadAverage());
        }
        int replications = Math.max(1, modelRuns / 100);
        double[] m = time(base, replications, RunFunction.MODEL);
        double perRun = m[1] / (100.0 * replications);
        System.out.printf("  with the model, %d runs: %.0f ms wall, %.2f ms CPU per run (load %s)%n",
                100 * replications, m[0] / 1e6, perRun / 1e6, Measure.loadAverage());
        System.out.printf("experiment layer per run: %.1f us CPU (best round) = %.1f%% of a run with the model%n",
                best / 1e3 / 10_000, 100 * best / 10_000 / perRun);
    }

    /** @return {wall, process CPU} nanoseconds of one sweep of the grid */
    private static double[] time(ScenarioSpec base, int replications, RunFunction runner) throws IOException {
        Path out = Files.createTempDirectory("orgsim-sweep-overhead");
        try {
            Design grid = Design.grid(List.of(Factor.levels("leadership", LEVELS), Factor.levels("management", LEVELS)));
            Sweep sweep = Sweep.builder().base(base).design(grid).replications(replications).seed(10_000).threads(2)
                    .out(out).metrics(METRICS).runner(runner).build();
            long cpu = processCpu();
            long wall = System.nanoTime();
            sweep.run();
            return new double[] {System.nanoTime() - wall, processCpu() - cpu};
        } finally {
            try (Stream<Path> files = Files.walk(out)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static long processCpu() {
        return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime();
    }
}
