// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

/**
 * Two samples compared: a Welch t-test (unequal variances) and a Mann-Whitney U test, with
 * effect sizes. Signs follow "a minus b": a positive difference, d, g or rank-biserial means
 * a tends to be larger.
 *
 * @param a the first sample's estimate
 * @param b the second sample's estimate
 * @param difference mean(a) - mean(b)
 * @param welchT Welch's t statistic
 * @param welchDf Welch-Satterthwaite degrees of freedom
 * @param welchP two-sided p-value of the Welch test
 * @param mannWhitneyU U of sample a: pairs (x in a, y in b) with x &gt; y, ties counting half
 * @param mannWhitneyP two-sided p-value of the Mann-Whitney test (normal approximation with tie correction)
 * @param cohensD difference over the pooled standard deviation
 * @param hedgesG Cohen's d with the small-sample correction {@code 1 - 3 / (4 (na + nb) - 9)}
 * @param rankBiserial {@code 2 U / (na nb) - 1}, in [-1, 1]
 * @since 0.1.0
 */
public record Comparison(Estimate a, Estimate b, double difference, double welchT, double welchDf, double welchP,
                         double mannWhitneyU, double mannWhitneyP, double cohensD, double hedgesG,
                         double rankBiserial) {
}
