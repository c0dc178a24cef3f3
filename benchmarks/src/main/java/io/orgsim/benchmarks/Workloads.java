// SPDX-License-Identifier: Apache-2.0
package io.orgsim.benchmarks;

import io.orgsim.core.ScenarioSpec;
import io.orgsim.scenarios.Presets;

/** The specs every benchmark measures, so that JMH and {@link Quick} measure the same things. */
public final class Workloads {

    /** The agent counts of the step benchmarks. */
    static final int[] SIZES = {1_000, 10_000, 100_000, 1_000_000};

    /**
     * Horizon of the step specs. The step benchmarks step past it when they need to (a
     * simulation may run past its horizon); it only sizes the recorder's first columns.
     */
    public static final int STEP_HORIZON = 10_000;

    private Workloads() {
    }

    /** @return the default scenario: the "balanced" preset (300 agents, 520 weeks, one pivot) */
    public static ScenarioSpec defaultScenario() {
        return Presets.builtIn().get("balanced").spec();
    }

    /**
     * @param seed a seed
     * @return the default scenario with that seed
     */
    public static ScenarioSpec defaultScenario(long seed) {
        return defaultScenario().toBuilder().seed(seed).build();
    }

    /**
     * The organization of the default scenario at another size, with no shocks.
     *
     * @param agents number of agents
     * @param horizon weeks
     * @return the spec
     */
    public static ScenarioSpec steady(int agents, int horizon) {
        return defaultScenario().toBuilder().name("steady-" + agents).clearShocks()
                .agents(agents).steps(horizon).build();
    }

    /**
     * @param agents number of agents
     * @return the spec the step benchmarks step: {@link #steady} with {@link #STEP_HORIZON}
     */
    public static ScenarioSpec stepSpec(int agents) {
        return steady(agents, STEP_HORIZON);
    }
}
