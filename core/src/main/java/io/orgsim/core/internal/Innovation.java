// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.internal;

import io.orgsim.core.Metric;
import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import java.util.List;

/**
 * Mechanism 5: safety and autonomy make agents propose ideas; processes and resources
 * implement them into an innovation stock that raises productivity and becomes obsolete; an
 * idea never implemented frustrates its author (docs/MODEL.md, learning).
 */
final class Innovation extends Mechanism {
    private static final long serialVersionUID = 1L;
    static final Unit UNIT = new Unit(Param.MECH_INNOVATION, List.of(Param.IDEA_RATE, Param.IDEA_UNSAFE_SHARE,
            Param.IMPLEMENT_FLOOR, Param.IMPLEMENT_RESOURCE_SHARE, Param.REJECT_FRUSTRATION, Param.INNOVATION_GAIN,
            Param.INNOVATION_DECAY), List.of("innovation stock"),
            List.of(Metric.IDEAS_PROPOSED, Metric.IDEAS_IMPLEMENTED, Metric.INNOVATION));

    private final double rate;
    private final double unsafeShare;
    private final double floor;
    private final double resourceShare;
    final double rejectFrustration;
    private final double gain;
    private final double decay;
    /** The organization's innovation stock: productivity gained from implemented ideas. */
    double stock;

    Innovation(ScenarioSpec spec) {
        super(spec, UNIT);
        rate = spec.get(Param.IDEA_RATE);
        unsafeShare = spec.get(Param.IDEA_UNSAFE_SHARE);
        floor = spec.get(Param.IMPLEMENT_FLOOR);
        resourceShare = spec.get(Param.IMPLEMENT_RESOURCE_SHARE);
        rejectFrustration = spec.get(Param.REJECT_FRUSTRATION);
        gain = spec.get(Param.INNOVATION_GAIN);
        decay = spec.get(Param.INNOVATION_DECAY);
    }

    /** @return the weekly chance of an idea per unit of engagement; off: 0 */
    double proposeChance(double safety, double autonomy) {
        return on ? rate * (unsafeShare + (1 - unsafeShare) * safety) * autonomy : 0;
    }

    /** @return the chance that a proposed idea is implemented */
    double implementChance(double resources, double process) {
        return floor + (1 - floor) * (resourceShare * resources + (1 - resourceShare) * process);
    }

    /** Closes the week: implemented ideas per position add to the stock, which decays. */
    void close(int implemented, int positions) {
        stock = stock * (1 - decay) + gain * implemented / positions;
    }
}
