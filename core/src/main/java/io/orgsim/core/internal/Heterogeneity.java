// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.internal;

import io.orgsim.core.Metric;
import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import java.util.List;

/**
 * People and leaders differ: lasting agent traits drawn log-normally around 1, and each team
 * lead's own leadership and management skill drawn around the organization's levers, so that
 * the levers (policy and culture) are realised unevenly across teams (docs/MODEL.md, people).
 */
final class Heterogeneity extends Mechanism {
    private static final long serialVersionUID = 1L;
    static final Unit UNIT = new Unit(Param.MECH_HETEROGENEITY, List.of(Param.LEAD_SPREAD),
            List.of("lead leadership", "lead management"), List.of(Metric.TEAM_OUTPUT_SPREAD));

    private final double leadSpread;
    /** Each team lead's leadership and management skill, as a deviation from the levers. */
    final double[] leadLeadership;
    final double[] leadManagement;

    Heterogeneity(ScenarioSpec spec, int teams) {
        super(spec, UNIT);
        leadSpread = spec.get(Param.LEAD_SPREAD);
        leadLeadership = new double[teams];
        leadManagement = new double[teams];
    }

    /** @return a lasting trait of mean 1, log-normal with this spread of its log; off: 1 */
    double trait(double spread, double normal) {
        return on ? Math.exp(spread * normal - 0.5 * spread * spread) : 1;
    }

    /** Draws team t's lead: its skills around the levers; off: exactly the levers. */
    void newLead(int t, double normalLeadership, double normalManagement) {
        leadLeadership[t] = on ? leadSpread * normalLeadership : 0;
        leadManagement[t] = on ? leadSpread * normalManagement : 0;
    }
}
