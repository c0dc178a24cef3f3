// SPDX-License-Identifier: Apache-2.0
package io.orgsim.viz;

import io.orgsim.core.experiment.Progress;
import io.orgsim.core.experiment.Replications;
import io.orgsim.core.RunResult;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.scenarios.Preset;
import io.orgsim.scenarios.Presets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a report shows: replications of each scenario and, optionally, a lever grid and a
 * fixed-budget curve, with the settings that made them.
 *
 * @param scenarios the compared scenarios, in display order, at least one
 * @param grid the leadership x management grid, or null
 * @param budget the fixed-budget curve, or null
 * @param sweepBase the organization, horizon and shocks of the grid and curve (its levers
 *     vary), or null when there is neither
 * @param settings how much was run, and the master seed
 */
public record ReportInput(List<ScenarioRuns> scenarios, LeverGrid grid, BudgetCurve budget,
                          ScenarioSpec sweepBase, ReportSettings settings) {

    /** @throws IllegalArgumentException when there is no scenario */
    public ReportInput {
        scenarios = List.copyOf(scenarios);
        Objects.requireNonNull(settings, "settings");
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one scenario");
        }
    }

    /**
     * The default comparison: the four quadrant presets, with the default settings.
     *
     * @return the runs
     */
    public static ReportInput defaultComparison() {
        return defaultComparison(ReportSettings.defaults());
    }

    /**
     * The four quadrant presets (300 agents, 520 weeks, a pivot at week 260), their grid and
     * budget curve on the default organization.
     *
     * @param settings how much to run
     * @return the runs
     */
    public static ReportInput defaultComparison(ReportSettings settings) {
        return run(Presets.builtIn().quadrants(), Presets.defaultOrganization(0.5, 0.5).name("grid").build(),
                settings);
    }

    /**
     * Runs scenarios and, when the settings ask for them, the grid and the budget curve.
     *
     * @param presets the scenarios; their own seeds are replaced by derived ones
     * @param sweepBase the organization, horizon and shocks of the grid and the curve
     * @param settings how much to run
     * @return the runs
     */
    public static ReportInput run(List<Preset> presets, ScenarioSpec sweepBase, ReportSettings settings) {
        return run(presets, sweepBase, settings, Progress.NONE);
    }

    /**
     * @param presets the scenarios; their own seeds are replaced by derived ones
     * @param settings how much to run
     * @return the number of runs {@link #run(List, ScenarioSpec, ReportSettings, Progress)} makes
     */
    public static long runs(List<Preset> presets, ReportSettings settings) {
        int levels = settings.gridLevels().length;
        return (long) presets.size() * settings.replications() + (long) levels * levels * settings.gridReplications()
                + (long) settings.budgetPoints() * settings.budgetReplications();
    }

    /**
     * Runs scenarios and, when the settings ask for them, the grid and the budget curve.
     *
     * @param presets the scenarios; their own seeds are replaced by derived ones
     * @param sweepBase the organization, horizon and shocks of the grid and the curve
     * @param settings how much to run
     * @param progress told of every finished run (not closed here)
     * @return the runs
     */
    public static ReportInput run(List<Preset> presets, ScenarioSpec sweepBase, ReportSettings settings,
                                  Progress progress) {
        List<ScenarioSpec> specs = presets.stream().map(Preset::spec).toList();
        // paired: replication r is the same organization in every scenario (common random numbers)
        List<List<RunResult>> results = Replications.runPaired(specs, settings.replications(), settings.masterSeed(),
                settings.threads(), java.util.function.Function.identity(), progress);
        List<ScenarioRuns> scenarios = new ArrayList<>();
        for (int i = 0; i < presets.size(); i++) {
            scenarios.add(new ScenarioRuns(presets.get(i).name(), presets.get(i).description(), results.get(i)));
        }
        LeverGrid grid = settings.gridLevels().length == 0 ? null
                : LeverSweeps.grid(sweepBase, settings.gridLevels(), settings.gridReplications(),
                        settings.masterSeed() + 1, settings.threads(), progress);
        BudgetCurve budget = settings.budgetPoints() == 0 ? null
                : LeverSweeps.fixedBudget(sweepBase, settings.budget(), settings.budgetPoints(),
                        settings.budgetReplications(), settings.masterSeed() + 2, settings.threads(), progress);
        return new ReportInput(scenarios, grid, budget, grid == null && budget == null ? null : sweepBase, settings);
    }

    /** @return the grid, if any */
    public Optional<LeverGrid> gridIfAny() {
        return Optional.ofNullable(grid);
    }

    /** @return the budget curve, if any */
    public Optional<BudgetCurve> budgetIfAny() {
        return Optional.ofNullable(budget);
    }

    /** @return the palette of the scenarios, in display order */
    public Palette palette() {
        return Palette.forScenarios(scenarios.stream().map(ScenarioRuns::name).toList());
    }
}
