// SPDX-License-Identifier: Apache-2.0
package io.orgsim.benchmarks;

import io.orgsim.benchmarks.baseline.TutorialModel;
import io.orgsim.core.Simulation;
import java.lang.ref.Reference;

/**
 * Bytes per agent: heap in use after GC, before and after building a simulation of the
 * default organization at 1,000,000 agents (default horizon, no shocks); then the same for
 * the per-agent-scheduled baseline. Usage: {@code Memory [agents]}.
 */
public final class Memory {

    private Memory() {
    }

    /**
     * @param args optionally the number of agents
     */
    public static void main(String[] args) {
        int agents = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        System.out.printf("model    %,d agents: %.1f bytes/agent%n", agents, model(agents));
        System.out.printf("baseline %,d agents: %.1f bytes/agent%n", agents, baseline(agents));
    }

    /** A simulation stepped one week, and the heap per agent it retains. */
    record Measured(Simulation simulation, double bytesPerAgent) {
    }

    /**
     * @param agents agents
     * @return heap bytes per agent retained by a {@link Simulation} stepped one week
     */
    static double model(int agents) {
        return model(agents, Simulation.defaultThreads(agents)).bytesPerAgent();
    }

    /**
     * @param agents agents
     * @param threads threads the simulation steps its week on
     * @return a {@link Simulation} of the steady organization stepped one week (the week's
     *     scratch, the neighbours' records and the walks' layout, is built on the first step),
     *     with the heap per agent it retains
     */
    static Measured model(int agents, int threads) {
        long before = Measure.usedHeapAfterGc();
        Simulation simulation = new Simulation(Workloads.steady(agents, 520), threads);
        simulation.step();
        long after = Measure.usedHeapAfterGc();
        return new Measured(simulation, (after - before) / (double) agents);
    }

    /**
     * @param agents agents
     * @return heap bytes per agent retained by a started {@link TutorialModel}
     */
    static double baseline(int agents) {
        long before = Measure.usedHeapAfterGc();
        TutorialModel model = new TutorialModel(Workloads.steady(agents, 520));
        model.start();
        long after = Measure.usedHeapAfterGc();
        Reference.reachabilityFence(model);
        return (after - before) / (double) agents;
    }
}
