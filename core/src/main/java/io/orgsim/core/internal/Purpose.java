// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.internal;

import io.orgsim.core.Metric;
import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import java.util.List;

/** Mechanism 6: inspiration gives purpose, which raises engagement (docs/MODEL.md, engagement). */
final class Purpose extends Mechanism {
    private static final long serialVersionUID = 1L;
    static final Unit UNIT = new Unit(Param.MECH_PURPOSE, List.of(Param.PURPOSE_WEIGHT, Param.PURPOSE_SPREAD),
            List.of("sensitivity"), List.<Metric>of());

    private final double weight;
    final double spread;
    /** Each agent's lasting sensitivity to purpose (mean 1). */
    final double[] sensitivity;

    Purpose(ScenarioSpec spec, int n) {
        super(spec, UNIT);
        weight = spec.get(Param.PURPOSE_WEIGHT);
        spread = spec.get(Param.PURPOSE_SPREAD);
        sensitivity = new double[n];
    }

    /**
     * @param inspiration the team's realised inspiration
     * @param cynicism the agent's cynicism, which discounts purpose
     * @param channel the share of purpose that reaches the agent (1, or the informal share when its lead's position is vacant)
     * @return the purpose term of the engagement target; off: 0
     */
    double term(int i, double inspiration, double cynicism, double channel) {
        return on ? weight * inspiration * sensitivity[i] * (1 - cynicism) * channel : 0;
    }
}
