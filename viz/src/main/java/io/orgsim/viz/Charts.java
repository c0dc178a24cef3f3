// SPDX-License-Identifier: Apache-2.0
package io.orgsim.viz;

import io.orgsim.core.AnalysisWindows;
import io.orgsim.core.Metric;
import io.orgsim.core.Summary;
import io.orgsim.core.experiment.Estimate;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYPolygonAnnotation;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalDataItem;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The charts of orgsim, each drawn from replications of real runs. Every chart is built
 * without a display; its datasets hold exactly the plotted numbers (scaled as in
 * {@link Labels}), so tests can check them against the runs. Large fonts and thick lines for
 * projectors; colours from a {@link Palette}.
 */
public final class Charts {

    /** Default export width in pixels. */
    public static final int WIDTH = 1280;
    /** Default export height in pixels. */
    public static final int HEIGHT = 720;
    /** Weeks before a shock shown on the resilience chart (and averaged for the baseline). */
    public static final int BEFORE_SHOCK = AnalysisWindows.BASELINE_WEEKS;
    /** Weeks from a shock on shown on the resilience chart. */
    public static final int AFTER_SHOCK = 78;

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 28);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 19);
    static final Font AXIS = new Font(Font.SANS_SERIF, Font.PLAIN, 21);
    static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 18);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 20);
    static final Font NOTE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    private static final BasicStroke LINE = new BasicStroke(3.5f);
    private static final BasicStroke MARKER = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {10f, 6f}, 0f);
    private static final Color GRID = new Color(0xDDDDDD);
    private static final Color INK = new Color(0x222222);

    private Charts() {
    }

    /**
     * A metric over time, one line per scenario: the mean over replications with its 95% band,
     * and a dashed marker at every shock.
     *
     * @param metric the metric
     * @param scenarios the scenarios, in legend order
     * @param palette their colours
     * @return the chart; its dataset is a {@link YIntervalSeriesCollection}, one series per scenario
     */
    public static JFreeChart timeSeries(Metric metric, List<ScenarioRuns> scenarios, Palette palette) {
        List<String> names = new ArrayList<>();
        List<Band> means = new ArrayList<>();
        List<Band> spreads = new ArrayList<>();
        Map<Integer, String> shocks = new java.util.TreeMap<>();
        for (ScenarioRuns sc : scenarios) {
            names.add(sc.name());
            means.add(sc.band(metric));
            spreads.add(sc.spread(metric));
            int[] weeks = sc.shockWeeks();
            List<String> shockNames = sc.shockNames();
            for (int k = 0; k < weeks.length; k++) {
                shocks.putIfAbsent(weeks[k], shockNames.get(k));
            }
        }
        return timeSeries(metric, names, means, spreads, shocks, palette);
    }

    /**
     * A metric over time, one line per scenario or design point: the mean with its 95%
     * confidence band (darker) and the middle 80% of the runs (lighter, 10th to 90th
     * percentile), so that both the precision of the mean and the spread of single runs show.
     *
     * @param metric the metric
     * @param names one name per line, also its colour key in the palette
     * @param means per line, the mean and 95% confidence band of the mean
     * @param spreads per line, the median and the 10th and 90th percentiles of the runs
     * @param shocks shock weeks to mark, with their names
     * @param palette the colours
     * @return the chart; dataset 0 is a {@link YIntervalSeriesCollection} of the means and their
     *     confidence bands, dataset 1 one of the runs' 10th to 90th percentiles
     */
    public static JFreeChart timeSeries(Metric metric, List<String> names, List<Band> means, List<Band> spreads,
                                        Map<Integer, String> shocks, Palette palette) {
        Labels.Axis axis = Labels.of(metric);
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        YIntervalSeriesCollection spread = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(0.45f);
        DeviationRenderer spreadRenderer = new DeviationRenderer(false, false);
        spreadRenderer.setAlpha(0.14f);
        int length = 0;
        for (int i = 0; i < names.size(); i++) {
            data.addSeries(intervalSeries(names.get(i), 0, means.get(i), axis.scale()));
            spread.addSeries(intervalSeries(names.get(i) + " (middle 80% of runs)", 0, spreads.get(i), axis.scale()));
            Color c = palette.color(names.get(i));
            renderer.setSeriesPaint(i, c);
            renderer.setSeriesFillPaint(i, c);
            renderer.setSeriesStroke(i, LINE);
            spreadRenderer.setSeriesPaint(i, c);
            spreadRenderer.setSeriesFillPaint(i, c);
            spreadRenderer.setSeriesVisibleInLegend(i, false);
            length = Math.max(length, means.get(i).length());
        }
        renderer.setLegendLine(new Line2D.Double(-20, 0, 20, 0));
        NumberAxis x = weekAxis(length);
        NumberAxis y = valueAxis(axis.label());
        y.setAutoRangeIncludesZero(metric == Metric.OUTPUT || metric.isUnitInterval());
        XYPlot plot = plot(data, x, y, renderer);
        plot.setDataset(1, spread);
        plot.setRenderer(1, spreadRenderer);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        for (Map.Entry<Integer, String> sh : shocks.entrySet()) {
            plot.addDomainMarker(shockMarker(sh.getKey(), sh.getValue() + " (week " + sh.getKey() + ")"),
                    Layer.FOREGROUND);
        }
        int n = means.isEmpty() ? 0 : means.get(0).n();
        StringBuilder hidden = new StringBuilder();
        for (int i = 1; i < data.getSeriesCount(); i++) {
            for (int j = 0; j < i; j++) {
                if (sameLine(data, i, j)) {
                    hidden.append("; ").append(data.getSeriesKey(i)).append(" lies under ").append(data.getSeriesKey(j));
                    break;
                }
            }
        }
        return chart(axis.name() + " over time", "Mean of " + n + " runs; dark band: " + Stats.LEVEL_TEXT + " confidence interval of the "
                + "mean; light band: middle 80% of the runs" + hidden, plot, true);
    }

    /**
     * Output around one shock relative to each run's pre-shock baseline (the mean of the
     * {@value #BEFORE_SHOCK} weeks before), one line per scenario; the resilience triangle
     * (output lost below baseline until recovery) is shaded, and the mean depth and recovery
     * time of each scenario are marked and given in the legend.
     *
     * @param scenarios the scenarios, each with at least {@code shock + 1} shocks
     * @param shock index of the shock in the runs' resilience lists
     * @param palette their colours
     * @return the chart; dataset 0 is an {@link XYSeriesCollection} of the mean relative
     *     output in percent against weeks since the shock, one series per scenario
     */
    public static JFreeChart resilience(List<ScenarioRuns> scenarios, int shock, Palette palette) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        List<Map.Entry<Double, XYPolygonAnnotation>> triangles = new ArrayList<>();
        List<XYShapeAnnotation> marks = new ArrayList<>();
        List<XYLineAnnotation> depthTicks = new ArrayList<>();
        String shockName = scenarios.get(0).shockNames().get(shock);
        for (int i = 0; i < scenarios.size(); i++) {
            ScenarioRuns sc = scenarios.get(i);
            int week = sc.shockWeek(shock);
            int from = Math.max(0, week - BEFORE_SHOCK);
            double[] rel = sc.relativeOutput(shock, BEFORE_SHOCK, AFTER_SHOCK).mean();
            Estimate depth = sc.resilience(shock, ScenarioRuns.ResilienceFigure.DEPTH);
            Estimate recovery = sc.resilience(shock, ScenarioRuns.ResilienceFigure.RECOVERY_WEEKS);
            String label = String.format(Locale.ROOT, "%s: depth %.0f%%, recovery %.0f weeks", sc.name(),
                    depth.mean() * 100, recovery.mean());
            XYSeries s = new XYSeries(label, false, false);
            for (int t = 0; t < rel.length; t++) {
                s.add(from + t - week, rel[t] * 100, false);
            }
            data.addSeries(s);
            Color c = palette.color(sc.name());
            renderer.setSeriesPaint(i, c);
            renderer.setSeriesStroke(i, LINE);
            // the triangle: between 100% and the mean line, from the shock to the mean recovery week
            int end = (int) Math.round(recovery.mean());
            List<Double> poly = new ArrayList<>();
            poly.add(0.0);
            poly.add(100.0);
            for (int t = 0; t <= end && week - from + t < rel.length; t++) {
                poly.add((double) t);
                poly.add(Math.min(100, rel[week - from + t] * 100));
            }
            poly.add((double) Math.min(end, rel.length - 1 - (week - from)));
            poly.add(100.0);
            // outlined, not filled: translucent fills of four scenarios overlap into one muddy colour
            triangles.add(Map.entry(recovery.mean(), new XYPolygonAnnotation(
                    poly.stream().mapToDouble(Double::doubleValue).toArray(), new BasicStroke(2.5f,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f), c, null)));
            // depth: a short tick at the mean deepest level, left of the shock line
            double bottom = (1 - depth.mean()) * 100;
            depthTicks.add(new XYLineAnnotation(-7, bottom, -1, bottom, new BasicStroke(5f), c));
            // recovery: a dot where the scenario is back at 95% on average
            marks.add(new XYShapeAnnotation(new Ellipse2D.Double(recovery.mean() - 1.2, 95 - 1.6, 2.4, 3.2),
                    new BasicStroke(2f), INK, c));
        }
        // largest triangle first, so that the smaller ones stay visible on top
        triangles.sort(Map.Entry.<Double, XYPolygonAnnotation>comparingByKey().reversed());
        for (Map.Entry<Double, XYPolygonAnnotation> t : triangles) {
            renderer.addAnnotation(t.getValue(), Layer.BACKGROUND);
        }
        for (XYShapeAnnotation m : marks) {
            renderer.addAnnotation(m, Layer.FOREGROUND);
        }
        for (XYLineAnnotation m : depthTicks) {
            renderer.addAnnotation(m, Layer.FOREGROUND);
        }
        renderer.setLegendLine(new Line2D.Double(-20, 0, 20, 0));
        NumberAxis x = valueAxis("Weeks since the " + shockName + " (0 = the week it hits)");
        x.setRange(-BEFORE_SHOCK, AFTER_SHOCK - 1);
        x.setTickUnit(new NumberTickUnit(13));
        NumberAxis y = valueAxis("Output (% of pre-shock baseline)");
        // from 0, so that the depth of a drop looks as large as it is
        double highest = 0;
        for (int i = 0; i < data.getSeriesCount(); i++) {
            highest = Math.max(highest, data.getSeries(i).getMaxY());
        }
        y.setRange(0, Math.max(110, Math.ceil(highest / 10) * 10 + 5));
        y.setTickUnit(new NumberTickUnit(10));
        XYPlot plot = plot(data, x, y, renderer);
        ValueMarker base = new ValueMarker(100, INK, new BasicStroke(2f));
        base.setLabel("baseline = mean of the " + BEFORE_SHOCK + " weeks before");
        styleMarkerLabel(base, RectangleAnchor.TOP_RIGHT, TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(base, Layer.FOREGROUND);
        ValueMarker recovered = new ValueMarker(95, INK, MARKER);
        recovered.setLabel("recovered = back at 95% (dots)");
        styleMarkerLabel(recovered, RectangleAnchor.BOTTOM_RIGHT, TextAnchor.TOP_RIGHT);
        plot.addRangeMarker(recovered, Layer.FOREGROUND);
        plot.addDomainMarker(shockMarker(0, shockName), Layer.FOREGROUND);
        double shallowest = scenarios.stream().mapToDouble(sc -> sc.resilience(shock,
                ScenarioRuns.ResilienceFigure.DEPTH).mean()).min().orElse(0);
        XYTextAnnotation depthNote = new XYTextAnnotation("mean depth", -1, (1 - shallowest) * 100 + 1.5);
        depthNote.setFont(NOTE);
        depthNote.setPaint(INK);
        depthNote.setTextAnchor(TextAnchor.BOTTOM_RIGHT);
        renderer.addAnnotation(depthNote, Layer.FOREGROUND);
        int n = scenarios.get(0).replications();
        return chart("Resilience around the " + shockName,
                "Mean of " + n + " runs; dashed outline: output lost until recovery (the resilience triangle)", plot,
                true);
    }

    /**
     * One summary figure per scenario: bars at the mean with 95% confidence error bars.
     *
     * @param summary the figure
     * @param scenarios the scenarios, in bar order
     * @param palette their colours
     * @return the chart; its dataset is a {@link DefaultStatisticalCategoryDataset} whose
     *     "standard deviation" holds the half-width of the 95% interval
     */
    public static JFreeChart comparison(Summary summary, List<ScenarioRuns> scenarios, Palette palette) {
        List<String> names = scenarios.stream().map(ScenarioRuns::name).toList();
        List<double[]> runs = scenarios.stream().map(sc -> sc.runs().stream()
                .mapToDouble(r -> r.summaries().get(summary)).toArray()).toList();
        return bars(Labels.of(summary), "Scenario", names, runs, palette);
    }

    /**
     * Each scenario against the first on the same organizations: the report's scenarios run on
     * common seeds, so run r of every scenario is one organization, and the figure is, per
     * organization, the percentage by which a scenario's summary differs from the first's.
     * Organizations differ far more than policies do (mechanism context), so this shows the
     * policies' effect that the per-scenario bars hide.
     *
     * @param summary the figure, positive for every run (for example cumulative output)
     * @param scenarios the scenarios, the reference first; their runs in replication order
     * @param palette their colours
     * @return the chart, as {@link #bars} draws it, one bar per scenario after the first
     */
    public static JFreeChart pairedComparison(Summary summary, List<ScenarioRuns> scenarios, Palette palette) {
        ScenarioRuns first = scenarios.get(0);
        double[] reference = first.runs().stream().mapToDouble(r -> r.summaries().get(summary)).toArray();
        List<String> names = new ArrayList<>();
        List<double[]> percent = new ArrayList<>();
        for (ScenarioRuns sc : scenarios.subList(1, scenarios.size())) {
            names.add(sc.name());
            percent.add(percentAgainst(reference, sc.runs().stream().mapToDouble(r -> r.summaries().get(summary)).toArray()));
        }
        Labels.Axis of = Labels.of(summary);
        Labels.Axis axis = new Labels.Axis(of.name() + " against " + first.name(),
                "% against " + first.name() + " on the same organization", 1, "%.1f");
        return bars(axis, "Scenario", names, percent, palette);
    }

    /**
     * @param reference the reference scenario's value of every run, each positive
     * @param values another scenario's values of the same runs (the same seeds, in order)
     * @return per run, the percentage by which the value differs from the reference's
     * @throws IllegalArgumentException when the runs do not pair up, or a reference value is not positive
     */
    static double[] percentAgainst(double[] reference, double[] values) {
        if (reference.length != values.length) {
            throw new IllegalArgumentException("paired runs need as many values on each side (" + reference.length
                    + " and " + values.length + ")");
        }
        double[] p = new double[values.length];
        for (int i = 0; i < p.length; i++) {
            if (!(reference[i] > 0)) {
                throw new IllegalArgumentException("a percentage needs a positive reference, run " + i + " has "
                        + reference[i]);
            }
            p[i] = 100 * (values[i] / reference[i] - 1);
        }
        return p;
    }

    /**
     * One bar per scenario or design point at the mean of its runs, with the 95% confidence
     * interval as an error bar and every run as a dot.
     *
     * @param axis how the figure is shown
     * @param category the label of the bars' axis
     * @param names the bars, in order; also their colour keys
     * @param runs per bar, the value of every run (unscaled)
     * @param palette the colours, or null for one colour (design points, which have none of their own)
     * @return the chart; dataset 0 is a {@link DefaultStatisticalCategoryDataset} whose "standard
     *     deviation" holds the half-width of the 95% interval, dataset 1 a
     *     {@link org.jfree.data.statistics.DefaultMultiValueCategoryDataset} whose row "runs" holds every run (scaled)
     */
    public static JFreeChart bars(Labels.Axis axis, String category, List<String> names, List<double[]> runs,
                                  Palette palette) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        org.jfree.data.statistics.DefaultMultiValueCategoryDataset dots =
                new org.jfree.data.statistics.DefaultMultiValueCategoryDataset();
        int n = 0;
        for (int i = 0; i < names.size(); i++) {
            Estimate e = Stats.estimate(runs.get(i));
            data.add(e.mean() * axis.scale(), e.halfWidth() * axis.scale(), "mean", names.get(i));
            List<Double> values = new ArrayList<>();
            for (double v : runs.get(i)) {
                values.add(v * axis.scale());
            }
            dots.add(List.of(), "bars", names.get(i)); // an empty first row puts the dots beside the bar's centre
            dots.add(values, "runs", names.get(i));
            n = Math.max(n, runs.get(i).length);
        }
        StatisticalBarRenderer renderer = new StatisticalBarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return palette == null ? Palette.BLUE : palette.color((String) data.getColumnKey(column));
            }

            @Override
            public Paint getItemLabelPaint(int row, int column) {
                Color c = palette == null ? Palette.BLUE : palette.color((String) data.getColumnKey(column));
                return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue() > 150 ? INK : Color.WHITE;
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setErrorIndicatorPaint(INK);
        renderer.setErrorIndicatorStroke(new BasicStroke(3f));
        renderer.setItemMargin(0);
        renderer.setMaximumBarWidth(0.18);
        renderer.setSeriesPaint(0, Color.GRAY);
        DecimalFormat numbers = new DecimalFormat(axis.decimals() == 0 ? "0" : "0." + "0".repeat(axis.decimals()));
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", numbers));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(NOTE);
        renderer.setDefaultItemLabelPaint(Color.WHITE);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.INSIDE6,
                TextAnchor.BOTTOM_CENTER));
        CategoryAxis x = new CategoryAxis(category);
        x.setLabelFont(AXIS);
        x.setTickLabelFont(LEGEND);
        x.setCategoryMargin(0.25);
        x.setMaximumCategoryLabelWidthRatio(1.6f);
        x.setMaximumCategoryLabelLines(2);
        NumberAxis y = valueAxis(axis.label());
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlineVisible(false);
        org.jfree.chart.renderer.category.ScatterRenderer scatter = new org.jfree.chart.renderer.category.ScatterRenderer();
        scatter.setSeriesPaint(1, Palette.withAlpha(INK, 170));
        scatter.setSeriesShape(1, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
        scatter.setSeriesVisibleInLegend(0, false);
        scatter.setUseOutlinePaint(false);
        scatter.setUseSeriesOffset(true);
        scatter.setItemMargin(0.0);
        plot.setDataset(1, dots);
        plot.setRenderer(1, scatter);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        return chart(axis.name() + " by " + category.toLowerCase(Locale.ROOT), "Bars: mean of " + n
                + " runs; error bars: " + Stats.LEVEL_TEXT + " confidence interval; dots: every run", plot, false);
    }

    /**
     * A summary figure over the leadership x management grid, one coloured cell per lever
     * setting with its value written in; the cells of the balance diagonal (leadership =
     * management) are outlined, and the four quadrant presets of the comparison are marked by
     * rings in their palette colours ({@link PresetMarker#quadrants}).
     *
     * @param grid the grid results
     * @param summary the figure
     * @param lowerIsBetter whether a low value is good (said in the subtitle)
     * @return the chart; its dataset is a {@link org.jfree.data.xy.XYZDataset} with one item per
     *     cell in leadership-major order (z = mean over replications, scaled)
     */
    public static JFreeChart heatmap(LeverGrid grid, Summary summary, boolean lowerIsBetter) {
        return heatmap(grid, summary, lowerIsBetter, PresetMarker.quadrants(cellSize(grid.levels())));
    }

    /**
     * As {@link #heatmap(LeverGrid, Summary, boolean)}, with other markers.
     *
     * @param grid the grid results
     * @param summary the figure
     * @param lowerIsBetter whether a low value is good (said in the subtitle)
     * @param markers scenarios to mark on the map (may be empty); they are the plot's only
     *     {@link PresetMarker} annotations
     * @return the chart
     */
    public static JFreeChart heatmap(LeverGrid grid, Summary summary, boolean lowerIsBetter,
                                     List<PresetMarker> markers) {
        Labels.Axis axis = Labels.of(summary);
        double[] levels = grid.levels();
        int k = levels.length;
        double step = cellSize(levels);
        double[][] xyz = new double[3][k * k];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                int idx = i * k + j;
                xyz[0][idx] = levels[i];
                xyz[1][idx] = levels[j];
                xyz[2][idx] = grid.cell(i, j).estimate(summary).mean() * axis.scale();
                min = Math.min(min, xyz[2][idx]);
                max = Math.max(max, xyz[2][idx]);
            }
        }
        if (!(max > min)) {
            max = min + 1;
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(summary.key(), xyz);
        Viridis scale = new Viridis(min, max);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockWidth(step);
        renderer.setBlockHeight(step);
        renderer.setPaintScale(scale);
        double lo = levels[0] - step / 2;
        double hi = levels[k - 1] + step / 2;
        NumberAxis x = new LevelAxis("Leadership lever (vision, inspiration, safety)", levels);
        NumberAxis y = new LevelAxis("Management lever (planning, process, accountability)", levels);
        for (NumberAxis a : new NumberAxis[] {x, y}) {
            a.setLabelFont(AXIS);
            a.setTickLabelFont(TICKS);
            a.setLabelPaint(INK);
            a.setTickLabelPaint(INK);
            a.setRange(lo, hi);
            a.setTickUnit(new NumberTickUnit(step));
            a.setAutoRangeIncludesZero(false);
            a.setNumberFormatOverride(new DecimalFormat("0.0#"));
        }
        XYPlot plot = plot(data, x, y, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        for (int i = 0; i < k; i++) {
            plot.addAnnotation(new XYShapeAnnotation(new Rectangle2D.Double(levels[i] - step / 2, levels[i] - step / 2,
                    step, step), new BasicStroke(4f), Color.WHITE));
        }
        // the rings under the cells' numbers, so that a ring never hides one
        for (PresetMarker m : markers) {
            plot.addAnnotation(m);
        }
        for (int idx = 0; idx < k * k; idx++) {
            XYTextAnnotation t = new XYTextAnnotation(axis.text(xyz[2][idx] / axis.scale()), xyz[0][idx], xyz[1][idx]);
            t.setFont(NOTE);
            t.setPaint(scale.isDark(xyz[2][idx]) ? Color.WHITE : Color.BLACK);
            plot.addAnnotation(t);
        }
        NumberAxis legendAxis = new NumberAxis(axis.label());
        legendAxis.setLabelFont(TICKS);
        legendAxis.setTickLabelFont(TICKS);
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        legend.setStripWidth(24);
        legend.setMargin(new RectangleInsets(10, 10, 10, 10));
        JFreeChart chart = chart(axis.name() + " over leadership x management",
                "Mean of " + grid.replications() + " runs per cell" + (lowerIsBetter ? " (lower is better)" : "")
                        + "; outlined cells: balance (leadership = management)"
                        + (markers.isEmpty() ? "" : "; rings: the compared scenarios"), plot, false);
        chart.addSubtitle(legend);
        return chart;
    }

    /**
     * A summary figure along a fixed budget (leadership + management = constant), against the
     * leadership lever, with 95% confidence bands and the best split marked.
     *
     * @param curve the sweep results
     * @param summary the figure
     * @return the chart; its dataset is a {@link YIntervalSeriesCollection} with one series
     */
    public static JFreeChart fixedBudget(BudgetCurve curve, Summary summary) {
        Labels.Axis axis = Labels.of(summary);
        YIntervalSeries s = new YIntervalSeries(axis.name(), false, false);
        int best = 0;
        for (int i = 0; i < curve.points().size(); i++) {
            LeverPoint p = curve.points().get(i);
            Estimate e = p.estimate(summary);
            s.add(new YIntervalDataItem(p.leadership(), e.mean() * axis.scale(), e.ciLow() * axis.scale(),
                    e.ciHigh() * axis.scale()), false);
            if (e.mean() > curve.points().get(best).estimate(summary).mean()) {
                best = i;
            }
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(s);
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        renderer.setAlpha(0.25f);
        renderer.setSeriesPaint(0, INK);
        renderer.setSeriesFillPaint(0, INK);
        renderer.setSeriesStroke(0, LINE);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-6, -6, 12, 12));
        String budget = new DecimalFormat("0.0#").format(curve.budget());
        NumberAxis x = valueAxis("Leadership lever (management = " + budget + " \u2212 leadership)");
        x.setAutoRangeIncludesZero(false);
        double first = curve.points().get(0).leadership();
        double last = curve.points().get(curve.points().size() - 1).leadership();
        x.setRange(first - 0.03 * (last - first), last + 0.03 * (last - first));
        x.setTickUnit(new NumberTickUnit((last - first) / (curve.points().size() - 1) >= 0.05 ? 0.1 : 0.05));
        NumberAxis y = valueAxis(axis.label());
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = plot(data, x, y, renderer);
        // not one "best" split: every split whose interval reaches the best one's is as good as
        // the runs can tell, so the marker spans them all
        int[] tied = tiedWithBest(curve, summary);
        LeverPoint lo = curve.points().get(tied[0]);
        LeverPoint hi = curve.points().get(tied[1]);
        double half = (last - first) / (curve.points().size() - 1) / 2;
        org.jfree.chart.plot.IntervalMarker bestMarker = new org.jfree.chart.plot.IntervalMarker(
                lo.leadership() - half, hi.leadership() + half, Palette.withAlpha(Palette.VERMILLION, 40));
        bestMarker.setLabel(tied[0] == tied[1]
                ? String.format(Locale.ROOT, "best split: leadership %.1f", lo.leadership())
                : String.format(Locale.ROOT, "best splits (intervals overlap): leadership %.1f to %.1f",
                        lo.leadership(), hi.leadership()));
        bestMarker.setLabelFont(NOTE);
        bestMarker.setLabelPaint(Palette.VERMILLION);
        bestMarker.setLabelAnchor(RectangleAnchor.BOTTOM);
        bestMarker.setLabelTextAnchor(TextAnchor.BOTTOM_CENTER);
        bestMarker.setLabelOffset(new RectangleInsets(6, 8, 6, 8));
        plot.addDomainMarker(bestMarker, Layer.BACKGROUND);
        return chart(axis.name() + " for a fixed budget (leadership + management = " + budget + ")",
                "Mean of " + curve.replications() + " runs per split; shaded: " + Stats.LEVEL_TEXT + " confidence band", plot, false);
    }

    /**
     * @param curve a budget curve
     * @param summary the figure (higher is better)
     * @return the first and last index of the splits whose 95% interval reaches the lower end of
     *     the best split's interval (contiguous around the best)
     */
    static int[] tiedWithBest(BudgetCurve curve, Summary summary) {
        List<LeverPoint> pts = curve.points();
        int best = 0;
        for (int i = 1; i < pts.size(); i++) {
            if (pts.get(i).estimate(summary).mean() > pts.get(best).estimate(summary).mean()) {
                best = i;
            }
        }
        double floor = pts.get(best).estimate(summary).ciLow();
        int from = best;
        while (from > 0 && pts.get(from - 1).estimate(summary).ciHigh() >= floor) {
            from--;
        }
        int to = best;
        while (to < pts.size() - 1 && pts.get(to + 1).estimate(summary).ciHigh() >= floor) {
            to++;
        }
        return new int[] {from, to};
    }

    // ---- helpers ----

    static double cellSize(double[] levels) {
        return levels.length > 1 ? levels[1] - levels[0] : 1;
    }

    private static boolean sameLine(YIntervalSeriesCollection data, int a, int b) {
        int n = Math.min(data.getItemCount(a), data.getItemCount(b));
        for (int t = 0; t < n; t++) {
            double ya = data.getYValue(a, t);
            double yb = data.getYValue(b, t);
            if (Math.abs(ya - yb) > 1e-9 * Math.max(1, Math.abs(ya))) {
                return false;
            }
        }
        return n > 0;
    }

    static YIntervalSeries intervalSeries(String key, double x0, Band band, double scale) {
        YIntervalSeries s = new YIntervalSeries(key, false, false);
        double[] mean = band.mean();
        double[] lower = band.lower();
        double[] upper = band.upper();
        for (int t = 0; t < mean.length; t++) {
            s.add(new YIntervalDataItem(x0 + t, mean[t] * scale, lower[t] * scale, upper[t] * scale), false);
        }
        return s;
    }

    static NumberAxis weekAxis(int length) {
        NumberAxis x = valueAxis("Week (one tick per year of 52 weeks)");
        x.setRange(0, Math.max(1, length - 1));
        x.setTickUnit(new NumberTickUnit(length > 260 ? 52 : length > 52 ? 13 : 4));
        return x;
    }

    static NumberAxis valueAxis(String label) {
        NumberAxis a = new NumberAxis(label);
        a.setLabelFont(AXIS);
        a.setTickLabelFont(TICKS);
        a.setLabelPaint(INK);
        a.setTickLabelPaint(INK);
        return a;
    }

    static ValueMarker shockMarker(double week, String label) {
        ValueMarker m = new ValueMarker(week, INK, MARKER);
        m.setLabel(label);
        styleMarkerLabel(m, RectangleAnchor.TOP_RIGHT, TextAnchor.TOP_LEFT);
        return m;
    }

    private static void styleMarkerLabel(ValueMarker m, RectangleAnchor anchor, TextAnchor text) {
        m.setLabelFont(NOTE);
        m.setLabelPaint(INK);
        m.setLabelAnchor(anchor);
        m.setLabelTextAnchor(text);
        m.setLabelOffset(new RectangleInsets(6, 8, 6, 8));
        m.setLabelBackgroundColor(new Color(255, 255, 255, 200));
    }

    static XYPlot plot(org.jfree.data.xy.XYDataset data, NumberAxis x, NumberAxis y,
                       org.jfree.chart.renderer.xy.XYItemRenderer renderer) {
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlineVisible(false);
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        return plot;
    }

    static JFreeChart chart(String title, String subtitle, org.jfree.chart.plot.Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setPaint(INK);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        TextTitle sub = new TextTitle(subtitle, SUBTITLE);
        sub.setPaint(new Color(0x444444));
        chart.addSubtitle(sub);
        LegendTitle l = chart.getLegend();
        if (l != null) {
            l.setItemFont(LEGEND);
            l.setFrame(BlockBorder.NONE);
            l.setPosition(RectangleEdge.BOTTOM);
            l.setItemLabelPadding(new RectangleInsets(4, 6, 4, 18));
        }
        return chart;
    }

    /** A lever axis with one tick at each level of the grid, so that ticks sit at the cells' centres. */
    static final class LevelAxis extends NumberAxis {
        private static final long serialVersionUID = 1L;
        private final double first;
        private final int count;

        LevelAxis(String label, double[] levels) {
            super(label);
            this.first = levels[0];
            this.count = levels.length;
        }

        @Override
        protected double calculateLowestVisibleTickValue() {
            return first;
        }

        @Override
        protected int calculateVisibleTickCount() {
            return count;
        }
    }

    /** The viridis colour map (perceptually uniform, colour-blind safe), interpolated. */
    static final class Viridis implements PaintScale {
        private static final int[] STOPS = {0x440154, 0x482878, 0x3E4A89, 0x31688E, 0x26828E, 0x1F9E89, 0x35B779,
            0x6DCD59, 0xB4DE2C, 0xFDE725};
        private final double lower;
        private final double upper;

        Viridis(double lower, double upper) {
            this.lower = lower;
            this.upper = upper;
        }

        @Override
        public double getLowerBound() {
            return lower;
        }

        @Override
        public double getUpperBound() {
            return upper;
        }

        @Override
        public Paint getPaint(double value) {
            double f = Math.max(0, Math.min(1, (value - lower) / (upper - lower)));
            double pos = f * (STOPS.length - 1);
            int i = Math.min(STOPS.length - 2, (int) Math.floor(pos));
            double w = pos - i;
            Color a = new Color(STOPS[i]);
            Color b = new Color(STOPS[i + 1]);
            return new Color((int) Math.round(a.getRed() + w * (b.getRed() - a.getRed())),
                    (int) Math.round(a.getGreen() + w * (b.getGreen() - a.getGreen())),
                    (int) Math.round(a.getBlue() + w * (b.getBlue() - a.getBlue())));
        }

        boolean isDark(double value) {
            Color c = (Color) getPaint(value);
            return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue() < 140;
        }
    }
}
