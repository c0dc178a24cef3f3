// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.internal;

import io.orgsim.core.Metric;
import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import java.util.List;

/** The turnover spiral: vacancies in a team raise the demands on those who stay (docs/MODEL.md, engagement). */
final class Workload extends Mechanism {
    private static final long serialVersionUID = 1L;
    static final Unit UNIT = new Unit(Param.MECH_WORKLOAD, List.of(Param.LOAD_DEMAND), List.of("team load"),
            List.<Metric>of());

    private final double weight;

    Workload(ScenarioSpec spec) {
        super(spec, UNIT);
        weight = spec.get(Param.LOAD_DEMAND);
    }

    /** @return the demand added by a team's vacancies, per present member; off: none */
    double demand(int vacancies, int present) {
        return on && present > 0 ? weight * vacancies / present : 0;
    }
}
