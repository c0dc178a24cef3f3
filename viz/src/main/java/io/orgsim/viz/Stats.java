// SPDX-License-Identifier: Apache-2.0
package io.orgsim.viz;

import io.orgsim.core.experiment.Estimate;
import io.orgsim.core.experiment.Statistics;
import java.util.Arrays;

/**
 * Means and Student-t 95% confidence intervals over replications, computed by the experiment
 * layer's {@link Statistics#describe} so that charts, tables and summary files agree.
 */
public final class Stats {

    /** The confidence level of every interval and band in viz. */
    public static final double LEVEL = Statistics.DEFAULT_LEVEL;

    /** {@link #LEVEL} as text for labels. */
    public static final String LEVEL_TEXT = Statistics.DEFAULT_LEVEL_TEXT;

    private Stats() {
    }

    /**
     * @param values one value per replication, at least one
     * @return their mean with a 95% confidence interval (of zero width for one replication)
     */
    public static Estimate estimate(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("at least one replication is needed");
        }
        Estimate e = Statistics.describe(values, LEVEL);
        if (e.n() < 2) { // drawn as the value itself: no interval from one replication
            return new Estimate(e.n(), e.mean(), e.sd(), e.mean(), e.mean());
        }
        return e;
    }

    /**
     * The per-step mean and 95% band of replications.
     *
     * @param runs one row per replication, all of the same length, at least one row
     * @return the band
     */
    public static Band band(double[][] runs) {
        return perStep(runs, (column, step, mid, lower, upper) -> {
            Estimate e = estimate(column);
            mid[step] = e.mean();
            lower[step] = e.ciLow();
            upper[step] = e.ciHigh();
        });
    }

    /**
     * The per-step median and 10th and 90th percentiles of replications: where single runs lie.
     *
     * @param runs one row per replication, all of the same length, at least one row
     * @return the band (mean: the median; lower and upper: the 10th and 90th percentiles)
     */
    public static Band spread(double[][] runs) {
        return perStep(runs, (column, step, mid, lower, upper) -> {
            Arrays.sort(column);
            mid[step] = quantile(column, 0.5);
            lower[step] = quantile(column, 0.1);
            upper[step] = quantile(column, 0.9);
        });
    }

    /** What a band makes of one step's values over the replications (a scratch it may reorder). */
    private interface StepSummary {
        void fill(double[] column, int step, double[] mid, double[] lower, double[] upper);
    }

    /** A band over the steps of replications of equal length, one {@link StepSummary} per step. */
    private static Band perStep(double[][] runs, StepSummary summary) {
        int n = runs.length;
        if (n == 0) {
            throw new IllegalArgumentException("at least one replication is needed");
        }
        int length = runs[0].length;
        for (int r = 1; r < n; r++) {
            if (runs[r].length != length) {
                throw new IllegalArgumentException("replication " + r + " has " + runs[r].length
                        + " steps, replication 0 has " + length);
            }
        }
        double[] mid = new double[length];
        double[] lower = new double[length];
        double[] upper = new double[length];
        double[] column = new double[n];
        for (int step = 0; step < length; step++) {
            for (int r = 0; r < n; r++) {
                column[r] = runs[r][step];
            }
            summary.fill(column, step, mid, lower, upper);
        }
        return new Band(mid, lower, upper, n);
    }

    /** Linear interpolation between order statistics (R's type 7). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
