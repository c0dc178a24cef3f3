// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core;

/**
 * The quantities recorded at every step; each is one column of a run's {@link TimeSeries}.
 *
 * @since 0.1.0
 */
public enum Metric {
    OUTPUT("output", "total useful output of the week, in fully-effective-agent units", false),
    OUTPUT_PER_AGENT("output_per_agent", "output divided by headcount", false),
    ENGAGEMENT("engagement", "mean engagement of present agents", true),
    ENGAGEMENT_P10("engagement_p10", "10th percentile of engagement", true),
    ENGAGEMENT_P50("engagement_p50", "median engagement", true),
    ENGAGEMENT_P90("engagement_p90", "90th percentile of engagement", true),
    ALIGNMENT("alignment", "mean alignment of agents' directions with the strategic target", true),
    COHERENCE("coherence", "mean share of effort that fits with the rest of the work", true),
    WASTE_SHARE("waste_share", "share of effort lost to conflicting work, failed hand-offs and rework", true),
    OVERHEAD_SHARE("overhead_share", "share of working time spent on process overhead", true),
    FRUSTRATION("frustration", "mean frustration of present agents", true),
    IDEAS_PROPOSED("ideas_proposed", "ideas proposed this week", false),
    IDEAS_IMPLEMENTED("ideas_implemented", "ideas implemented this week", false),
    ERRORS("errors", "errors made this week", false),
    ERRORS_REPORTED("errors_reported", "errors reported by the agent who made them, and learned from", false),
    INCIDENTS("incidents", "errors that were neither reported nor caught and did harm", false),
    DEPARTURES("departures", "agents who quit this week", false),
    HIRES("hires", "agents hired this week", false),
    HEADCOUNT("headcount", "agents present at the end of the week", false),
    SKILL("skill", "mean skill of present agents", true),
    INNOVATION("innovation", "innovation stock: productivity gained from implemented ideas", false),
    EXHAUSTION("exhaustion", "mean exhaustion (strain not yet recovered) of present agents", true),
    CYNICISM("cynicism", "mean cynicism (lasting frustration) of present agents", true),
    CHANGE_FATIGUE("change_fatigue", "mean change fatigue of present agents", true),
    RECOGNITION("recognition", "mean recognition (contingent reward) felt by present agents", true),
    TEAM_LEARNING("team_learning", "mean learning stock of the teams", true),
    ENGAGEMENT_NEWCOMERS("engagement_newcomers", "mean engagement of agents hired in the last 26 weeks (0 when none)", true),
    ENGAGEMENT_VETERANS("engagement_veterans", "mean engagement of agents hired a year ago or more, or there from the start", true),
    TEAM_OUTPUT_SPREAD("team_output_spread", "coefficient of variation across teams of the week's output per member", false);

    private final String key;
    private final String description;
    private final boolean unitInterval;

    Metric(String key, String description, boolean unitInterval) {
        this.key = key;
        this.description = description;
        this.unitInterval = unitInterval;
    }

    /** @return the column name used in files */
    public String key() {
        return key;
    }

    /** @return a one-line meaning */
    public String description() {
        return description;
    }

    /** @return true when the metric always lies in [0, 1]; otherwise it is non-negative */
    public boolean isUnitInterval() {
        return unitInterval;
    }
}
