// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core;

/**
 * The windows of weeks that summaries, resilience figures and reports average over, defined
 * once so that the engine, the result files, the charts and the command line agree. The
 * confidence level of every interval is {@link io.orgsim.core.experiment.Statistics#DEFAULT_LEVEL}.
 *
 * @since 0.1.0
 */
public final class AnalysisWindows {

    /** Weeks in a year: the model's calendar (turnover per year, shocks per year). */
    public static final int YEAR = 52;

    /**
     * The early window, the first half-year: engagement formed by the organization as it
     * starts, before turnover has replaced many people.
     */
    public static final int EARLY_WEEKS = 26;

    /**
     * The late window, the last year: long enough to average over a yearly planning cycle and
     * the week-to-week noise, short enough to show where the run ended.
     */
    public static final int LATE_WEEKS = YEAR;

    /**
     * Weeks before a shock whose mean output is its baseline: half a year, long enough to
     * smooth weekly noise, short enough that slow drifts before the shock do not dominate.
     */
    public static final int BASELINE_WEEKS = 26;

    private AnalysisWindows() {
    }
}
