// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.internal;

import io.orgsim.core.Metric;
import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import java.util.List;

/**
 * Mechanism 3: the lifecycle of untethered enthusiasm. Inspiration raises an agent's
 * aspiration quickly; its perceived progress follows what its effort achieves, slowly; the
 * aspiration that results do not meet frustrates; frustration held above a threshold turns
 * into cynicism, which lasts and discounts purpose (docs/MODEL.md, engagement).
 */
final class Aspiration extends Mechanism {
    private static final long serialVersionUID = 1L;
    static final Unit UNIT = new Unit(Param.MECH_ASPIRATION, List.of(Param.ASPIRATION_GAIN, Param.ASPIRATION_RATE,
            Param.PROGRESS_RATE, Param.FRUSTRATION_RATE, Param.FRUSTRATION_WEIGHT, Param.CYNICISM_RATE,
            Param.CYNICISM_THRESHOLD, Param.CYNICISM_RECOVERY, Param.HIRE_EXPECTED_PROGRESS),
            List.of("aspiration", "progress", "frustration", "cynicism"), List.of(Metric.FRUSTRATION, Metric.CYNICISM));

    private final double gain;
    private final double rate;
    private final double progressRate;
    private final double frustrationRate;
    final double frustrationWeight;
    private final double cynicismRate;
    private final double threshold;
    private final double recovery;
    final double expectedProgress;
    /**
     * Each agent's aspiration, perceived progress, frustration and cynicism, in that order at
     * 4i to 4i + 3: one array, so that the week streams one array for them, not four.
     */
    private final double[] state;
    private static final int ASPIRATION = 0;
    private static final int PROGRESS = 1;
    private static final int FRUSTRATION = 2;
    private static final int CYNICISM = 3;
    private static final int FIELDS = 4;

    Aspiration(ScenarioSpec spec, int n) {
        super(spec, UNIT);
        gain = spec.get(Param.ASPIRATION_GAIN);
        rate = spec.get(Param.ASPIRATION_RATE);
        progressRate = spec.get(Param.PROGRESS_RATE);
        frustrationRate = spec.get(Param.FRUSTRATION_RATE);
        frustrationWeight = spec.get(Param.FRUSTRATION_WEIGHT);
        cynicismRate = spec.get(Param.CYNICISM_RATE);
        threshold = spec.get(Param.CYNICISM_THRESHOLD);
        recovery = spec.get(Param.CYNICISM_RECOVERY);
        expectedProgress = spec.get(Param.HIRE_EXPECTED_PROGRESS);
        state = new double[FIELDS * n];
    }

    /** @return agent i's frustration */
    double frustration(int i) {
        return state[FIELDS * i + FRUSTRATION];
    }

    /** @return agent i's cynicism */
    double cynicism(int i) {
        return state[FIELDS * i + CYNICISM];
    }

    /** A newcomer (or an agent at week 0): no aspiration yet, high expectations, no frustration or cynicism. */
    void join(int i) {
        int k = FIELDS * i;
        state[k + ASPIRATION] = 0;
        state[k + PROGRESS] = expectedProgress;
        state[k + FRUSTRATION] = 0;
        state[k + CYNICISM] = 0;
    }

    /**
     * One week of agent i; off: nothing moves.
     *
     * @param inspired the inspiration the agent feels (team inspiration times its sensitivity)
     * @param achieved the share of its effort that came to something this week
     * @param rejected frustration from ideas not implemented this week
     */
    void week(int i, double inspired, double achieved, double rejected) {
        if (!on) {
            return;
        }
        double[] st = state;
        int k = FIELDS * i;
        double c = st[k + CYNICISM];
        double a0 = st[k + ASPIRATION];
        double p0 = st[k + PROGRESS];
        double a = a0 + rate * (gain * inspired * (1 - c) - a0);
        double p = p0 + progressRate * (achieved - p0);
        double gap = Organization.atLeast0(a - p);
        double f = st[k + FRUSTRATION] + rejected;
        f += frustrationRate * (Organization.atMost1(gap) - f);
        f = Organization.atMost1(f);
        c += cynicismRate * Organization.atLeast0(f - threshold) * (1 - c) - recovery * c;
        st[k + ASPIRATION] = a;
        st[k + PROGRESS] = p;
        st[k + FRUSTRATION] = f;
        st[k + CYNICISM] = c;
    }
}
