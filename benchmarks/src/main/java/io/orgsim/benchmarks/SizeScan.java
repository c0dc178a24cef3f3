// SPDX-License-Identifier: Apache-2.0
package io.orgsim.benchmarks;

import io.orgsim.core.OrgSim;
import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.Simulation;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * What a default run costs per agent-step as the organization grows, on one thread: whole
 * runs of the default scenario (520 weeks, its pivot) at each size, best thread CPU time
 * over the calls, and the week's phases per agent ({@link PhaseProfile}). A cost per
 * agent-step that stays flat from hundreds of agents to a million says the week is bound by
 * its arithmetic, not by memory or by what a run costs whatever its size.
 *
 * <pre>java -cp benchmarks.jar io.orgsim.benchmarks.SizeScan [agents...]</pre>
 */
public final class SizeScan {

    static final int[] DEFAULT_SIZES = {20, 100, 300, 1_000, 3_000};

    private SizeScan() {
    }

    /**
     * @param args agent counts, each in [10, 50,000,000] (default 20 to 3,000)
     * @throws Exception if a run fails
     */
    public static void main(String[] args) throws Exception {
        String problem = argumentProblem(args);
        if (problem != null) {
            System.err.println("SizeScan: " + problem + "\nusage: SizeScan [agents...]");
            System.exit(2);
        }
        int[] sizes = args.length == 0 ? DEFAULT_SIZES : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        System.out.printf(Locale.ROOT, "load average %s; one thread; whole default runs (520 weeks), best CPU time; "
                + "phases by the wall clock (PhaseProfile)%n", Measure.loadAverage());
        Measure.times(() -> OrgSim.run(Workloads.defaultScenario()), 40, 0); // compiled before the first size
        long[] ticks = Measure.cpuTicks();
        for (int agents : sizes) {
            System.out.println(line(agents, Math.max(3, 9_000 / agents)));
        }
        System.out.printf(Locale.ROOT, "load average %s; %s of the machine's CPU time meanwhile%n",
                Measure.loadAverage(), Measure.stealSince(ticks));
    }

    /** @return one size's line: the run's CPU time and ns per agent-step, then the phases per agent */
    static String line(int agents, int reps) throws Exception {
        ScenarioSpec spec = Workloads.defaultScenario().toBuilder().set(Param.AGENTS, agents).build();
        long[][] t = Measure.wallAndCpu(() -> OrgSim.run(spec), Math.max(1, reps / 3), reps);
        double cpu = t[1][0];
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%,10d agents: run %8.2f ms CPU = %6.1f ns "
                + "per agent-step; phases per agent:", agents, cpu / 1e6, cpu / agents / spec.steps()));
        Simulation phased = new Simulation(Workloads.stepSpec(agents), 1);
        int weeks = Math.max(10, 3_000_000 / agents);
        PhaseProfile.nanosPerPhase(phased, weeks); // warm
        for (Map.Entry<String, Double> e : PhaseProfile.nanosPerPhase(phased, weeks).entrySet()) {
            s.append(String.format(Locale.ROOT, " %s %.1f ns", e.getKey(), e.getValue() / agents));
        }
        return s.toString();
    }

    /** @return what is wrong with the arguments, naming the value and its range, or null */
    static String argumentProblem(String[] args) {
        for (String a : args) {
            try {
                int n = Integer.parseInt(a);
                if (n >= Param.AGENTS.min() && n <= Param.AGENTS.max()) {
                    continue;
                }
            } catch (NumberFormatException e) {
                // named below
            }
            return "agents = " + a + ": must be in " + Param.AGENTS.rangeText();
        }
        return null;
    }
}
