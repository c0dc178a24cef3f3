// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

/**
 * Morris measures of one factor, per unit of its normalized range.
 *
 * @param key the factor
 * @param effects the number of elementary effects used
 * @param mu mean elementary effect (signed: effects of opposite sign cancel)
 * @param muStar mean absolute elementary effect: overall influence
 * @param sigma standard deviation of the effects: non-linearity and interactions
 * @since 0.1.0
 */
public record MorrisIndex(String key, int effects, double mu, double muStar, double sigma) {
}
