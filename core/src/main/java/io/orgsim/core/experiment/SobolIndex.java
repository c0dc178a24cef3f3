// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

/**
 * Sobol variance-based indices of one factor, with bootstrap percentile intervals.
 *
 * @param key the factor
 * @param first first-order index S_i: share of output variance due to the factor alone
 * @param firstLow low end of the interval of S_i
 * @param firstHigh high end of the interval of S_i
 * @param total total-order index ST_i: share due to the factor and all its interactions
 * @param totalLow low end of the interval of ST_i
 * @param totalHigh high end of the interval of ST_i
 * @since 0.1.0
 */
public record SobolIndex(String key, double first, double firstLow, double firstHigh, double total,
                         double totalLow, double totalHigh) {
}
