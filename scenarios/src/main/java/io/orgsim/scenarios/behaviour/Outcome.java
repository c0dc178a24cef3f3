// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.behaviour;

import io.orgsim.core.AnalysisWindows;
import io.orgsim.core.Metric;
import io.orgsim.core.RunResult;
import io.orgsim.core.Summaries;
import java.util.Arrays;

/**
 * What the catalog keeps of one run: its summaries, and the share of output it kept through
 * its first shock.
 *
 * @param summaries the run's summaries
 * @param retained mean weekly output in the year after the first shock over the mean in the
 *                 year before it (shorter windows when the horizon is short); NaN without a shock
 */
public record Outcome(Summaries summaries, double retained) {

    /** Weeks in each window of the retained share: one year. */
    static final int WINDOW = AnalysisWindows.YEAR;

    /**
     * @param result a whole run
     * @return what the catalog needs of it
     */
    static Outcome of(RunResult result) {
        return new Outcome(result.summaries(), retained(result));
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
