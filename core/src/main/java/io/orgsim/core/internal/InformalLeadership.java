// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.internal;

import io.orgsim.core.Metric;
import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import java.util.List;

/**
 * Mechanism 2 and brief item 6: leadership as a choice. Informal leaders pull their peers,
 * read the target themselves, coordinate and carry purpose when a lead's position is vacant
 * (docs/MODEL.md, directions, work, engagement).
 */
final class InformalLeadership extends Mechanism {
    private static final long serialVersionUID = 1L;
    static final Unit UNIT = new Unit(Param.MECH_INFORMAL, List.of(Param.DISTRIBUTED, Param.FRONTLINE,
            Param.PROPENSITY_SHAPE, Param.SHARED_GAIN), List.of("propensity", "team propensity"), List.<Metric>of());

    final double frontline;
    private final double shape;
    private final double gain;

    InformalLeadership(ScenarioSpec spec) {
        super(spec, UNIT);
        frontline = spec.get(Param.FRONTLINE);
        shape = spec.get(Param.PROPENSITY_SHAPE);
        gain = spec.get(Param.SHARED_GAIN);
    }

    /**
     * Shared leadership adds leadership: members who choose to lead bring their own
     * inspiration and care to their team, besides the lead's (Carson, Tesluk &amp; Marrone 2007;
     * Wang, Waldman &amp; Zhang 2014: shared leadership explains team outcomes beyond vertical
     * leadership).
     *
     * @param shared the share of leadership exercised informally
     * @param teamPropensity the mean propensity to lead of the team's present members
     * @return the share of the gap to full inspiration and safety that the members close; off: 0
     */
    double added(double shared, double teamPropensity) {
        return on ? Math.min(1, gain * shared * teamPropensity) : 0;
    }

    /** @return the share of leadership exercised informally; off: none */
    double share(double distributed) {
        return on ? distributed : 0;
    }

    /** @return a propensity to lead informally, U^k */
    double propensity(double u) {
        return Math.pow(u, shape);
    }
}
