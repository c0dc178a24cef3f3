// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.behaviour;

/**
 * One directional statement of a behaviour, tested over seeded replications: "the first
 * sample's mean is larger than the second's". Signs read "first minus second", so a claim
 * that holds has a positive difference and a positive effect.
 *
 * @param text what is claimed, for example {@code balanced > too-much-leadership on cumulative_output}
 * @param first mean of the first sample
 * @param second mean of the second sample
 * @param difference mean difference, first minus second
 * @param ciLow low end of the 95% confidence interval of the difference (Welch)
 * @param ciHigh high end of that interval
 * @param effect Cohen's d (pooled sd; for a paired claim d_z, the mean difference over its sd)
 * @param effectLow low end of an approximate 95% interval of d (Hedges and Olkin's normal approximation)
 * @param effectHigh high end of that interval
 * @param p two-sided p-value (Welch's t-test; paired t-test for a paired claim)
 * @param holds true when the difference is positive and p is below the catalog's alpha
 */
public record Claim(String text, double first, double second, double difference, double ciLow, double ciHigh,
                    double effect, double effectLow, double effectHigh, double p, boolean holds) {
}
