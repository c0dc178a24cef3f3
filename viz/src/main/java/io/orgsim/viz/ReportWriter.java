// SPDX-License-Identifier: Apache-2.0
package io.orgsim.viz;

import io.orgsim.core.AnalysisWindows;
import io.orgsim.core.experiment.Estimate;
import io.orgsim.core.io.AtomicFiles;
import io.orgsim.core.Metric;
import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.Summary;
import io.orgsim.viz.ScenarioRuns.ResilienceFigure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.JFreeChart;

/**
 * Writes an HTML report: {@code DIR/index.html} with every chart as PNG (and a link to its
 * SVG) in {@code DIR/charts/}, tables of means with 95% confidence intervals, one plain
 * sentence under each chart, the seeds and the parameters, and {@code DIR/results.csv},
 * {@code DIR/summary.csv} and {@code DIR/differences.csv} (the layout of {@link
 * ComparisonFiles}) with the summaries of every run. Self-contained: no scripts, no fonts or styles from the network.
 * Every file is written atomically.
 */
public final class ReportWriter {

    /** The metrics drawn over time. */
    public static final List<Metric> TIME_SERIES = List.of(Metric.OUTPUT, Metric.ENGAGEMENT, Metric.FRUSTRATION,
            Metric.WASTE_SHARE, Metric.OVERHEAD_SHARE, Metric.ALIGNMENT, Metric.INNOVATION);
    /** The summaries compared as bars and tabled. */
    public static final List<Summary> COMPARED = List.of(Summary.CUMULATIVE_OUTPUT, Summary.RESILIENCE_LOSS,
            Summary.RECOVERY_WEEKS, Summary.OUTPUT_CV, Summary.EARLY_ENGAGEMENT, Summary.LATE_ENGAGEMENT,
            Summary.FRUSTRATION, Summary.WASTE_SHARE, Summary.INNOVATIONS, Summary.INCIDENTS,
            Summary.TURNOVER_RATE);
    /** The summaries drawn as bars (a subset of {@link #COMPARED}). */
    public static final List<Summary> BARS = List.of(Summary.CUMULATIVE_OUTPUT, Summary.RESILIENCE_LOSS,
            Summary.RECOVERY_WEEKS, Summary.OUTPUT_CV, Summary.EARLY_ENGAGEMENT, Summary.LATE_ENGAGEMENT,
            Summary.FRUSTRATION, Summary.WASTE_SHARE, Summary.INNOVATIONS);

    private ReportWriter() {
    }

    /** One chart of the report: its file name, the chart and the sentence under it. */
    record Figure(String file, JFreeChart chart, String sentence) {
    }

    /**
     * Writes the report.
     *
     * @param dir the folder to write to (created if missing)
     * @param input what to show
     * @return the path of {@code index.html}
     * @throws IOException when a file cannot be written
     */
    public static Path write(Path dir, ReportInput input) throws IOException {
        return write(dir, input, "dev", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
    }

    /**
     * Writes the report.
     *
     * @param dir the folder to write to (created if missing)
     * @param input what to show
     * @param version the orgsim version, shown on the page
     * @param date the date shown on the page
     * @return the path of {@code index.html}
     * @throws IOException when a file cannot be written
     */
    public static Path write(Path dir, ReportInput input, String version, String date) throws IOException {
        Files.createDirectories(dir);
        Path charts = dir.resolve("charts");
        List<Figure> figures = figures(input);
        for (Figure f : figures) {
            ChartExport.both(f.chart(), charts, f.file());
        }
        List<List<ComparisonFiles.Run>> runs = input.scenarios().stream().map(sc -> sc.runs().stream()
                .map(r -> ComparisonFiles.Run.of(r, false)).toList()).toList();
        ComparisonFiles.write(dir, input.scenarios().stream().map(ScenarioRuns::name).toList(),
                input.scenarios().stream().map(sc -> sc.runs().get(0).spec()).toList(), runs, false);
        Path index = dir.resolve("index.html");
        AtomicFiles.writeString(index, html(input, figures, version, date));
        return index;
    }

    /**
     * Builds every chart of the report, with its sentence, without writing anything.
     *
     * @param input what to show
     * @return the figures, in report order
     */
    static List<Figure> figures(ReportInput input) {
        List<ScenarioRuns> sc = input.scenarios();
        Palette palette = input.palette();
        List<Figure> out = new ArrayList<>();
        for (Metric m : TIME_SERIES) {
            out.add(new Figure("time-" + m.key(), Charts.timeSeries(m, sc, palette), timeSentence(m, sc)));
        }
        int shocks = sc.stream().mapToInt(s -> s.shockWeeks().length).min().orElse(0);
        for (int k = 0; k < shocks; k++) {
            out.add(new Figure("resilience-" + k, Charts.resilience(sc, k, palette), resilienceSentence(sc, k)));
        }
        for (Summary s : BARS) {
            out.add(new Figure("compare-" + s.key(), Charts.comparison(s, sc, palette), compareSentence(s, sc)));
            if (s == Summary.CUMULATIVE_OUTPUT && sc.size() >= 2) {
                out.add(new Figure("compare-paired-" + s.key(), Charts.pairedComparison(s, sc, palette), pairedSentence(s, sc)));
            }
        }
        if (input.grid() != null) {
            out.add(new Figure("heatmap-cumulative_output",
                    Charts.heatmap(input.grid(), Summary.CUMULATIVE_OUTPUT, false),
                    heatSentence(input.grid(), Summary.CUMULATIVE_OUTPUT, false)));
            out.add(new Figure("heatmap-resilience_loss", Charts.heatmap(input.grid(), Summary.RESILIENCE_LOSS, true),
                    heatSentence(input.grid(), Summary.RESILIENCE_LOSS, true)));
        }
        if (input.budget() != null) {
            out.add(new Figure("budget-cumulative_output", Charts.fixedBudget(input.budget(), Summary.CUMULATIVE_OUTPUT),
                    budgetSentence(input.budget(), Summary.CUMULATIVE_OUTPUT)));
        }
        return out;
    }

    // ---- sentences ----

    static String timeSentence(Metric m, List<ScenarioRuns> sc) {
        Labels.Axis axis = Labels.of(m);
        java.util.Map<String, Double> last = new java.util.HashMap<>();
        for (ScenarioRuns r : sc) {
            double[] mean = r.band(m).mean();
            int from = Math.max(0, mean.length - AnalysisWindows.LATE_WEEKS);
            double sum = 0;
            for (int t = from; t < mean.length; t++) {
                sum += mean[t];
            }
            last.put(r.name(), sum / (mean.length - from));
        }
        ToDoubleFunction<ScenarioRuns> lastYear = r -> last.get(r.name());
        ScenarioRuns top = sc.stream().max(Comparator.comparingDouble(lastYear)).orElseThrow();
        ScenarioRuns bottom = sc.stream().min(Comparator.comparingDouble(lastYear)).orElseThrow();
        StringBuilder s = new StringBuilder(axis.name()).append(" week by week for each scenario");
        ScenarioRuns first = sc.get(0);
        if (first.shockWeeks().length > 0) {
            s.append(" (the dashed line marks the ").append(first.shockNames().get(0)).append(" at week ")
                    .append(first.shockWeeks()[0]).append(')');
        }
        if (sc.size() > 1) {
            s.append(": over the last year ").append(top.name()).append(" is highest (")
                    .append(axis.text(lastYear.applyAsDouble(top))).append(") and ").append(bottom.name())
                    .append(" lowest (").append(axis.text(lastYear.applyAsDouble(bottom))).append(')');
        }
        return s.append('.').toString();
    }

    static String resilienceSentence(List<ScenarioRuns> sc, int k) {
        String shock = sc.get(0).shockNames().get(k);
        ToDoubleFunction<ScenarioRuns> rec = s -> s.resilience(k, ResilienceFigure.RECOVERY_WEEKS).mean();
        ToDoubleFunction<ScenarioRuns> loss = s -> s.resilience(k, ResilienceFigure.AREA_LOST).mean();
        ScenarioRuns fast = sc.stream().min(Comparator.comparingDouble(rec)).orElseThrow();
        ScenarioRuns slow = sc.stream().max(Comparator.comparingDouble(rec)).orElseThrow();
        ScenarioRuns least = sc.stream().min(Comparator.comparingDouble(loss)).orElseThrow();
        return String.format(Locale.ROOT, "Output after the %s as a share of each run's level before it: %s "
                        + "recovers fastest (%.1f weeks on average), %s slowest (%.1f weeks), and %s loses the least "
                        + "output (%.2f weeks of its baseline).", shock, fast.name(), rec.applyAsDouble(fast),
                slow.name(), rec.applyAsDouble(slow), least.name(), loss.applyAsDouble(least));
    }

    static String compareSentence(Summary summary, List<ScenarioRuns> sc) {
        Labels.Axis axis = Labels.of(summary);
        ScenarioRuns top = sc.stream().max(Comparator.comparingDouble(s -> s.estimate(summary).mean())).orElseThrow();
        ScenarioRuns bottom = sc.stream().min(Comparator.comparingDouble(s -> s.estimate(summary).mean()))
                .orElseThrow();
        return String.format(Locale.ROOT, "%s, %s, per scenario: %s is highest at %s and %s lowest at %s.",
                axis.name(), lower(summary.description()), top.name(), ci(axis, top.estimate(summary)),
                bottom.name(), ci(axis, bottom.estimate(summary)));
    }

    static String pairedSentence(Summary summary, List<ScenarioRuns> sc) {
        ScenarioRuns first = sc.get(0);
        double[] reference = first.runs().stream().mapToDouble(r -> r.summaries().get(summary)).toArray();
        StringBuilder s = new StringBuilder(Labels.of(summary).name()).append(" of each scenario against ")
                .append(first.name()).append(" on the same organization (run r of every scenario has the same seed: ")
                .append("the same people, leads and situation), in percent: ");
        for (int k = 1; k < sc.size(); k++) {
            Estimate e = Stats.estimate(Charts.percentAgainst(reference,
                    sc.get(k).runs().stream().mapToDouble(r -> r.summaries().get(summary)).toArray()));
            s.append(k == 1 ? "" : "; ").append(sc.get(k).name()).append(String.format(Locale.ROOT,
                    " %+.1f%% (%s CI %+.1f%% to %+.1f%%)", e.mean(), Stats.LEVEL_TEXT, e.ciLow(), e.ciHigh()));
        }
        return s.append(". Organizations differ far more than these policies do, which is why the bars above "
                + "overlap.").toString();
    }

    static String heatSentence(LeverGrid grid, Summary summary, boolean lowerIsBetter) {
        Labels.Axis axis = Labels.of(summary);
        LeverPoint best = null;
        LeverPoint worst = null;
        for (LeverPoint p : grid.cells()) {
            double v = p.estimate(summary).mean() * (lowerIsBetter ? -1 : 1);
            if (best == null || v > best.estimate(summary).mean() * (lowerIsBetter ? -1 : 1)) {
                best = p;
            }
            if (worst == null || v < worst.estimate(summary).mean() * (lowerIsBetter ? -1 : 1)) {
                worst = p;
            }
        }
        return String.format(Locale.ROOT, "%s for every setting of the two levers: it is best at leadership %.1f "
                        + "and management %.1f (%s) and worst at leadership %.1f and management %.1f (%s); the "
                        + "outlined diagonal is where both levers are equal.", axis.name(), best.leadership(),
                best.management(), axis.text(best.estimate(summary).mean()), worst.leadership(), worst.management(),
                axis.text(worst.estimate(summary).mean()));
    }

    static String budgetSentence(BudgetCurve curve, Summary summary) {
        Labels.Axis axis = Labels.of(summary);
        List<LeverPoint> pts = curve.points();
        int[] tied = Charts.tiedWithBest(curve, summary);
        int best = tied[0];
        for (int i = tied[0]; i <= tied[1]; i++) {
            if (pts.get(i).estimate(summary).mean() > pts.get(best).estimate(summary).mean()) {
                best = i;
            }
        }
        LeverPoint b = pts.get(best);
        boolean interior = tied[0] > 0 && tied[1] < pts.size() - 1;
        String where = interior ? "at an interior split, not at either extreme" : "at or next to an extreme";
        String range = tied[0] == tied[1] ? String.format(Locale.ROOT, "leadership %.1f", b.leadership())
                : String.format(Locale.ROOT, "leadership %.1f to %.1f (their 95%% intervals overlap, so the runs "
                + "cannot tell these splits apart)", pts.get(tied[0]).leadership(), pts.get(tied[1]).leadership());
        return String.format(Locale.ROOT, "Holding leadership + management at %.1f, %s peaks %s: %s; the highest "
                        + "mean is %s at leadership %.1f.", curve.budget(), lower(axis.name()), where, range,
                ci(axis, b.estimate(summary)), b.leadership());
    }

    private static String ci(Labels.Axis axis, Estimate e) {
        return axis.text(e.mean()) + " (" + Stats.LEVEL_TEXT + " CI " + axis.text(e.ciLow()) + " to " + axis.text(e.ciHigh()) + ")";
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    // ---- HTML ----

    static String html(ReportInput input, List<Figure> figures) {
        return html(input, figures, "dev", java.time.LocalDate.of(1970, 1, 1).toString());
    }

    static String html(ReportInput input, List<Figure> figures, String version, String date) {
        List<ScenarioRuns> sc = input.scenarios();
        Palette palette = input.palette();
        ReportSettings set = input.settings();
        Page page = new Page("Leadership and management compared", version, date);
        StringBuilder h = new StringBuilder();
        h.append("<p>This report compares ").append(sc.size())
                .append(" scenarios of the orgsim organization model, each run ").append(set.replications())
                .append(" times with different seeds. Lines and bars are means over the runs; dark bands and error ")
                .append("bars are " + Stats.LEVEL_TEXT + " confidence intervals of the mean (Student t), light bands the middle 80% of the ")
                .append("runs, dots single runs. Colours stay the same on every chart.</p>\n");
        h.append("<table><thead><tr><th>Scenario</th><th>What it represents</th><th>Leadership</th>")
                .append("<th>Management</th><th>Runs</th></tr></thead><tbody>\n");
        for (ScenarioRuns s : sc) {
            ScenarioSpec spec = s.runs().get(0).spec();
            h.append("<tr><td>").append(swatch(palette, s.name())).append(esc(s.name())).append("</td><td>")
                    .append(esc(s.description())).append("</td><td class=\"num\">")
                    .append(num(spec.get(Param.LEADERSHIP))).append("</td><td class=\"num\">")
                    .append(num(spec.get(Param.MANAGEMENT))).append("</td><td class=\"num\">")
                    .append(s.replications()).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
        page.section("The scenarios").html(h.toString());

        h.setLength(0);
        h.append("<p>Mean over the runs, with the " + Stats.LEVEL_TEXT + " confidence interval below it; the same units as ")
                .append("<code>orgsim compare</code> prints.</p>\n");
        h.append("<div class=\"wide\"><table><thead><tr><th>Figure</th>");
        for (ScenarioRuns s : sc) {
            h.append("<th>").append(swatch(palette, s.name())).append(esc(s.name())).append("</th>");
        }
        h.append("</tr></thead><tbody>\n");
        for (Summary m : COMPARED) {
            Labels.Axis axis = Labels.of(m);
            h.append("<tr><td>").append(esc(axis.label())).append("</td>");
            for (ScenarioRuns s : sc) {
                Estimate e = s.estimate(m);
                h.append("<td class=\"num\">").append(axis.text(e.mean())).append("<br><span class=\"ci\">")
                        .append(axis.text(e.ciLow())).append(" to ").append(axis.text(e.ciHigh()))
                        .append("</span></td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table></div>\n");
        int shocks = sc.stream().mapToInt(s -> s.shockWeeks().length).min().orElse(0);
        for (int k = 0; k < shocks; k++) {
            h.append("<h3>Resilience after the ").append(esc(sc.get(0).shockNames().get(k))).append(" at week ")
                    .append(sc.get(0).shockWeek(k)).append("</h3>\n<table><thead><tr><th>Scenario</th>")
                    .append("<th>Depth of the drop (% of baseline)</th><th>Weeks to recover to 95%</th>")
                    .append("<th>Output lost (weeks of baseline)</th><th>Runs that recovered</th></tr></thead>")
                    .append("<tbody>\n");
            for (ScenarioRuns s : sc) {
                Estimate d = s.resilience(k, ResilienceFigure.DEPTH);
                Estimate r = s.resilience(k, ResilienceFigure.RECOVERY_WEEKS);
                Estimate a = s.resilience(k, ResilienceFigure.AREA_LOST);
                Estimate ok = s.resilience(k, ResilienceFigure.RECOVERED);
                h.append("<tr><td>").append(swatch(palette, s.name())).append(esc(s.name()))
                        .append("</td><td class=\"num\">").append(cell(d, 100, "%.1f"))
                        .append("</td><td class=\"num\">").append(cell(r, 1, "%.1f"))
                        .append("</td><td class=\"num\">").append(cell(a, 1, "%.2f"))
                        .append("</td><td class=\"num\">").append(Math.round(ok.mean() * ok.n())).append(" of ")
                        .append(ok.n()).append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        page.section("Key results").html(h.toString());

        String section = "";
        for (Figure f : figures) {
            String next = f.file().substring(0, f.file().indexOf('-'));
            if (!next.equals(section)) {
                section = next;
                page.section(switch (section) {
                    case "time" -> "Over time";
                    case "resilience" -> "Around the shock";
                    case "compare" -> "Scenario comparison";
                    case "heatmap" -> "The leadership x management map";
                    default -> "Fixed budget";
                });
            }
            page.figure(f.file(), f.sentence());
        }

        h.setLength(0);
        h.append("<p>Master seed <code>").append(set.masterSeed())
                .append("</code>. Run <i>r</i> of every scenario (counted from 0) has the same seed, derived ")
                .append("from the master seed and <i>r</i> by the ")
                .append("experiment layer's rule (<code>io.orgsim.core.experiment.Seeds.runSeed(master, 0, r)</code>): ")
                .append("the scenarios are compared on the same organizations (common random numbers); any run ")
                .append("can be repeated alone from its seed. ")
                .append("The grid uses master seed <code>")
                .append(set.masterSeed() + 1).append("</code> and the budget curve <code>")
                .append(set.masterSeed() + 2).append("</code>. Results do not depend on the number of threads. ")
                .append("Every run's seed and summaries are in <a href=\"results.csv\">results.csv</a>, the statistics in ")
                .append("<a href=\"summary.csv\">summary.csv</a>, each scenario minus the first, paired run by run, in ")
                .append("<a href=\"differences.csv\">differences.csv</a> (docs/OUTPUTS.md); <code>orgsim report DIR</code> ")
                .append("reads them back.</p>\n");
        for (ScenarioRuns s : sc) {
            h.append("<details><summary>Seeds of ").append(esc(s.name())).append("</summary><p><code>");
            long[] seeds = s.seeds();
            for (int i = 0; i < seeds.length; i++) {
                h.append(i == 0 ? "" : ", ").append(seeds[i]);
            }
            h.append("</code></p></details>\n");
        }
        if (input.grid() != null) {
            h.append("<p>Grid: levels ").append(levels(input.grid().levels())).append(" on both levers, ")
                    .append(input.grid().replications()).append(" runs per cell.");
            if (input.budget() != null) {
                h.append(" Budget curve: leadership + management = ").append(num(input.budget().budget()))
                        .append(", ").append(input.budget().points().size()).append(" splits, ")
                        .append(input.budget().replications()).append(" runs per split.");
            }
            h.append("</p>\n");
        }
        h.append("<p>Each scenario as a scenario file (runs again with <code>orgsim run FILE</code>): ");
        for (int i = 0; i < sc.size(); i++) {
            String file = "scenarios/" + sc.get(i).name() + ".yaml";
            h.append(i == 0 ? "" : ", ").append("<a href=\"").append(esc(file)).append("\">").append(esc(file))
                    .append("</a>");
        }
        h.append(".</p>\n");
        page.section("Seeds and parameters").html(h.toString());
        List<ScenarioSpec> specs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (ScenarioRuns s : sc) {
            specs.add(s.runs().get(0).spec());
            names.add(s.name());
        }
        if (input.sweepBase() != null) {
            specs.add(input.sweepBase());
            names.add("grid and budget (levers vary)");
        }
        page.parameters(names, specs);
        return page.render();
    }

    private static String cell(Estimate e, double scale, String format) {
        return String.format(Locale.ROOT, format, e.mean() * scale) + "<br><span class=\"ci\">"
                + String.format(Locale.ROOT, format, e.ciLow() * scale) + " to "
                + String.format(Locale.ROOT, format, e.ciHigh() * scale) + "</span>";
    }

    private static String swatch(Palette p, String name) {
        return "<span class=\"swatch\" style=\"background:" + Palette.hex(p.color(name)) + "\"></span>";
    }

    private static String levels(double[] levels) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < levels.length; i++) {
            s.append(i == 0 ? "" : ", ").append(num(levels[i]));
        }
        return s.toString();
    }

    private static String num(double v) {
        return Page.number(v);
    }

    static String esc(String s) {
        return Page.esc(s);
    }
}
