// SPDX-License-Identifier: Apache-2.0
package io.orgsim.viz;

import io.orgsim.core.experiment.Replications;

/**
 * How much to run for a report. The comparison's runs get seeds derived from
 * {@code masterSeed}; the grid's from {@code masterSeed + 1}; the budget curve's from
 * {@code masterSeed + 2} (see {@link Replications}).
 *
 * @param masterSeed the master seed
 * @param replications replications per scenario in the comparison
 * @param threads worker threads (results do not depend on it)
 * @param gridLevels lever levels on both axes of the heatmaps, or an empty array for no grid
 * @param gridReplications replications per grid cell
 * @param budget leadership + management on the fixed-budget curve
 * @param budgetPoints splits on the fixed-budget curve, or 0 for no curve
 * @param budgetReplications replications per split
 */
public record ReportSettings(long masterSeed, int replications, int threads, double[] gridLevels,
                             int gridReplications, double budget, int budgetPoints, int budgetReplications) {

    /** The default master seed of the report. */
    public static final long DEFAULT_MASTER_SEED = 20_260_101L;

    /** @throws IllegalArgumentException when a count is out of range */
    public ReportSettings {
        if (replications < 1 || threads < 1 || gridReplications < 1 || budgetReplications < 1 || budgetPoints < 0
                || budgetPoints == 1) {
            throw new IllegalArgumentException("replications and threads must be at least 1 and budgetPoints 0 or "
                    + "at least 2");
        }
        gridLevels = gridLevels.clone();
    }

    /**
     * The default comparison: 30 replications per quadrant, a 6 x 6 grid with 5 replications
     * per cell, and an 11-point budget curve (budget 1) with 10 replications per split.
     *
     * @return the defaults, with one thread per processor
     */
    public static ReportSettings defaults() {
        return new ReportSettings(DEFAULT_MASTER_SEED, 30, Replications.defaultThreads(),
                new double[] {0.0, 0.2, 0.4, 0.6, 0.8, 1.0}, 5, 1.0, 11, 10);
    }

    /**
     * @param seed a master seed
     * @return these settings with that master seed
     */
    public ReportSettings withMasterSeed(long seed) {
        return new ReportSettings(seed, replications, threads, gridLevels, gridReplications, budget, budgetPoints,
                budgetReplications);
    }

    /**
     * @param n replications per scenario
     * @return these settings with that many replications
     */
    public ReportSettings withReplications(int n) {
        return new ReportSettings(masterSeed, n, threads, gridLevels, gridReplications, budget, budgetPoints,
                budgetReplications);
    }

    /**
     * @param n worker threads
     * @return these settings with that many threads
     */
    public ReportSettings withThreads(int n) {
        return new ReportSettings(masterSeed, replications, n, gridLevels, gridReplications, budget, budgetPoints,
                budgetReplications);
    }

    /**
     * @param levels lever levels of the grid (empty for none)
     * @param reps replications per cell
     * @return these settings with that grid
     */
    public ReportSettings withGrid(double[] levels, int reps) {
        return new ReportSettings(masterSeed, replications, threads, levels, reps, budget, budgetPoints,
                budgetReplications);
    }

    /**
     * @param sum leadership + management
     * @param points splits (0 for none)
     * @param reps replications per split
     * @return these settings with that budget curve
     */
    public ReportSettings withBudget(double sum, int points, int reps) {
        return new ReportSettings(masterSeed, replications, threads, gridLevels, gridReplications, sum, points, reps);
    }

    @Override
    public double[] gridLevels() {
        return gridLevels.clone();
    }
}
