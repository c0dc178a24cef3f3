// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.internal;

import io.orgsim.core.Metric;
import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import java.util.List;

/** Mechanism 6: engagement spreads along the informal network (docs/MODEL.md, engagement). */
final class Contagion extends Mechanism {
    private static final long serialVersionUID = 1L;
    static final Unit UNIT = new Unit(Param.MECH_CONTAGION, List.of(Param.CONTAGION), List.of(), List.<Metric>of());

    private final double rate;

    Contagion(ScenarioSpec spec) {
        super(spec, UNIT);
        rate = spec.get(Param.CONTAGION);
    }

    /** @return the week's pull of an agent's engagement toward its neighbours' mean; off: 0 */
    double pull(double neighbours, double own) {
        return on ? rate * (neighbours - own) : 0;
    }
}
