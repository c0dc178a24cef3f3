// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core;

/**
 * The entry point for embedding: run a spec, get its result.
 *
 * <pre>{@code
 * ScenarioSpec spec = ScenarioSpec.builder().leadership(0.8).management(0.3).seed(7).build();
 * RunResult result = OrgSim.run(spec);
 * double output = result.summaries().get(Summary.CUMULATIVE_OUTPUT);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class OrgSim {

    private OrgSim() {
    }

    /**
     * Runs a spec to its horizon.
     *
     * @param spec a validated spec
     * @return the result; equal specs give bit-identical results
     */
    public static RunResult run(ScenarioSpec spec) {
        return new Simulation(spec).run();
    }

    /**
     * Runs a spec to its horizon, telling an observer about every step.
     *
     * @param spec a validated spec
     * @param observer called after each step
     * @return the result
     */
    public static RunResult run(ScenarioSpec spec, StepObserver observer) {
        return new Simulation(spec).addObserver(observer).run();
    }
}
