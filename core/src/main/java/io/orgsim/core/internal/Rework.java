// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.internal;

import io.orgsim.core.Metric;
import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import java.util.List;

/** Mechanism 3: deliberate re-pointing throws away work in progress (docs/MODEL.md, work). */
final class Rework extends Mechanism {
    private static final long serialVersionUID = 1L;
    static final Unit UNIT = new Unit(Param.MECH_REWORK, List.of(Param.REWORK_COST), List.of(), List.<Metric>of());

    private final double cost;

    Rework(ScenarioSpec spec) {
        super(spec, UNIT);
        cost = spec.get(Param.REWORK_COST);
    }

    /** @return the share of work thrown away by a steered change of direction; off: none */
    double loss(double change) {
        return on ? Organization.atMost1(cost * change) : 0;
    }
}
