// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.internal;

import io.orgsim.core.Metric;
import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import java.util.List;

/** Mechanism 5: standard processes catch errors before they harm, once (docs/MODEL.md, learning). */
final class Checks extends Mechanism {
    private static final long serialVersionUID = 1L;
    static final Unit UNIT = new Unit(Param.MECH_CHECKS, List.of(Param.CHECKLIST), List.of(), List.of(Metric.INCIDENTS));

    private final double checklist;

    Checks(ScenarioSpec spec) {
        super(spec, UNIT);
        checklist = spec.get(Param.CHECKLIST);
    }

    /** @return the chance that an unreported error is caught; off: 0 */
    double catchChance(double process) {
        return on ? checklist * process : 0;
    }
}
