// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.validation;

import java.util.List;

/**
 * The data of figures 1 to 5 of March (1991), as reproduced by a {@link MarchStudy}.
 *
 * @param replications replications per design point
 * @param seed the master seed
 * @param rules the reading of the model that was run
 * @param figure1 equilibrium code knowledge against p1 for each p2
 * @param figures2and3 mixed slow and fast learners: code knowledge (figure 2) and each group's knowledge (figure 3)
 * @param figure4 code knowledge at the horizon against turnover
 * @param figure5 code knowledge over time under turbulence, with and without turnover
 */
public record MarchFigures(int replications, long seed, MarchRules rules, List<EquilibriumPoint> figure1,
                           List<MixPoint> figures2and3, List<TurnoverPoint> figure4, List<TurbulencePoint> figure5) {

    /** Copies the lists. */
    public MarchFigures {
        figure1 = List.copyOf(figure1);
        figures2and3 = List.copyOf(figures2and3);
        figure4 = List.copyOf(figure4);
        figure5 = List.copyOf(figure5);
    }
}
