// SPDX-License-Identifier: Apache-2.0
package io.orgsim.viz;

import io.orgsim.core.experiment.Estimate;
/**
 * A per-step mean over replications with its 95% confidence band. Arrays are indexed by
 * step and are copies; callers may not change the band through them.
 *
 * @param mean the per-step mean
 * @param lower the per-step lower end of the 95% band
 * @param upper the per-step upper end of the 95% band
 * @param n the number of replications
 */
public record Band(double[] mean, double[] lower, double[] upper, int n) {

    /** @throws IllegalArgumentException when the arrays differ in length */
    public Band {
        if (mean.length != lower.length || mean.length != upper.length) {
            throw new IllegalArgumentException("mean, lower and upper must have the same length");
        }
        mean = mean.clone();
        lower = lower.clone();
        upper = upper.clone();
    }

    /** @return the number of steps */
    public int length() {
        return mean.length;
    }

    /**
     * @param step a step
     * @return the estimate at that step (a band keeps no standard deviation: its sd is NaN)
     */
    public Estimate at(int step) {
        return new Estimate(n, mean[step], Double.NaN, lower[step], upper[step]);
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] lower() {
        return lower.clone();
    }

    @Override
    public double[] upper() {
        return upper.clone();
    }
}
