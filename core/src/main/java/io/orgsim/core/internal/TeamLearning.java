// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.internal;

import io.orgsim.core.Metric;
import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import java.util.List;

/**
 * Mechanism 5, the learning loop (Edmondson 1999): errors reported in a team feed its
 * learning stock, which prevents later errors, and teach the agent who made them
 * (docs/MODEL.md, learning).
 */
final class TeamLearning extends Mechanism {
    private static final long serialVersionUID = 1L;
    static final Unit UNIT = new Unit(Param.MECH_LEARNING, List.of(Param.LEARNING_GAIN, Param.LEARNING_DECAY,
            Param.LEARNING_ERROR_REDUCTION, Param.LESSON_SKILL), List.of("team learning"), List.of(Metric.TEAM_LEARNING));

    private final double gain;
    private final double decay;
    private final double reduction;
    private final double lesson;
    /** Each team's learning stock in [0, 1]. */
    final double[] stock;

    TeamLearning(ScenarioSpec spec, int teams) {
        super(spec, UNIT);
        gain = spec.get(Param.LEARNING_GAIN);
        decay = spec.get(Param.LEARNING_DECAY);
        reduction = spec.get(Param.LEARNING_ERROR_REDUCTION);
        lesson = spec.get(Param.LESSON_SKILL);
        stock = new double[teams];
    }

    /** @return the factor on team t's error probability; off: 1 */
    double errorFactor(int t) {
        return on ? 1 - reduction * stock[t] : 1;
    }

    /** @return skill after agent's own reported error taught it; off: unchanged */
    double lesson(double skill) {
        return on ? skill + lesson * (1 - skill) : skill;
    }

    /** Closes team t's week: its reported errors per present member feed its stock. */
    void close(int t, int reported, int members) {
        if (on) {
            stock[t] = Math.min(1, stock[t] * (1 - decay) + (members == 0 ? 0 : gain * reported / members));
        }
    }
}
