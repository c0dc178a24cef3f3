// SPDX-License-Identifier: Apache-2.0
package io.orgsim.viz;

/**
 * A mean over replications with its two-sided 95% confidence interval (Student t with n - 1
 * degrees of freedom). With one replication the interval collapses to the value.
 *
 * @param mean the sample mean
 * @param lower the lower end of the 95% interval
 * @param upper the upper end of the 95% interval
 * @param n the number of replications
 */
public record Estimate(double mean, double lower, double upper, int n) {

    /** @return half the width of the interval */
    public double halfWidth() {
        return (upper - lower) / 2;
    }
}
