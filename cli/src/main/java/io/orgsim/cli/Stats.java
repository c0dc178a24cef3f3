// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Mean, sample standard deviation and the half-width of the 95% confidence interval of the
 * mean (Student t with n - 1 degrees of freedom) of a sample. Sums run in index order, so
 * equal samples give bit-identical figures.
 *
 * @param n the sample size
 * @param mean the sample mean
 * @param sd the sample standard deviation (n - 1 in the denominator); NaN when n is 1
 * @param halfWidth the 95% confidence half-width of the mean; NaN when n is 1
 */
record Stats(int n, double mean, double sd, double halfWidth) {

    /** The confidence level of {@link #halfWidth()}. */
    static final double LEVEL = 0.95;

    /**
     * @param x the sample, at least one value
     * @return its statistics
     */
    static Stats of(double[] x) {
        int n = x.length;
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        double mean = sum / n;
        if (n < 2) {
            return new Stats(n, mean, Double.NaN, Double.NaN);
        }
        double squares = 0;
        for (double v : x) {
            squares += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(squares / (n - 1));
        // No random generator: the distribution is only used for its quantile.
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(0.5 + LEVEL / 2);
        return new Stats(n, mean, sd, t * sd / Math.sqrt(n));
    }

    /** @return the lower end of the confidence interval */
    double ciLow() {
        return mean - halfWidth;
    }

    /** @return the upper end of the confidence interval */
    double ciHigh() {
        return mean + halfWidth;
    }
}
