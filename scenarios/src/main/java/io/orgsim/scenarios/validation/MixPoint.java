// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.validation;

/**
 * Figures 2 and 3: a closed system with some fast and some slow learners, run to
 * equilibrium, beside a uniform population socializing at the same mean rate (run from the
 * same seeds: same reality, same initial beliefs). At equilibrium every individual holds the
 * code's non-zero values, so the groups' knowledge differs only on the way there: figure 3
 * reads it at {@code period}.
 *
 * @param fastLearners how many of the individuals are fast learners
 * @param meanSocialization the population's mean p1, which the uniform population uses
 * @param codeKnowledge code knowledge at equilibrium of the mixed population (figure 2)
 * @param uniformCodeKnowledge code knowledge at equilibrium of the uniform population
 * @param period the period at which figure 3 reads the groups' knowledge
 * @param slowKnowledge mean knowledge of the slow learners at {@code period}; empty when there are none
 * @param fastKnowledge mean knowledge of the fast learners at {@code period}; empty when there are none
 * @param slowEquilibrium mean knowledge of the slow learners at equilibrium; empty when there are none
 * @param fastEquilibrium mean knowledge of the fast learners at equilibrium; empty when there are none
 */
public record MixPoint(int fastLearners, double meanSocialization, Knowledge codeKnowledge,
                       Knowledge uniformCodeKnowledge, int period, Knowledge slowKnowledge, Knowledge fastKnowledge,
                       Knowledge slowEquilibrium, Knowledge fastEquilibrium) {
}
