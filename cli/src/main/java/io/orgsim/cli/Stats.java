// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import io.orgsim.core.Summaries;
import io.orgsim.core.Summary;
import io.orgsim.core.experiment.Estimate;
import io.orgsim.core.experiment.Statistics;
import java.util.List;

/**
 * Mean, sample standard deviation and the half-width of the 95% confidence interval of the
 * mean (Student t with n - 1 degrees of freedom) of a sample, from the experiment layer's
 * {@link Statistics#describe}, so compare, sweep and summary.csv agree.
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
        Estimate e = Statistics.describe(x, LEVEL);
        return new Stats(e.n(), e.mean(), e.sd(), e.n() < 2 ? Double.NaN : e.halfWidth());
    }

    /**
     * @param runs per scenario, the summaries of its replications
     * @return per scenario, the statistics of every {@link Summary}, indexed by its ordinal
     */
    static Stats[][] table(List<List<Summaries>> runs) {
        Stats[][] stats = new Stats[runs.size()][Summary.values().length];
        for (int i = 0; i < runs.size(); i++) {
            for (Summary s : Summary.values()) {
                stats[i][s.ordinal()] = of(runs.get(i).stream().mapToDouble(x -> x.get(s)).toArray());
            }
        }
        return stats;
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
