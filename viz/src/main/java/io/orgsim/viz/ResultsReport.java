// SPDX-License-Identifier: Apache-2.0
package io.orgsim.viz;

import io.orgsim.core.Metric;
import io.orgsim.core.experiment.Estimate;
import io.orgsim.core.experiment.Factor;
import io.orgsim.core.experiment.MorrisIndex;
import io.orgsim.core.experiment.SobolIndex;
import io.orgsim.core.experiment.Statistics;
import io.orgsim.core.io.AtomicFiles;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jfree.chart.JFreeChart;

/**
 * The report of any finished experiment, from its files alone ({@link ResultsDir}): charts
 * chosen from the design (one factor: a line with its band; two factors on a grid: heatmaps
 * side by side; a list of points or scenarios: bars with every run as a dot, and for a
 * comparison the differences from the first scenario with their intervals and the weeks with
 * their bands (the differences too for a sweep of common seeds, paired by replication); sensitivity: the Morris or Sobol charts with the factors' ranges), a table of
 * the results, the experiment file as run and the parameters. Other tools add tables of rows
 * from a CSV file of their own ({@link CsvTable}).
 */
public final class ResultsReport {

    /** The figures read first, when summary.csv has them. */
    static final List<String> KEY_METRICS = List.of("cumulative_output", "engagement", "resilience_loss",
            "recovery_weeks", "output_cv", "innovations");
    /** Time series are drawn for at most this many points. */
    static final int MAX_LINES = 8;
    /** Bars are drawn for at most this many points; more get a scatter against each factor. */
    static final int MAX_BARS = 30;

    private ResultsReport() {
    }

    /**
     * A table of rows from a CSV file, added to a report as it is (for example the ranking of a
     * calibration or the effects of an ablation).
     *
     * @param title the section's heading
     * @param caption one sentence on what the rows are
     * @param file the CSV file (header row first)
     */
    public record CsvTable(String title, String caption, Path file) {
    }

    /**
     * One chart of a report.
     *
     * @param group the section it is shown in
     * @param file its file name under charts/, without extension
     * @param chart the chart; its datasets hold the plotted numbers
     * @param sentence the plain sentence under it
     */
    public record Figure(String group, String file, JFreeChart chart, String sentence) {
    }

    /**
     * Writes {@code out/index.html} and its charts.
     *
     * @param results the experiment's files
     * @param out the folder of the report (created if missing)
     * @param version the orgsim version, shown on the page
     * @param date the date shown on the page
     * @param tables tables to add, in order (may be empty)
     * @return the path of index.html
     * @throws IOException when a file cannot be read or written
     */
    public static Path write(ResultsDir results, Path out, String version, String date, List<CsvTable> tables)
            throws IOException {
        Files.createDirectories(out);
        List<Figure> figures = figures(results);
        for (Figure f : figures) {
            int[] size = size(f);
            Path charts = out.resolve("charts");
            Files.createDirectories(charts);
            ChartExport.png(f.chart(), charts.resolve(f.file() + ".png"), size[0], size[1]);
            ChartExport.svg(f.chart(), charts.resolve(f.file() + ".svg"), size[0], size[1]);
        }
        Path index = out.resolve("index.html");
        AtomicFiles.writeString(index, html(results, figures, version, date, tables, out));
        return index;
    }

    /** Heatmaps sit two abreast, so they are drawn smaller (and their text relatively larger). */
    static int[] size(Figure f) {
        return f.file().startsWith("heatmap-") ? new int[] {820, 640} : new int[] {Charts.WIDTH, Charts.HEIGHT};
    }

    static List<String> keyMetrics(ResultsDir r) {
        List<String> keys = new ArrayList<>(KEY_METRICS);
        keys.retainAll(r.metrics());
        return keys.isEmpty() ? r.metrics().subList(0, Math.min(6, r.metrics().size())) : keys;
    }

    static String label(ResultsDir r, int point) {
        List<String> f = r.factors();
        List<String> v = r.points().get(point);
        if (f.equals(List.of("scenario"))) {
            return v.get(0);
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < f.size(); i++) {
            s.append(i == 0 ? "" : ", ").append(f.get(i)).append(' ').append(v.get(i));
        }
        return f.isEmpty() ? "point " + point : s.toString();
    }

    public static List<Figure> figures(ResultsDir r) throws IOException {
        List<Figure> out = new ArrayList<>();
        if (r.kind() == ResultsDir.Kind.SENSITIVITY) {
            for (Map.Entry<String, List<MorrisIndex>> e : r.morris().entrySet()) {
                MorrisIndex top = e.getValue().stream().max(Comparator.comparingDouble(MorrisIndex::muStar))
                        .orElseThrow();
                out.add(new Figure("Sensitivity", "morris-" + e.getKey(), SensitivityCharts.morris(e.getKey(),
                        e.getValue()), String.format(Locale.ROOT, "Morris screening of %s: %s moves it most "
                        + "(mu* %s over its range, sigma %s).", e.getKey(), top.key(),
                        DesignCharts.axis(e.getKey()).text(top.muStar()), DesignCharts.axis(e.getKey()).text(top.sigma()))));
            }
            for (Map.Entry<String, List<SobolIndex>> e : r.sobol().entrySet()) {
                SobolIndex top = e.getValue().stream().max(Comparator.comparingDouble(SobolIndex::total))
                        .orElseThrow();
                out.add(new Figure("Sensitivity", "sobol-" + e.getKey(), SensitivityCharts.sobol(e.getKey(),
                        e.getValue()), String.format(Locale.ROOT, "Sobol indices of %s: %s has the largest total "
                        + "effect (ST %.2f, 95%% interval %.2f to %.2f; alone S1 %.2f).", e.getKey(), top.key(),
                        top.total(), top.totalLow(), top.totalHigh(), top.first())));
            }
            return out;
        }
        int points = r.points().size();
        List<String> keys = keyMetrics(r);
        List<String> labels = new ArrayList<>();
        for (int p = 0; p < points; p++) {
            labels.add(label(r, p));
        }
        Palette palette = Palette.forScenarios(labels);
        boolean comparison = r.kind() == ResultsDir.Kind.COMPARISON;
        double[][] x = numericFactors(r);
        if (!comparison && x != null && r.factors().size() == 1 && points >= 3) {
            for (String m : keys) {
                Labels.Axis axis = DesignCharts.axis(m);
                Estimate[] y = r.summary(m);
                out.add(new Figure("Along " + r.factors().get(0), "line-" + m,
                        DesignCharts.line(r.factors().get(0), x[0], y, axis), lineSentence(r, m, x[0], y, axis)));
            }
        } else if (!comparison && x != null && r.factors().size() == 2 && isGrid(x[0], x[1])) {
            for (String m : keys) {
                Labels.Axis axis = DesignCharts.axis(m);
                Estimate[] z = r.summary(m);
                out.add(new Figure("Over " + r.factors().get(0) + " and " + r.factors().get(1), "heatmap-" + m,
                        DesignCharts.heatmap(r.factors().get(0), r.factors().get(1), x[0], x[1], z, axis),
                        extremesSentence(r, m, z, axis, "cell")));
            }
        } else if (!comparison && x != null && r.factors().size() >= 2 && points >= 3 && monotone(x[0])) {
            // a path through the factors (for example a fixed budget split): a line along the first
            String along = r.factors().get(0) + " (" + String.join(", ", r.factors().subList(1, r.factors().size()))
                    + " moving with it)";
            for (String m : keys) {
                Labels.Axis axis = DesignCharts.axis(m);
                Estimate[] y = r.summary(m);
                out.add(new Figure("Along " + r.factors().get(0), "line-" + m,
                        DesignCharts.line(along, x[0], y, axis), extremesSentence(r, m, y, axis, "point")));
            }
        } else if (points <= MAX_BARS) {
            List<String> shortLabels = new ArrayList<>();
            for (int p = 0; p < points; p++) {
                shortLabels.add(r.factors().isEmpty() ? "point " + p : String.join(" / ", r.points().get(p)));
            }
            for (String m : keys) {
                Labels.Axis axis = DesignCharts.axis(m);
                out.add(new Figure(comparison ? "Scenario comparison" : "Design points", "bars-" + m,
                        Charts.bars(axis, comparison ? "Scenario" : String.join(" / ", r.factors()),
                                comparison ? labels : shortLabels, List.of(r.runs(m)), comparison ? palette : null),
                        extremesSentence(r, m, r.summary(m), axis, comparison ? "scenario" : "point")));
            }
        } else if (x != null) {
            String m = keys.get(0);
            Labels.Axis axis = DesignCharts.axis(m);
            for (int k = 0; k < r.factors().size(); k++) {
                Integer[] order = sortedBy(x[k]);
                double[] xs = new double[points];
                Estimate[] ys = new Estimate[points];
                for (int i = 0; i < points; i++) {
                    xs[i] = x[k][order[i]];
                    ys[i] = r.summary(m)[order[i]];
                }
                out.add(new Figure("Against each factor", "scatter-" + m + "-" + k,
                        DesignCharts.line(r.factors().get(k), xs, ys, axis), axis.name()
                        + " of every design point against " + r.factors().get(k) + ", the other factors varying "
                        + "too (the band joins the points' intervals in the factor's order)."));
            }
        }
        // a comparison, or a sweep with common seeds (seeds: common) of few enough points for one chart
        if (points >= 2 && (comparison || r.paired() && points <= MAX_BARS)) {
            for (String m : keys) {
                Labels.Axis axis = DesignCharts.axis(m);
                double[][] runs = r.runs(m);
                double[][] byReplication = r.byReplication(m);
                if (runs[0].length < 2) {
                    continue;
                }
                List<Estimate> diffs = new ArrayList<>();
                for (int p = 1; p < points; p++) {
                    diffs.add(r.paired() ? pairedDifference(byReplication[p], byReplication[0])
                            : Statistics.difference(runs[p], runs[0], Stats.LEVEL));
                }
                out.add(new Figure("Differences from " + labels.get(0), "difference-" + m,
                        DesignCharts.differences(axis, comparison ? "Scenario" : "Design point", labels.get(0),
                                labels.subList(1, points), diffs, palette,
                                r.paired() ? "paired (the same seeds)" : "Welch"),
                        differenceSentence(axis, comparison ? "scenario" : "point", labels, diffs)));
            }
        }
        if (points <= MAX_LINES) {
            for (Metric m : List.of(Metric.OUTPUT, Metric.ENGAGEMENT)) {
                var series = r.series(m);
                if (series.isEmpty()) {
                    break;
                }
                List<Band> means = new ArrayList<>();
                List<Band> spreads = new ArrayList<>();
                for (double[][] runs : series.get()) {
                    means.add(Stats.band(runs));
                    spreads.add(Stats.spread(runs));
                }
                out.add(new Figure("Over time", "time-" + m.key(), Charts.timeSeries(m, labels, means, spreads,
                        shocks(r), palette), Labels.of(m).name() + " week by week for each "
                        + (comparison ? "scenario" : "design point") + ": the line is the mean, the dark band its "
                        + Stats.LEVEL_TEXT + " confidence interval and the light band the middle 80% of single runs."));
            }
        }
        return out;
    }

    private static Map<Integer, String> shocks(ResultsDir r) {
        Map<Integer, String> shocks = new TreeMap<>();
        if (!r.specs().isEmpty()) {
            // one-off shocks only: recurring and Poisson ones would draw a fence of labels
            for (io.orgsim.core.TimedShock t : r.specs().get(0).timedShocks()) {
                if (t.timing() instanceof io.orgsim.core.ShockTiming.At at) {
                    shocks.putIfAbsent(at.week(), t.shock().name());
                }
            }
        }
        return shocks;
    }

    private static Integer[] sortedBy(double[] x) {
        Integer[] order = new Integer[x.length];
        for (int i = 0; i < x.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble(i -> x[i]));
        return order;
    }

    /** @return per factor, its value at each point; null when a factor is not numeric */
    static double[][] numericFactors(ResultsDir r) {
        double[][] x = new double[r.factors().size()][r.points().size()];
        for (int p = 0; p < r.points().size(); p++) {
            for (int k = 0; k < x.length; k++) {
                try {
                    x[k][p] = Double.parseDouble(r.points().get(p).get(k));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return x;
    }

    /** @return whether the values rise (or fall) strictly from point to point */
    static boolean monotone(double[] x) {
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < x.length; i++) {
            up &= x[i] > x[i - 1];
            down &= x[i] < x[i - 1];
        }
        return up || down;
    }

    static boolean isGrid(double[] a, double[] b) {
        long na = java.util.Arrays.stream(a).distinct().count();
        long nb = java.util.Arrays.stream(b).distinct().count();
        java.util.Set<String> cells = new java.util.HashSet<>();
        for (int i = 0; i < a.length; i++) {
            cells.add(a[i] + "," + b[i]);
        }
        return na >= 2 && nb >= 2 && cells.size() == a.length && na * nb == a.length;
    }

    static String lineSentence(ResultsDir r, String m, double[] x, Estimate[] y, Labels.Axis axis) {
        int hi = 0;
        int lo = 0;
        for (int i = 1; i < y.length; i++) {
            hi = y[i].mean() > y[hi].mean() ? i : hi;
            lo = y[i].mean() < y[lo].mean() ? i : lo;
        }
        return String.format(Locale.ROOT, "%s along %s: highest at %s = %s (%s), lowest at %s = %s (%s).",
                axis.name(), r.factors().get(0), r.factors().get(0), Page.number(x[hi]), ci(axis, y[hi]),
                r.factors().get(0), Page.number(x[lo]), ci(axis, y[lo]));
    }

    static String extremesSentence(ResultsDir r, String m, Estimate[] y, Labels.Axis axis, String what) {
        int hi = 0;
        int lo = 0;
        for (int i = 1; i < y.length; i++) {
            hi = y[i].mean() > y[hi].mean() ? i : hi;
            lo = y[i].mean() < y[lo].mean() ? i : lo;
        }
        return String.format(Locale.ROOT, "%s per %s: highest at %s (%s), lowest at %s (%s).", axis.name(), what,
                label(r, hi), ci(axis, y[hi]), label(r, lo), ci(axis, y[lo]));
    }

    /**
     * The mean of a - b replication by replication (the same seeds on both sides) with its
     * Student-t interval; a replication with no value on either side (a failed run, an empty
     * cell) drops out of the pair.
     */
    private static Estimate pairedDifference(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("paired runs need as many values on each side (" + a.length + " and "
                    + b.length + ")");
        }
        return Statistics.describe(io.orgsim.core.experiment.PairedDifferences.differences(a, b), Stats.LEVEL);
    }

    static String differenceSentence(Labels.Axis axis, String what, List<String> labels, List<Estimate> diffs) {
        StringBuilder s = new StringBuilder(axis.name()).append(" of each ").append(what).append(" minus ")
                .append(labels.get(0))
                .append(": ");
        for (int i = 0; i < diffs.size(); i++) {
            Estimate d = diffs.get(i);
            boolean clear = d.ciLow() > 0 || d.ciHigh() < 0;
            s.append(i == 0 ? "" : "; ").append(labels.get(i + 1)).append(' ').append(signed(axis, d.mean()))
                    .append(" (" + Stats.LEVEL_TEXT + " CI ").append(signed(axis, d.ciLow())).append(" to ")
                    .append(signed(axis, d.ciHigh())).append(clear ? ")" : ", no clear difference)");
        }
        return s.append('.').toString();
    }

    private static String signed(Labels.Axis axis, double v) {
        String t = axis.text(v);
        return v > 0 ? "+" + t : t;
    }

    private static String ci(Labels.Axis axis, Estimate e) {
        return axis.text(e.mean()) + ", " + Stats.LEVEL_TEXT + " CI " + axis.text(e.ciLow()) + " to " + axis.text(e.ciHigh());
    }

    static String html(ResultsDir r, List<Figure> figures, String version, String date, List<CsvTable> tables,
                       Path out) throws IOException {
        String what = switch (r.kind()) {
            case SWEEP -> "Sweep";
            case SENSITIVITY -> "Sensitivity study";
            case COMPARISON -> "Comparison";
        };
        String name = r.experiment() != null ? r.experiment().name() : r.dir().toAbsolutePath().normalize()
                .getFileName().toString();
        Page page = new Page(what + ": " + name, version, date);
        int points = r.points().size();
        int runs = 0;
        for (double[] p : r.runs(r.metrics().get(0))) {
            runs += p.length;
        }
        page.section("Overview").paragraph(String.format(Locale.ROOT, "%s read from %s: %d %s, %d successful runs. "
                        + "Means are over the successful runs of each point; intervals are 95%% Student-t confidence "
                        + "intervals of the mean, as in summary.csv.%s Nothing was run to make this page.", what,
                r.dir(), points, r.kind() == ResultsDir.Kind.COMPARISON ? "scenarios" : "design points", runs,
                r.kind() == ResultsDir.Kind.SWEEP && r.paired() ? " Replication r of every point ran with the same "
                        + "seed (seeds: common), so the differences between points are paired, run by run, as in "
                        + "differences.csv." : ""));

        String group = "";
        boolean grid = false;
        for (Figure f : figures) {
            if (!f.group().equals(group)) {
                if (grid) {
                    page.html("</div>\n");
                }
                group = f.group();
                page.section(group);
                grid = f.file().startsWith("heatmap-");
                if (grid) {
                    page.html("<div style=\"display:grid;grid-template-columns:repeat(auto-fit,minmax(560px,1fr));"
                            + "gap:0 1.5em\">\n");
                }
            }
            int[] size = size(f);
            page.figure(f.file(), f.sentence(), size[0], size[1]);
        }
        if (grid) {
            page.html("</div>\n");
        }

        if (r.kind() == ResultsDir.Kind.SENSITIVITY && r.experiment() != null
                && r.experiment().sensitivity() != null) {
            List<List<String>> rows = new ArrayList<>();
            for (Factor f : r.experiment().sensitivity().factors()) {
                rows.add(List.of(f.key(), Page.number(f.min()), Page.number(f.max()), f.param().description()));
            }
            page.section("Factors and their ranges").paragraph("Each effect is per unit of the factor's range below "
                    + "(Morris) or a share of the output's variance over these ranges (Sobol).")
                    .table(List.of("factor", "from", "to", "meaning"), rows);
        }

        List<String> keys = keyMetrics(r);
        if (r.kind() != ResultsDir.Kind.SENSITIVITY || points <= 60) {
            List<String> header = new ArrayList<>(List.of("point"));
            header.addAll(r.factors());
            for (String m : keys) {
                header.add(DesignCharts.axis(m).label());
            }
            List<List<String>> rows = new ArrayList<>();
            for (int p = 0; p < Math.min(points, 200); p++) {
                List<String> row = new ArrayList<>(List.of(Integer.toString(p)));
                row.addAll(r.points().get(p));
                for (String m : keys) {
                    Labels.Axis axis = DesignCharts.axis(m);
                    Estimate e = r.summary(m)[p];
                    row.add(axis.text(e.mean()) + " (" + axis.text(e.ciLow()) + " to " + axis.text(e.ciHigh()) + ")");
                }
                rows.add(row);
            }
            page.section("Results by point").paragraph("Mean (" + Stats.LEVEL_TEXT + " confidence interval) of each key figure"
                    + (points > 200 ? "; the first 200 of " + points + " points (all are in summary.csv)" : "")
                    + ".").table(header, rows);
        }

        for (CsvTable t : tables) {
            List<List<String>> rows = new ArrayList<>();
            List<String> header;
            try (Reader in = Files.newBufferedReader(t.file(), StandardCharsets.UTF_8);
                 CSVParser p = CSVFormat.RFC4180.parse(in)) {
                List<CSVRecord> all = p.getRecords();
                if (all.isEmpty()) {
                    throw new IOException(t.file() + ": empty");
                }
                header = all.get(0).toList();
                for (CSVRecord rec : all.subList(1, all.size())) {
                    rows.add(rec.toList());
                }
            }
            page.section(t.title()).paragraph(t.caption()).table(header, rows);
        }

        page.section("Experiment and parameters");
        if (r.experimentText() != null) {
            page.file("experiment.yaml", r.experimentText());
        }
        r.scenarioFiles().forEach(page::file);
        if (!r.specs().isEmpty()) {
            page.parameters(r.specNames(), r.specs());
        }
        StringBuilder files = new StringBuilder("<p>Files: ");
        List<String> csv = r.csvFiles();
        for (int i = 0; i < csv.size(); i++) {
            files.append(i == 0 ? "" : ", ").append("<a href=\"")
                    .append(Page.esc(out.toAbsolutePath().normalize().relativize(r.dir().toAbsolutePath().normalize()
                            .resolve(csv.get(i))).toString().replace('\\', '/'))).append("\">")
                    .append(Page.esc(csv.get(i))).append("</a>");
        }
        page.html(files.append(" (layout: docs/OUTPUTS.md).</p>\n").toString());
        return page.render();
    }
}
