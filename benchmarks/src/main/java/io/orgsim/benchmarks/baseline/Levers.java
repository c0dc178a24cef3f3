// SPDX-License-Identifier: Apache-2.0
package io.orgsim.benchmarks.baseline;

import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;

/** The lever values and the quantities derived from them (the math of core's internal Levers). */
final class Levers {
    final double vision;
    final double inspiration;
    final double safety;
    final double distributed;
    final double planning;
    final double process;
    final double accountability;
    final double resources;
    final double overheadShare;
    final double autonomy;
    final double coordination;

    Levers(ScenarioSpec spec) {
        vision = spec.get(Param.VISION);
        inspiration = spec.get(Param.INSPIRATION);
        safety = spec.get(Param.SAFETY);
        distributed = spec.get(Param.DISTRIBUTED);
        planning = spec.get(Param.PLANNING);
        process = spec.get(Param.PROCESS);
        accountability = spec.get(Param.ACCOUNTABILITY);
        resources = spec.get(Param.RESOURCES);
        double overheadMax = spec.get(Param.OVERHEAD);
        double rigidity = spec.get(Param.RIGIDITY);
        overheadShare = overheadMax * (0.30 * planning * planning + 0.35 * process * process
                + 0.20 * accountability * accountability + 0.15 * resources * resources);
        autonomy = 1 - rigidity * (0.6 * process + 0.4 * accountability);
        coordination = 0.6 * planning + 0.4 * process;
    }
}
