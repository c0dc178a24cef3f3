// SPDX-License-Identifier: Apache-2.0
package io.orgsim.benchmarks.baseline;

import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;

/** The organization's lever values, as the spec gives them. */
final class Levers {
    final double vision;
    final double inspiration;
    final double safety;
    final double distributed;
    final double planning;
    final double process;
    final double accountability;
    final double resources;

    Levers(ScenarioSpec spec) {
        vision = spec.get(Param.VISION);
        inspiration = spec.get(Param.INSPIRATION);
        safety = spec.get(Param.SAFETY);
        distributed = spec.get(Param.DISTRIBUTED);
        planning = spec.get(Param.PLANNING);
        process = spec.get(Param.PROCESS);
        accountability = spec.get(Param.ACCOUNTABILITY);
        resources = spec.get(Param.RESOURCES);
    }
}
