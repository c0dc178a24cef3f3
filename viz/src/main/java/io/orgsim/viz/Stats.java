// SPDX-License-Identifier: Apache-2.0
package io.orgsim.viz;

import org.apache.commons.math3.distribution.TDistribution;

/** Means and Student-t 95% confidence intervals over replications. */
public final class Stats {

    /** The confidence level of every interval and band in viz. */
    public static final double LEVEL = 0.95;

    private Stats() {
    }

    /**
     * @param n number of replications, at least 1
     * @return the two-sided 95% Student t quantile with n - 1 degrees of freedom, or 0 when n is 1
     */
    public static double tQuantile(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("at least one replication is needed, got " + n);
        }
        if (n == 1) {
            return 0;
        }
        // the distribution is created with a null generator: no randomness is involved
        return new TDistribution(null, n - 1).inverseCumulativeProbability(1 - (1 - LEVEL) / 2);
    }

    /**
     * @param values one value per replication, at least one
     * @return their mean with a 95% confidence interval
     */
    public static Estimate estimate(double[] values) {
        int n = values.length;
        double t = tQuantile(n);
        double mean = mean(values);
        double half = n < 2 ? 0 : t * Math.sqrt(variance(values, mean) / n);
        return new Estimate(mean, mean - half, mean + half, n);
    }

    /**
     * The per-step mean and 95% band of replications.
     *
     * @param runs one row per replication, all of the same length, at least one row
     * @return the band
     */
    public static Band band(double[][] runs) {
        int n = runs.length;
        if (n == 0) {
            throw new IllegalArgumentException("at least one replication is needed");
        }
        int length = runs[0].length;
        double t = tQuantile(n);
        double[] mean = new double[length];
        double[] lower = new double[length];
        double[] upper = new double[length];
        double[] column = new double[n];
        for (int step = 0; step < length; step++) {
            for (int r = 0; r < n; r++) {
                if (runs[r].length != length) {
                    throw new IllegalArgumentException("replication " + r + " has " + runs[r].length
                            + " steps, replication 0 has " + length);
                }
                column[r] = runs[r][step];
            }
            double m = mean(column);
            double half = n < 2 ? 0 : t * Math.sqrt(variance(column, m) / n);
            mean[step] = m;
            lower[step] = m - half;
            upper[step] = m + half;
        }
        return new Band(mean, lower, upper, n);
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double variance(double[] values, double mean) {
        double ss = 0;
        for (double v : values) {
            double d = v - mean;
            ss += d * d;
        }
        return ss / (values.length - 1);
    }
}
