// SPDX-License-Identifier: Apache-2.0
package io.orgsim.viz;

import io.orgsim.core.experiment.Progress;
import io.orgsim.core.experiment.Replications;
import io.orgsim.core.Param;
import io.orgsim.core.RunResult;
import io.orgsim.core.ScenarioSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Small in-memory lever sweeps for the heatmaps and the fixed-budget curve. Each sweep is its
 * own experiment, seeded as in {@link Replications}.
 */
public final class LeverSweeps {

    private LeverSweeps() {
    }

    /**
     * The leadership x management grid.
     *
     * @param base the organization, horizon and shocks to run (its levers are replaced)
     * @param levels the lever levels, in increasing order, on both axes
     * @param replications replications per cell
     * @param masterSeed the master seed of the sweep
     * @param threads worker threads
     * @return the grid
     */
    public static LeverGrid grid(ScenarioSpec base, double[] levels, int replications, long masterSeed,
                                 int threads) {
        return grid(base, levels, replications, masterSeed, threads, Progress.NONE);
    }

    /**
     * The leadership x management grid, telling a progress display of every run.
     *
     * @param base the organization, horizon and shocks to run (its levers are replaced)
     * @param levels the lever levels, in increasing order, on both axes
     * @param replications replications per cell
     * @param masterSeed the master seed of the sweep
     * @param threads worker threads
     * @param progress told of every finished run
     * @return the grid
     */
    public static LeverGrid grid(ScenarioSpec base, double[] levels, int replications, long masterSeed,
                                 int threads, Progress progress) {
        List<ScenarioSpec> specs = new ArrayList<>();
        for (double l : levels) {
            for (double m : levels) {
                specs.add(base.toBuilder().leadership(l).management(m).build());
            }
        }
        List<List<RunResult>> results = Replications.run(specs, replications, masterSeed, threads,
                java.util.function.Function.identity(), progress);
        List<LeverPoint> cells = new ArrayList<>();
        int i = 0;
        for (double l : levels) {
            for (double m : levels) {
                cells.add(LeverPoint.of(l, m, results.get(i++)));
            }
        }
        return new LeverGrid(levels, cells, masterSeed);
    }

    /**
     * The fixed-budget curve: leadership + management = budget, leadership from as low to as
     * high as the budget and the [0, 1] ranges allow.
     *
     * @param base the organization, horizon and shocks to run (its levers are replaced)
     * @param budget leadership + management, in (0, 2]
     * @param points number of splits, at least 2
     * @param replications replications per split
     * @param masterSeed the master seed of the sweep
     * @param threads worker threads
     * @return the curve
     */
    public static BudgetCurve fixedBudget(ScenarioSpec base, double budget, int points, int replications,
                                          long masterSeed, int threads) {
        return fixedBudget(base, budget, points, replications, masterSeed, threads, Progress.NONE);
    }

    /**
     * The fixed-budget curve, telling a progress display of every run.
     *
     * @param base the organization, horizon and shocks to run (its levers are replaced)
     * @param budget leadership + management, in (0, 2]
     * @param points number of splits, at least 2
     * @param replications replications per split
     * @param masterSeed the master seed of the sweep
     * @param threads worker threads
     * @param progress told of every finished run
     * @return the curve
     */
    public static BudgetCurve fixedBudget(ScenarioSpec base, double budget, int points, int replications,
                                          long masterSeed, int threads, Progress progress) {
        if (!(budget > 0 && budget <= 2)) {
            throw new IllegalArgumentException("budget must be in (0, 2], got " + budget);
        }
        if (points < 2) {
            throw new IllegalArgumentException("points must be at least 2, got " + points);
        }
        double low = Math.max(0, budget - 1);
        double high = Math.min(1, budget);
        List<ScenarioSpec> specs = new ArrayList<>();
        double[] leadership = new double[points];
        for (int i = 0; i < points; i++) {
            double l = low + (high - low) * i / (points - 1);
            leadership[i] = Math.round(l * 1e9) / 1e9;
            double m = Math.min(1, Math.max(0, Math.round((budget - leadership[i]) * 1e9) / 1e9));
            specs.add(base.toBuilder().leadership(leadership[i]).management(m).build());
        }
        List<List<RunResult>> results = Replications.run(specs, replications, masterSeed, threads,
                java.util.function.Function.identity(), progress);
        List<LeverPoint> curve = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            ScenarioSpec s = specs.get(i);
            curve.add(LeverPoint.of(s.get(Param.LEADERSHIP), s.get(Param.MANAGEMENT),
                    results.get(i)));
        }
        return new BudgetCurve(budget, curve, masterSeed);
    }
}
