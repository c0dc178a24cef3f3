// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.validation;

/**
 * Figure 1: a closed system run to equilibrium.
 *
 * @param socialization p1
 * @param codeLearning p2
 * @param codeKnowledge code knowledge at equilibrium
 * @param periods periods to equilibrium
 * @param capped replications stopped by {@link MarchParams#EQUILIBRIUM_CAP} before equilibrium
 */
public record EquilibriumPoint(double socialization, double codeLearning, Knowledge codeKnowledge, Sample periods,
                               int capped) {
}
