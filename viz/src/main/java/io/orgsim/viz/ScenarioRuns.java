// SPDX-License-Identifier: Apache-2.0
package io.orgsim.viz;

import io.orgsim.core.Metric;
import io.orgsim.core.RunResult;
import io.orgsim.core.ShockResilience;
import io.orgsim.core.Summary;
import io.orgsim.core.experiment.Estimate;
import java.util.List;
import java.util.Objects;

/**
 * The replications of one scenario: the replication aggregate that the charts and tables
 * draw from.
 *
 * @param name the scenario's name (also its colour key in a {@link Palette})
 * @param description one line on what the scenario represents
 * @param runs the replications, at least one, all of the same length
 */
public record ScenarioRuns(String name, String description, List<RunResult> runs) {

    /** @throws IllegalArgumentException when there are no runs or their lengths differ */
    public ScenarioRuns {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        runs = List.copyOf(runs);
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("scenario " + name + " has no runs");
        }
        int length = runs.get(0).series().length();
        for (RunResult r : runs) {
            if (r.series().length() != length) {
                throw new IllegalArgumentException("scenario " + name + ": runs differ in length");
            }
        }
    }

    /** @return the number of replications */
    public int replications() {
        return runs.size();
    }

    /** @return the number of weeks in each run */
    public int length() {
        return runs.get(0).series().length();
    }

    /** @return the seeds of the replications, in order */
    public long[] seeds() {
        return runs.stream().mapToLong(RunResult::seed).toArray();
    }

    /**
     * @param m a metric
     * @return its per-week mean and 95% band over the replications
     */
    public Band band(Metric m) {
        double[][] rows = new double[runs.size()][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = runs.get(r).series().column(m);
        }
        return Stats.band(rows);
    }

    /**
     * @param m a metric
     * @return its per-week median and 10th and 90th percentiles over the replications
     */
    public Band spread(Metric m) {
        double[][] rows = new double[runs.size()][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = runs.get(r).series().column(m);
        }
        return Stats.spread(rows);
    }

    /**
     * @param s a summary figure
     * @return its mean and 95% confidence interval over the replications
     */
    public Estimate estimate(Summary s) {
        return Stats.estimate(runs.stream().mapToDouble(r -> r.summaries().get(s)).toArray());
    }

    /** @return the weeks at which shocks hit in the first replication, in order */
    public int[] shockWeeks() {
        return runs.get(0).resilience().stream().mapToInt(ShockResilience::week).toArray();
    }

    /** @return the shock names of the first replication, in order */
    public List<String> shockNames() {
        return runs.get(0).resilience().stream().map(ShockResilience::shock).toList();
    }

    /**
     * Output relative to each run's own pre-shock baseline, around one shock.
     *
     * @param shock index of the shock in each run's resilience list
     * @param before weeks shown before the shock
     * @param after weeks shown from the shock on
     * @return the band of output / baseline at weeks shock - before .. shock + after - 1
     *     (clipped to the run)
     */
    public Band relativeOutput(int shock, int before, int after) {
        int week = runs.get(0).resilience().get(shock).week();
        int from = Math.max(0, week - before);
        int to = Math.min(length(), week + after);
        double[][] rows = new double[runs.size()][to - from];
        for (int r = 0; r < rows.length; r++) {
            RunResult run = runs.get(r);
            double baseline = run.resilience().get(shock).baseline();
            for (int t = from; t < to; t++) {
                rows[r][t - from] = run.series().get(Metric.OUTPUT, t) / baseline;
            }
        }
        return Stats.band(rows);
    }

    /**
     * @param shock index of the shock in each run's resilience list
     * @return the first replication's week of that shock
     */
    public int shockWeek(int shock) {
        return runs.get(0).resilience().get(shock).week();
    }

    /**
     * @param shock index of the shock
     * @param part which figure
     * @return its mean and 95% interval over the replications
     */
    public Estimate resilience(int shock, ResilienceFigure part) {
        return Stats.estimate(runs.stream().mapToDouble(r -> part.of(r.resilience().get(shock))).toArray());
    }

    /** The figures of a {@link ShockResilience} that charts and tables report. */
    public enum ResilienceFigure {
        /** Depth of the drop, as a share of baseline. */
        DEPTH,
        /** Weeks to recover to 95% of baseline. */
        RECOVERY_WEEKS,
        /** Area lost, in weeks of baseline output. */
        AREA_LOST,
        /** 1 when recovered within the horizon, else 0. */
        RECOVERED;

        double of(ShockResilience s) {
            return switch (this) {
                case DEPTH -> s.depth();
                case RECOVERY_WEEKS -> s.recoveryWeeks();
                case AREA_LOST -> s.areaLost();
                case RECOVERED -> s.recovered() ? 1 : 0;
            };
        }
    }
}
