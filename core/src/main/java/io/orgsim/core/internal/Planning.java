// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.internal;

import io.orgsim.core.Metric;
import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import java.util.List;

/** Mechanism 2: plans lag change; the plan moves at cycles and at off-cycle re-plans (docs/MODEL.md, environment). */
final class Planning extends Mechanism {
    private static final long serialVersionUID = 1L;
    static final Unit UNIT = new Unit(Param.MECH_PLANNING, List.of(Param.PLANNING_CYCLE, Param.REPLAN_TOLERANCE),
            List.of(), List.<Metric>of());

    private final double tolerance;

    Planning(ScenarioSpec spec) {
        super(spec, UNIT);
        tolerance = spec.get(Param.REPLAN_TOLERANCE);
    }

    /**
     * @param drift radians the vision has moved off the plan
     * @param planning the planning lever, the weekly chance that management notices
     * @param u a uniform draw
     * @return whether the plan is re-based on the vision this week; off: every week
     */
    boolean replans(double drift, double planning, double u) {
        return !on || (Math.abs(drift) > tolerance && u < planning);
    }
}
