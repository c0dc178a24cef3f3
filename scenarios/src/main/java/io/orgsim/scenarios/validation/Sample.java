// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.validation;

import io.orgsim.core.experiment.Estimate;
import io.orgsim.core.experiment.Statistics;
import java.util.Arrays;

/**
 * One measure over the replications of a design point: the values, by replication, and their
 * mean with a 95% Student-t confidence interval ({@link Statistics#describe}).
 *
 * @param values the values by replication (NaN values, from empty groups, are left out)
 * @param estimate their mean, standard deviation and 95% confidence interval
 */
public record Sample(double[] values, Estimate estimate) {

    /** Keeps the values to itself. */
    public Sample {
        values = values.clone();
    }

    /**
     * @param values values by replication; NaN values are dropped
     * @return the sample and its estimate
     */
    public static Sample of(double[] values) {
        double[] kept = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        return new Sample(kept, Statistics.describe(kept));
    }

    /** @return a copy of the values */
    @Override
    public double[] values() {
        return values.clone();
    }

    /** @return the mean (NaN when empty) */
    public double mean() {
        return estimate.mean();
    }
}
