// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.internal;

import io.orgsim.core.Metric;
import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import java.util.List;

/** Mechanism 2 and 7: leadership reads the moving environment faster (docs/MODEL.md, environment). */
final class Sensing extends Mechanism {
    private static final long serialVersionUID = 1L;
    static final Unit UNIT = new Unit(Param.MECH_SENSING, List.of(Param.SENSE_BASE, Param.SENSE_GAIN),
            List.of(), List.<Metric>of());

    private final double base;
    private final double gain;

    Sensing(ScenarioSpec spec) {
        super(spec, UNIT);
        base = spec.get(Param.SENSE_BASE);
        gain = spec.get(Param.SENSE_GAIN);
    }

    /** @return the weekly rate at which the vision follows the signal; off: the base rate */
    double rate(double vision) {
        return on ? base + gain * vision : base;
    }
}
