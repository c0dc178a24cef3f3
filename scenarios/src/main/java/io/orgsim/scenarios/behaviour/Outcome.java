// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.behaviour;

import io.orgsim.core.AnalysisWindows;
import io.orgsim.core.Metric;
import io.orgsim.core.RunResult;
import io.orgsim.core.Summaries;
import java.util.Arrays;

/**
 * What the catalog keeps of one run: its summaries, the share of output it kept through its
 * first shock, and two steady-state measures of the series.
 *
 * @param summaries the run's summaries
 * @param retained mean weekly output in the year after the first shock over the mean in the
 *                 year before it (shorter windows when the horizon is short); NaN without a shock
 * @param tenureFade mean engagement of newcomers less that of veterans over the steady weeks
 *                   ({@value #STEADY_FROM} to {@value #STEADY_TO}); NaN for a shorter run
 * @param steadyLearning mean team learning stock over the steady weeks; NaN for a shorter run
 */
public record Outcome(Summaries summaries, double retained, double tenureFade, double steadyLearning) {

    /** Weeks in each window of the retained share: one year. */
    static final int WINDOW = AnalysisWindows.YEAR;
    /** First steady week: after two years, when the starting state is forgotten. */
    static final int STEADY_FROM = 104;
    /** End of the steady weeks (exclusive): before the presets' pivot at week 260. */
    static final int STEADY_TO = 260;

    /**
     * @param result a whole run
     * @return what the catalog needs of it
     */
    public static Outcome of(RunResult result) {
        return new Outcome(result.summaries(), retained(result),
                steady(result, Metric.ENGAGEMENT_NEWCOMERS) - steady(result, Metric.ENGAGEMENT_VETERANS),
                steady(result, Metric.TEAM_LEARNING));
    }

    private static double steady(RunResult result, Metric m) {
        double[] v = result.series().column(m);
        return v.length < STEADY_TO ? Double.NaN : Arrays.stream(v, STEADY_FROM, STEADY_TO).average().orElseThrow();
    }

    private static double retained(RunResult result) {
        if (result.spec().shocks().isEmpty()) {
            return Double.NaN;
        }
        double[] output = result.series().column(Metric.OUTPUT);
        int shock = result.spec().shocks().get(0).week();
        int window = Math.min(WINDOW, Math.min(shock, output.length - shock));
        if (window < 1) {
            return Double.NaN;
        }
        double before = Arrays.stream(output, shock - window, shock).average().orElseThrow();
        double after = Arrays.stream(output, shock, shock + window).average().orElseThrow();
        return after / before;
    }
}
