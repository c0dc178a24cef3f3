// SPDX-License-Identifier: Apache-2.0
package io.orgsim.viz;

import io.orgsim.core.RunResult;
import io.orgsim.core.Summary;
import io.orgsim.core.experiment.Estimate;
import java.util.List;

/**
 * The replications at one setting of the two levers, kept as their summaries only (so that
 * large grids stay small in memory).
 *
 * @param leadership the leadership lever
 * @param management the management lever
 * @param seeds the seeds of the replications
 * @param summaries one row per replication, one column per {@link Summary} (by ordinal)
 */
public record LeverPoint(double leadership, double management, long[] seeds, double[][] summaries) {

    /** @throws IllegalArgumentException when seeds and rows disagree or there are none */
    public LeverPoint {
        if (seeds.length == 0 || seeds.length != summaries.length) {
            throw new IllegalArgumentException("one summary row per seed, at least one, expected");
        }
        seeds = seeds.clone();
        double[][] copy = new double[summaries.length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = summaries[i].clone();
        }
        summaries = copy;
    }

    /**
     * @param leadership the leadership lever
     * @param management the management lever
     * @param runs the replications at that setting
     * @return the point
     */
    public static LeverPoint of(double leadership, double management, List<RunResult> runs) {
        long[] seeds = runs.stream().mapToLong(RunResult::seed).toArray();
        double[][] rows = new double[runs.size()][Summary.values().length];
        for (int r = 0; r < rows.length; r++) {
            for (Summary s : Summary.values()) {
                rows[r][s.ordinal()] = runs.get(r).summaries().get(s);
            }
        }
        return new LeverPoint(leadership, management, seeds, rows);
    }

    /**
     * @param s a summary figure
     * @return its value in each replication
     */
    public double[] values(Summary s) {
        double[] v = new double[summaries.length];
        for (int r = 0; r < v.length; r++) {
            v[r] = summaries[r][s.ordinal()];
        }
        return v;
    }

    /**
     * @param s a summary figure
     * @return its mean and 95% interval over the replications
     */
    public Estimate estimate(Summary s) {
        return Stats.estimate(values(s));
    }

    @Override
    public long[] seeds() {
        return seeds.clone();
    }

    @Override
    public double[][] summaries() {
        double[][] copy = new double[summaries.length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = summaries[i].clone();
        }
        return copy;
    }
}
