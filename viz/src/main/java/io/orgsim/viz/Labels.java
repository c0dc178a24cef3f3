// SPDX-License-Identifier: Apache-2.0
package io.orgsim.viz;

import io.orgsim.core.AnalysisWindows;
import io.orgsim.core.Metric;
import io.orgsim.core.Summary;

/**
 * Human names, axis labels with units, and the display scale of metrics and summaries (shares
 * are shown in percent). Charts plot {@code value * scale}.
 */
public final class Labels {

    private Labels() {
    }

    /** How one quantity is shown: a short name, an axis label with its unit, and a scale. */
    public record Axis(String name, String label, double scale, String format) {

        /**
         * @param value a raw value
         * @return it scaled and formatted for tables and annotations
         */
        public String text(double value) {
            return String.format(java.util.Locale.ROOT, format, value * scale);
        }

        /** @return the number of decimals shown */
        public int decimals() {
            return Integer.parseInt(format.substring(format.indexOf('.') + 1, format.length() - 1));
        }
    }

    private static String sentence(String key) {
        String words = key.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * @param m a metric
     * @return how it is shown
     */
    public static Axis of(Metric m) {
        return switch (m) {
            case OUTPUT -> new Axis("Output", "Output per week (effective-agent units)", 1, "%.1f");
            case OUTPUT_PER_AGENT -> new Axis("Output per agent", "Output per agent per week", 1, "%.3f");
            case ENGAGEMENT -> new Axis("Engagement", "Mean engagement (0 = none, 1 = full)", 1, "%.3f");
            case ENGAGEMENT_P10 -> new Axis("Engagement, 10th percentile", "Engagement, 10th percentile (0 to 1)", 1,
                    "%.3f");
            case ENGAGEMENT_P50 -> new Axis("Median engagement", "Median engagement (0 to 1)", 1, "%.3f");
            case ENGAGEMENT_P90 -> new Axis("Engagement, 90th percentile", "Engagement, 90th percentile (0 to 1)", 1,
                    "%.3f");
            case ALIGNMENT -> new Axis("Alignment", "Alignment with the strategy (0 to 1)", 1, "%.3f");
            case COHERENCE -> new Axis("Coherence", "Effort that fits with the rest (%)", 100, "%.1f");
            case WASTE_SHARE -> new Axis("Wasted effort", "Wasted effort (% of effort)", 100, "%.1f");
            case OVERHEAD_SHARE -> new Axis("Process overhead", "Process overhead (% of working time)", 100, "%.1f");
            case FRUSTRATION -> new Axis("Frustration", "Mean frustration (0 = none, 1 = full)", 1, "%.3f");
            case IDEAS_PROPOSED -> new Axis("Ideas proposed", "Ideas proposed per week", 1, "%.1f");
            case IDEAS_IMPLEMENTED -> new Axis("Ideas implemented", "Ideas implemented per week", 1, "%.1f");
            case ERRORS -> new Axis("Errors", "Errors per week", 1, "%.1f");
            case ERRORS_REPORTED -> new Axis("Errors reported", "Errors reported per week", 1, "%.1f");
            case INCIDENTS -> new Axis("Incidents", "Incidents per week", 1, "%.2f");
            case DEPARTURES -> new Axis("Departures", "Departures per week (agents)", 1, "%.2f");
            case HIRES -> new Axis("Hires", "Hires per week (agents)", 1, "%.2f");
            case HEADCOUNT -> new Axis("Headcount", "Headcount (agents)", 1, "%.1f");
            case SKILL -> new Axis("Skill", "Mean skill (0 to 1)", 1, "%.3f");
            case INNOVATION -> new Axis("Innovation stock", "Innovation stock (productivity gain units)", 1, "%.2f");
            // metrics added to core later: named from their key, plotted as recorded
            default -> new Axis(sentence(m.key()), sentence(m.key()) + (m.isUnitInterval() ? " (0 to 1)" : ""), 1,
                    "%.3f");
        };
    }

    /**
     * @param s a summary figure
     * @return how it is shown
     */
    public static Axis of(Summary s) {
        return switch (s) {
            // as the console prints it: whole agent-weeks, not thousands
            case CUMULATIVE_OUTPUT -> new Axis("Cumulative output", "Cumulative output (effective agent-weeks)", 1,
                    "%.0f");
            case MEAN_OUTPUT -> new Axis("Steady output", "Mean weekly output before the first shock", 1, "%.1f");
            case OUTPUT_CV -> new Axis("Output volatility", "Week-to-week output variation (CV, %)", 100, "%.2f");
            case ENGAGEMENT -> new Axis("Engagement", "Mean engagement (0 to 1)", 1, "%.3f");
            case EARLY_ENGAGEMENT -> new Axis("Early engagement", "Mean engagement, first " + AnalysisWindows.EARLY_WEEKS + " weeks (0 to 1)", 1,
                    "%.3f");
            case LATE_ENGAGEMENT -> new Axis("Late engagement", "Mean engagement, last " + AnalysisWindows.LATE_WEEKS + " weeks (0 to 1)", 1, "%.3f");
            case FRUSTRATION -> new Axis("Frustration", "Mean frustration (0 to 1)", 1, "%.3f");
            case WASTE_SHARE -> new Axis("Wasted effort", "Wasted effort (% of effort)", 100, "%.1f");
            case OVERHEAD_SHARE -> new Axis("Process overhead", "Process overhead (% of working time)", 100, "%.1f");
            case ALIGNMENT -> new Axis("Alignment", "Mean alignment (0 to 1)", 1, "%.3f");
            case COHERENCE -> new Axis("Coherence", "Mean coherence (%)", 100, "%.1f");
            case IDEAS_PROPOSED -> new Axis("Ideas proposed", "Ideas proposed (count)", 1, "%.0f");
            case INNOVATIONS -> new Axis("Innovations", "Ideas implemented (count)", 1, "%.0f");
            case ERRORS -> new Axis("Errors", "Errors (count)", 1, "%.0f");
            case ERRORS_REPORTED -> new Axis("Errors reported", "Errors reported (count)", 1, "%.0f");
            case INCIDENTS -> new Axis("Incidents", "Incidents (count)", 1, "%.0f");
            case TURNOVER_RATE -> new Axis("Turnover", "Turnover (% of positions per year)", 100, "%.1f");
            case FINAL_HEADCOUNT -> new Axis("Final headcount", "Headcount at the end (agents)", 1, "%.0f");
            case SKILL -> new Axis("Skill", "Mean skill (0 to 1)", 1, "%.3f");
            case RESILIENCE_LOSS -> new Axis("Resilience loss", "Resilience loss (weeks of baseline output lost)", 1,
                    "%.2f");
            case RECOVERY_WEEKS -> new Axis("Recovery time", "Weeks to recover to 95% of baseline", 1, "%.1f");
            case SHOCK_DEPTH -> new Axis("Shock depth", "Depth of the drop (% of baseline)", 100, "%.1f");
            default -> new Axis(sentence(s.key()), sentence(s.key()), 1, "%.3f");
        };
    }
}
