// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.internal;

import io.orgsim.core.Metric;
import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import java.util.List;

/** Accountability as contingent reward: recognition follows the team's results (docs/MODEL.md, engagement). */
final class Recognition extends Mechanism {
    private static final long serialVersionUID = 1L;
    static final Unit UNIT = new Unit(Param.MECH_RECOGNITION, List.of(Param.RECOGNITION_WEIGHT, Param.RECOGNITION_RATE),
            List.of("recognition"), List.of(Metric.RECOGNITION));

    private final double weight;
    private final double rate;
    final double[] recognition;

    Recognition(ScenarioSpec spec, int n) {
        super(spec, UNIT);
        weight = spec.get(Param.RECOGNITION_WEIGHT);
        rate = spec.get(Param.RECOGNITION_RATE);
        recognition = new double[n];
    }

    /** @return the recognition term of agent i's engagement target after this week; off: 0 */
    double week(int i, double accountability, double teamResult) {
        if (!on) {
            return 0;
        }
        double r = recognition[i] + rate * (accountability * teamResult - recognition[i]);
        recognition[i] = r;
        return weight * r;
    }
}
