// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.internal;

import io.orgsim.core.Metric;
import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import java.util.List;

/** Mechanism 4: process overhead eats time, adds demands and, as red tape, lowers engagement (docs/MODEL.md). */
final class Overhead extends Mechanism {
    private static final long serialVersionUID = 1L;
    static final Unit UNIT = new Unit(Param.MECH_OVERHEAD, List.of(Param.OVERHEAD, Param.OVERHEAD_WEIGHT,
            Param.OVERHEAD_DEMAND), List.of(), List.of(Metric.OVERHEAD_SHARE));

    private final double max;
    private final double engagementWeight;
    private final double demandWeight;

    Overhead(ScenarioSpec spec) {
        super(spec, UNIT);
        max = spec.get(Param.OVERHEAD);
        engagementWeight = spec.get(Param.OVERHEAD_WEIGHT);
        demandWeight = spec.get(Param.OVERHEAD_DEMAND);
    }

    /** @return the share of time taken by overhead, convex in each management sub-lever; off: none */
    double share(double planning, double process, double accountability, double resources) {
        return on ? max * (planning * planning + process * process + accountability * accountability
                + resources * resources) / 4 : 0;
    }

    /** @return the engagement lost to red tape */
    double engagementCost(double share) {
        return engagementWeight * share;
    }

    /** @return the demand that administrative load adds */
    double demand(double share) {
        return demandWeight * share;
    }
}
