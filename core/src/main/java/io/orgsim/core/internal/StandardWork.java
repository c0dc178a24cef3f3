// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.internal;

import io.orgsim.core.Metric;
import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import java.util.List;

/** Mechanism 1: standard processes codify know-how, so that unskilled agents produce more (docs/MODEL.md, work). */
final class StandardWork extends Mechanism {
    private static final long serialVersionUID = 1L;
    static final Unit UNIT = new Unit(Param.MECH_STANDARD_WORK, List.of(Param.STANDARD_WORK_GAIN), List.of(),
            List.<Metric>of());

    private final double gain;

    StandardWork(ScenarioSpec spec) {
        super(spec, UNIT);
        gain = spec.get(Param.STANDARD_WORK_GAIN);
    }

    /** @return the output share of an agent with no skill, raised by a team's process; off: the floor */
    double floor(double skillFloor, double process) {
        return on ? skillFloor + gain * process * (1 - skillFloor) : skillFloor;
    }
}
