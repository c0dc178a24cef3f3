// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.internal;

import io.orgsim.core.AnalysisWindows;
import io.orgsim.core.Metric;
import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.ShockResilience;
import java.util.ArrayList;
import java.util.List;

/** Turns recorded series into per-run summaries and per-shock resilience figures. */
public final class RunAnalysis {

    /** Weeks before a shock whose mean output is its baseline. */
    public static final int BASELINE_WEEKS = AnalysisWindows.BASELINE_WEEKS;
    /** Weeks in the trailing mean that must be back at {@link #RECOVERY_LEVEL} of baseline. */
    public static final int RECOVERY_SMOOTHING = 4;
    public static final double RECOVERY_LEVEL = 0.95;
    public static final int EARLY_WEEKS = AnalysisWindows.EARLY_WEEKS;
    public static final int LATE_WEEKS = AnalysisWindows.LATE_WEEKS;

    private RunAnalysis() {
    }

    /**
     * Resilience of each shock: baseline, depth, recovery time and area lost, each measured
     * up to the next shock or the end of the run.
     *
     * @param output weekly output
     * @param length weeks recorded
     * @param shockWeeks the weeks shocks hit, ascending
     * @param shockNames their names
     * @return one entry per shock
     */
    public static List<ShockResilience> resilience(double[] output, int length, int[] shockWeeks, String[] shockNames) {
        List<ShockResilience> result = new ArrayList<>();
        for (int s = 0; s < shockWeeks.length; s++) {
            int week = shockWeeks[s];
            int end = length;
            for (int later = s + 1; later < shockWeeks.length; later++) {
                if (shockWeeks[later] > week) {
                    end = Math.min(end, shockWeeks[later]);
                    break;
                }
            }
            double baseline = week == 0 ? output[0] : mean(output, Math.max(0, week - BASELINE_WEEKS), week);
            if (!(baseline > 0) || week >= length) {
                result.add(new ShockResilience(shockNames[s], week, Math.max(0, baseline), 0, 0, 0, true));
                continue;
            }
            double lowest = Double.POSITIVE_INFINITY;
            int recoveredAt = -1;
            double window = 0;
            for (int t = week; t < end; t++) {
                lowest = Math.min(lowest, output[t]);
                window += output[t];
                if (t - week >= RECOVERY_SMOOTHING) {
                    window -= output[t - RECOVERY_SMOOTHING];
                }
                int inWindow = Math.min(RECOVERY_SMOOTHING, t - week + 1);
                if (window / inWindow >= RECOVERY_LEVEL * baseline) {
                    recoveredAt = t;
                    break;
                }
            }
            int last = recoveredAt >= 0 ? recoveredAt : end - 1;
            double area = 0;
            for (int t = week; t <= last; t++) {
                area += Math.max(0, 1 - output[t] / baseline);
            }
            double depth = Math.max(0, 1 - lowest / baseline);
            int weeks = recoveredAt >= 0 ? recoveredAt - week : end - week;
            result.add(new ShockResilience(shockNames[s], week, baseline, depth, weeks, area, recoveredAt >= 0));
        }
        return result;
    }

    /**
     * The steady window: from warm-up to the first shock, or to the end when there is none;
     * the whole run when that leaves fewer than two weeks.
     *
     * @return {from, to} with to exclusive
     */
    public static int[] steadyWindow(ScenarioSpec spec, int length, int[] shockWeeks) {
        int from = (int) spec.get(Param.WARMUP);
        int to = length;
        for (int w : shockWeeks) {
            if (w > from) {
                to = Math.min(to, w);
                break;
            }
        }
        if (to - from < 2) {
            return new int[] {0, length};
        }
        return new int[] {from, to};
    }

    public static double mean(double[] x, int from, int to) {
        if (to <= from) {
            return 0;
        }
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += x[i];
        }
        return sum / (to - from);
    }

    public static double sum(double[] x, int length) {
        double s = 0;
        for (int i = 0; i < length; i++) {
            s += x[i];
        }
        return s;
    }

    /**
     * Coefficient of variation of the week-to-week fluctuation: the standard deviation of
     * first differences over sqrt(2), divided by the mean. For white noise around a level this
     * equals the plain coefficient of variation; unlike it, a slow trend (skills and
     * innovation building up) does not count as variation.
     *
     * @return the fluctuation CV, 0 when the mean is 0 or the window is shorter than 3 weeks
     */
    public static double fluctuationCv(double[] x, int from, int to) {
        double m = mean(x, from, to);
        if (m <= 0 || to - from < 3) {
            return 0;
        }
        double sum = 0;
        for (int i = from + 1; i < to; i++) {
            sum += x[i] - x[i - 1];
        }
        double meanDiff = sum / (to - from - 1);
        double ss = 0;
        for (int i = from + 1; i < to; i++) {
            double d = x[i] - x[i - 1] - meanDiff;
            ss += d * d;
        }
        return Math.sqrt(ss / (to - from - 2) / 2) / m;
    }
}
