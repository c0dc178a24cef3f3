// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.internal;

import io.orgsim.core.Metric;
import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import java.util.List;

/** Mechanism 1 and 2: conflicting work and failed hand-offs where coordination is weak (docs/MODEL.md, work). */
final class Coordination extends Mechanism {
    private static final long serialVersionUID = 1L;
    static final Unit UNIT = new Unit(Param.MECH_COORDINATION, List.of(Param.WASTE_MAX, Param.SELF_ORGANIZATION,
            Param.COORDINATION_PLAN_SHARE), List.of(), List.of(Metric.COHERENCE, Metric.WASTE_SHARE));

    private final double wasteMax;
    private final double selfOrganization;
    private final double planShare;

    Coordination(ScenarioSpec spec) {
        super(spec, UNIT);
        wasteMax = spec.get(Param.WASTE_MAX);
        selfOrganization = spec.get(Param.SELF_ORGANIZATION);
        planShare = spec.get(Param.COORDINATION_PLAN_SHARE);
    }

    /** @return coordination from planning and standard processes */
    double of(double planning, double process) {
        return planShare * planning + (1 - planShare) * process;
    }

    /** @return how far a team that agrees coordinates itself; peers who lead raise it */
    double selfCoordination(double informal, double vision) {
        return Math.min(1, selfOrganization * (1 + informal * vision));
    }

    /** @return the share of effort lost to conflicting work; off: none */
    double conflict(double coordination, double selfCoordination, double agreement) {
        return on ? wasteMax * (1 - coordination - (1 - coordination) * selfCoordination * agreement) : 0;
    }
}
