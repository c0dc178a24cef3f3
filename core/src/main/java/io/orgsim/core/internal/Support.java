// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.internal;

import io.orgsim.core.Metric;
import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import java.util.List;

/**
 * The motivational process of job demands-resources (Bakker &amp; Demerouti 2007; Schaufeli
 * &amp; Bakker 2004): a lead's care and a psychologically safe team are a job resource that
 * raises engagement directly, besides absorbing demands ({@link Strain}'s buffer, the health
 * process). Consideration in Judge, Piccolo &amp; Ilies (2004) is this support
 * (docs/MODEL.md, engagement).
 */
final class Support extends Mechanism {
    private static final long serialVersionUID = 1L;
    static final Unit UNIT = new Unit(Param.MECH_SUPPORT, List.of(Param.SUPPORT_WEIGHT), List.of(),
            List.of(Metric.ENGAGEMENT));

    private final double weight;

    Support(ScenarioSpec spec) {
        super(spec, UNIT);
        weight = spec.get(Param.SUPPORT_WEIGHT);
    }

    /** @return the support term of the engagement target, from the team's realised safety; off: 0 */
    double term(double safety) {
        return on ? weight * safety : 0;
    }
}
