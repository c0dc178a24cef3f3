// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import io.orgsim.core.OrgSim;
import io.orgsim.core.RunResult;
import io.orgsim.core.ScenarioSpec;

/**
 * What an experiment does with each run's spec. The default runs the model; tests and
 * embedders substitute their own (for example one that throws for chosen runs, or that
 * watches steps). Called from worker threads, concurrently: implementations must not share
 * mutable state between calls.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface RunFunction {

    /** Runs the model: {@link OrgSim#run(ScenarioSpec)}. */
    RunFunction MODEL = (key, spec) -> OrgSim.run(spec);

    /**
     * @param key which run this is
     * @param spec the run's validated spec, seed included
     * @return the run's result
     * @throws Exception when the run fails; the experiment records it and goes on
     */
    RunResult run(RunKey key, ScenarioSpec spec) throws Exception;
}
