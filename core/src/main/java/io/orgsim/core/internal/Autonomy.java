// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.internal;

import io.orgsim.core.Metric;
import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import java.util.List;

/**
 * Mechanism 4: rigid structure lowers autonomy, which agents need to different degrees; where
 * leadership is shared, members have a say in how process and accountability apply to their
 * work, so structure takes less of it (voice; docs/MODEL.md, engagement).
 */
final class Autonomy extends Mechanism {
    private static final long serialVersionUID = 1L;
    static final Unit UNIT = new Unit(Param.MECH_AUTONOMY, List.of(Param.RIGIDITY, Param.RIGIDITY_PROCESS_SHARE,
            Param.AUTONOMY_WEIGHT, Param.AUTONOMY_NEED_SPREAD, Param.VOICE), List.of("need"), List.<Metric>of());

    private final double rigidity;
    private final double processShare;
    final double weight;
    final double needSpread;
    private final double voice;
    /** Each agent's lasting need for autonomy (mean 1). */
    final double[] need;

    Autonomy(ScenarioSpec spec, int n) {
        super(spec, UNIT);
        rigidity = spec.get(Param.RIGIDITY);
        processShare = spec.get(Param.RIGIDITY_PROCESS_SHARE);
        weight = spec.get(Param.AUTONOMY_WEIGHT);
        needSpread = spec.get(Param.AUTONOMY_NEED_SPREAD);
        voice = spec.get(Param.VOICE);
        need = new double[n];
    }

    /**
     * @param shared the share of leadership exercised informally
     * @return the autonomy a team's process and accountability leave; off: full
     */
    double of(double process, double accountability, double shared) {
        return on ? 1 - rigidity * (processShare * process + (1 - processShare) * accountability) * (1 - voice * shared) : 1;
    }

    /** @return the autonomy agent i feels: what is left of its need; off: full */
    double felt(int i, double autonomy) {
        return on ? Organization.atLeast0(1 - need[i] * (1 - autonomy)) : 1;
    }
}
