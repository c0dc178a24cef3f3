// SPDX-License-Identifier: Apache-2.0
package io.orgsim.viz;

import io.orgsim.core.io.AtomicFiles;
import io.orgsim.core.Metric;
import io.orgsim.core.Param;
import io.orgsim.core.RunResult;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.ScheduledShock;
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
 * sentence under each chart, the seeds and the parameters, and {@code DIR/runs.csv} with the
 * summaries of every run. Self-contained: no scripts, no fonts or styles from the network.
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
        Files.createDirectories(dir);
        Path charts = dir.resolve("charts");
        List<Figure> figures = figures(input);
        for (Figure f : figures) {
            ChartExport.both(f.chart(), charts, f.file());
        }
        AtomicFiles.writeString(dir.resolve("runs.csv"), runsCsv(input));
        Path index = dir.resolve("index.html");
        AtomicFiles.writeString(index, html(input, figures));
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
            int from = Math.max(0, mean.length - 52);
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
        return String.format(Locale.ROOT, "%s (%s) per scenario: %s is highest at %s and %s lowest at %s.",
                axis.name(), lower(summary.description()), top.name(), ci(axis, top.estimate(summary)),
                bottom.name(), ci(axis, bottom.estimate(summary)));
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
        int best = 0;
        for (int i = 1; i < pts.size(); i++) {
            if (pts.get(i).estimate(summary).mean() > pts.get(best).estimate(summary).mean()) {
                best = i;
            }
        }
        LeverPoint b = pts.get(best);
        String where = best == 0 || best == pts.size() - 1 ? "at an extreme of the budget"
                : "at an interior split, not at either extreme";
        return String.format(Locale.ROOT, "Holding leadership + management at %.1f, %s peaks %s: leadership %.2f, "
                        + "management %.2f (%s).", curve.budget(), lower(axis.name()), where, b.leadership(),
                b.management(), ci(axis, b.estimate(summary)));
    }

    private static String ci(Labels.Axis axis, Estimate e) {
        return axis.text(e.mean()) + " (95% CI " + axis.text(e.lower()) + " to " + axis.text(e.upper()) + ")";
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    // ---- HTML ----

    static String html(ReportInput input, List<Figure> figures) {
        List<ScenarioRuns> sc = input.scenarios();
        Palette palette = input.palette();
        ReportSettings set = input.settings();
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>orgsim report: leadership and management compared</title>\n<style>\n")
                .append("body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:1320px;")
                .append("margin:0 auto;padding:1em 2em;color:#222;line-height:1.45;font-size:17px}\n")
                .append("h1{font-size:2em}h2{margin-top:2em;border-bottom:2px solid #ccc}")
                .append("figure{margin:1.5em 0}img{max-width:100%;height:auto;border:1px solid #ddd}\n")
                .append("figcaption{font-size:1.05em;margin-top:.4em}figcaption a{font-size:.85em;margin-left:.5em}\n")
                .append("table{border-collapse:collapse;margin:1em 0;font-size:.95em}")
                .append("th,td{border:1px solid #ccc;padding:.3em .6em;text-align:right;vertical-align:top}")
                .append("th:first-child,td:first-child{text-align:left}thead th{background:#f2f2f2}\n")
                .append(".swatch{display:inline-block;width:.9em;height:.9em;margin-right:.4em;")
                .append("vertical-align:-.1em;border-radius:2px}.ci{color:#555;font-size:.88em}\n")
                .append("code{font-size:.92em}details{margin:1em 0}</style>\n</head>\n<body>\n");
        h.append("<h1>Leadership and management compared</h1>\n<p>This report compares ").append(sc.size())
                .append(" scenarios of the orgsim organization model, each run ").append(set.replications())
                .append(" times with different seeds. Lines and bars are means over the runs; bands and error bars ")
                .append("are 95% confidence intervals (Student t). Colours stay the same on every chart.</p>\n");
        h.append("<table><thead><tr><th>Scenario</th><th style=\"text-align:left\">What it represents</th><th>Leadership</th>")
                .append("<th>Management</th><th>Runs</th></tr></thead><tbody>\n");
        for (ScenarioRuns s : sc) {
            ScenarioSpec spec = s.runs().get(0).spec();
            h.append("<tr><td>").append(swatch(palette, s.name())).append(esc(s.name())).append("</td><td style=\"text-align:left\">")
                    .append(esc(s.description())).append("</td><td>").append(num(spec.get(Param.LEADERSHIP)))
                    .append("</td><td>").append(num(spec.get(Param.MANAGEMENT))).append("</td><td>")
                    .append(s.replications()).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");

        h.append("<h2>Key results</h2>\n<p>Mean over the runs, with the 95% confidence interval below it.</p>\n");
        h.append("<table><thead><tr><th>Figure</th>");
        for (ScenarioRuns s : sc) {
            h.append("<th>").append(swatch(palette, s.name())).append(esc(s.name())).append("</th>");
        }
        h.append("</tr></thead><tbody>\n");
        for (Summary m : COMPARED) {
            Labels.Axis axis = Labels.of(m);
            h.append("<tr><td>").append(esc(axis.label())).append("</td>");
            for (ScenarioRuns s : sc) {
                Estimate e = s.estimate(m);
                h.append("<td>").append(axis.text(e.mean())).append("<br><span class=\"ci\">")
                        .append(axis.text(e.lower())).append(" to ").append(axis.text(e.upper()))
                        .append("</span></td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n");

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
                h.append("<tr><td>").append(swatch(palette, s.name())).append(esc(s.name())).append("</td><td>")
                        .append(cell(d, 100, "%.1f")).append("</td><td>").append(cell(r, 1, "%.1f"))
                        .append("</td><td>").append(cell(a, 1, "%.2f")).append("</td><td>")
                        .append(Math.round(ok.mean() * ok.n())).append(" of ").append(ok.n())
                        .append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }

        String section = "";
        for (Figure f : figures) {
            String next = f.file().substring(0, f.file().indexOf('-'));
            if (!next.equals(section)) {
                section = next;
                h.append("<h2>").append(switch (section) {
                    case "time" -> "Over time";
                    case "resilience" -> "Around the shock";
                    case "compare" -> "Scenario comparison";
                    case "heatmap" -> "The leadership x management map";
                    default -> "Fixed budget";
                }).append("</h2>\n");
            }
            h.append("<figure><img src=\"charts/").append(f.file()).append(".png\" width=\"").append(Charts.WIDTH)
                    .append("\" height=\"").append(Charts.HEIGHT).append("\" alt=\"").append(esc(f.sentence()))
                    .append("\"><figcaption>").append(esc(f.sentence())).append(" <a href=\"charts/")
                    .append(f.file()).append(".svg\">SVG</a></figcaption></figure>\n");
        }

        h.append("<h2>Seeds and parameters</h2>\n<p>Master seed <code>").append(set.masterSeed())
                .append("</code>. The seed of run <i>r</i> of scenario <i>d</i> (both counted from 0) is derived ")
                .append("from the master seed, <i>d</i>, <i>r</i> and the number of runs per scenario by the ")
                .append("experiment layer's rule (<code>io.orgsim.core.experiment.Seeds.runSeed</code>); any run ")
                .append("can be repeated alone from its seed. ")
                .append("The grid uses master seed <code>")
                .append(set.masterSeed() + 1).append("</code> and the budget curve <code>")
                .append(set.masterSeed() + 2).append("</code>. Results do not depend on the number of threads. ")
                .append("Every run's seed and summaries are in <a href=\"runs.csv\">runs.csv</a>.</p>\n");
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
        h.append(paramTable(input));
        h.append("<p>Made by orgsim (io.orgsim.viz.ReportWriter). Open offline: no scripts, fonts or styles are ")
                .append("loaded from the network.</p>\n</body>\n</html>\n");
        return h.toString();
    }

    private static String paramTable(ReportInput input) {
        List<ScenarioSpec> specs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (ScenarioRuns s : input.scenarios()) {
            specs.add(s.runs().get(0).spec());
            names.add(s.name());
        }
        if (input.sweepBase() != null) {
            specs.add(input.sweepBase());
            names.add("grid and budget (levers vary)");
        }
        StringBuilder h = new StringBuilder("<details open><summary>Parameters of each scenario</summary>\n");
        h.append("<table><thead><tr><th>Parameter</th>");
        for (String n : names) {
            h.append("<th>").append(esc(n)).append("</th>");
        }
        h.append("<th>Meaning</th></tr></thead><tbody>\n");
        for (Param p : Param.values()) {
            h.append("<tr><td><code>").append(esc(p.key())).append("</code></td>");
            for (ScenarioSpec spec : specs) {
                h.append("<td>").append(num(spec.get(p))).append("</td>");
            }
            h.append("<td style=\"text-align:left\">").append(esc(p.description())).append("</td></tr>\n");
        }
        h.append("<tr><td>shocks</td>");
        for (ScenarioSpec spec : specs) {
            h.append("<td>");
            for (ScheduledShock s : spec.shocks()) {
                h.append(esc(s.shock().toString())).append(" at week ").append(s.week()).append("<br>");
            }
            h.append("</td>");
        }
        h.append("<td style=\"text-align:left\">shocks and when they hit</td></tr>\n</tbody></table></details>\n");
        return h.toString();
    }

    static String runsCsv(ReportInput input) {
        StringBuilder c = new StringBuilder("scenario,replication,seed");
        for (Summary s : Summary.values()) {
            c.append(',').append(s.key());
        }
        c.append('\n');
        for (ScenarioRuns s : input.scenarios()) {
            for (int r = 0; r < s.replications(); r++) {
                RunResult run = s.runs().get(r);
                c.append(s.name()).append(',').append(r).append(',').append(run.seed());
                for (Summary m : Summary.values()) {
                    c.append(',').append(run.summaries().get(m));
                }
                c.append('\n');
            }
        }
        return c.toString();
    }

    private static String cell(Estimate e, double scale, String format) {
        return String.format(Locale.ROOT, format, e.mean() * scale) + "<br><span class=\"ci\">"
                + String.format(Locale.ROOT, format, e.lower() * scale) + " to "
                + String.format(Locale.ROOT, format, e.upper() * scale) + "</span>";
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
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.4g", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
