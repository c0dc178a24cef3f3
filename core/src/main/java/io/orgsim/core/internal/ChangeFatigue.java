// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.internal;

import io.orgsim.core.Metric;
import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import java.util.List;

/**
 * Change fatigue: re-direction from above (the plan re-based, the vision leaders pass on
 * moving) builds a fatigue that lowers engagement and adds demands, and fades over months
 * (docs/MODEL.md, engagement).
 */
final class ChangeFatigue extends Mechanism {
    private static final long serialVersionUID = 1L;
    static final Unit UNIT = new Unit(Param.MECH_CHANGE_FATIGUE, List.of(Param.FATIGUE_GAIN, Param.FATIGUE_RECOVERY,
            Param.FATIGUE_WEIGHT, Param.FATIGUE_DEMAND), List.of("fatigue"), List.of(Metric.CHANGE_FATIGUE));

    private final double gain;
    private final double recovery;
    final double weight;
    final double demandWeight;
    final double[] fatigue;

    ChangeFatigue(ScenarioSpec spec, int n) {
        super(spec, UNIT);
        gain = spec.get(Param.FATIGUE_GAIN);
        recovery = spec.get(Param.FATIGUE_RECOVERY);
        weight = spec.get(Param.FATIGUE_WEIGHT);
        demandWeight = spec.get(Param.FATIGUE_DEMAND);
        fatigue = new double[n];
    }

    /** @return agent i's fatigue after a week in which its team was re-directed by this many radians; off: 0 */
    double week(int i, double redirection) {
        if (!on) {
            return 0;
        }
        double z = Organization.atMost1(fatigue[i] * (1 - recovery) + gain * redirection);
        fatigue[i] = z;
        return z;
    }
}
