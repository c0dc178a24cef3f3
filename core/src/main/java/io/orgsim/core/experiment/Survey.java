// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.descriptive.moment.Variance;

/**
 * A survey's measurement error (classical test theory): observed = true + error, with the
 * error's variance set so that the share of true variance in the observed one is the
 * reliability: {@code var(error) = var(true) (1 - reliability) / reliability}.
 */
final class Survey {

    private Survey() {
    }

    /**
     * @param trueScores the units' true values
     * @param reliability in (0, 1]; 1 adds no error
     * @param rng the survey's random stream
     * @return the observed values
     */
    static double[] observe(double[] trueScores, double reliability, RandomGenerator rng) {
        double sd = Math.sqrt(new Variance(false).evaluate(trueScores) * (1 - reliability) / reliability);
        double[] observed = new double[trueScores.length];
        for (int i = 0; i < observed.length; i++) {
            observed[i] = trueScores[i] + sd * rng.nextGaussian();
        }
        return observed;
    }
}
