// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core;

/**
 * The figures that summarize one run. "Steady window" means the weeks from
 * {@code run.warmup} up to the first shock (or the horizon when there is none), so that
 * variation measures the organization itself, not the shock.
 *
 * @since 0.1.0
 */
public enum Summary {
    CUMULATIVE_OUTPUT("cumulative_output", "total output over the whole horizon"),
    MEAN_OUTPUT("mean_output", "mean weekly output in the steady window"),
    OUTPUT_CV("output_cv", "coefficient of variation of week-to-week output fluctuation in the steady window"),
    ENGAGEMENT("engagement", "mean engagement over the horizon"),
    EARLY_ENGAGEMENT("early_engagement", "mean engagement over the first " + AnalysisWindows.EARLY_WEEKS + " weeks"),
    LATE_ENGAGEMENT("late_engagement", "mean engagement over the last " + AnalysisWindows.LATE_WEEKS + " weeks"),
    FRUSTRATION("frustration", "mean frustration over the horizon"),
    WASTE_SHARE("waste_share", "mean share of effort wasted over the horizon"),
    OVERHEAD_SHARE("overhead_share", "mean share of time spent on overhead over the horizon"),
    ALIGNMENT("alignment", "mean alignment over the horizon"),
    COHERENCE("coherence", "mean coherence over the horizon"),
    IDEAS_PROPOSED("ideas_proposed", "ideas proposed over the horizon"),
    INNOVATIONS("innovations", "ideas implemented over the horizon (innovation count)"),
    ERRORS("errors", "errors over the horizon"),
    ERRORS_REPORTED("errors_reported", "errors reported and learned from over the horizon"),
    INCIDENTS("incidents", "incidents over the horizon"),
    TURNOVER_RATE("turnover_rate", "departures per position per year"),
    FINAL_HEADCOUNT("final_headcount", "agents present at the end"),
    SKILL("skill", "mean skill over the horizon"),
    RESILIENCE_LOSS("resilience_loss", "area lost over all shocks, in weeks of baseline output"),
    RECOVERY_WEEKS("recovery_weeks", "weeks to recover from the scenario's resilience shock (censored at the horizon)"),
    SHOCK_DEPTH("shock_depth", "depth of the drop after the scenario's resilience shock, as a share of baseline");

    private final String key;
    private final String description;

    Summary(String key, String description) {
        this.key = key;
        this.description = description;
    }

    /** @return the column name used in files */
    public String key() {
        return key;
    }

    /** @return a one-line meaning */
    public String description() {
        return description;
    }
}
