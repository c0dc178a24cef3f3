// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

/**
 * A sample's mean with its spread and a confidence interval for the mean (Student t).
 *
 * @param n the number of values
 * @param mean the sample mean
 * @param sd the sample standard deviation (n - 1 denominator); NaN when n &lt; 2
 * @param ciLow the low end of the confidence interval for the mean; NaN when n &lt; 2
 * @param ciHigh the high end of the confidence interval for the mean; NaN when n &lt; 2
 * @since 0.1.0
 */
public record Estimate(int n, double mean, double sd, double ciLow, double ciHigh) {

    /** @return half the width of the interval */
    public double halfWidth() {
        return (ciHigh - ciLow) / 2;
    }
}
