// SPDX-License-Identifier: Apache-2.0
package io.orgsim.viz;

import io.orgsim.core.Summary;
import io.orgsim.core.experiment.Estimate;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.YIntervalDataItem;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Charts of any experiment read from its files ({@link ResultsDir}), chosen by the shape of the
 * design: a line with its interval band along one factor, a heatmap over two, and differences
 * from a reference scenario with their intervals. Datasets hold exactly the plotted numbers
 * (scaled as in {@link Labels}), so tests can check them against the files.
 */
public final class DesignCharts {

    private DesignCharts() {
    }

    /**
     * @param metric a metric key, usually a {@link Summary} key
     * @return how it is shown; a key that is no summary is shown as it is
     */
    public static Labels.Axis axis(String metric) {
        for (Summary s : Summary.values()) {
            if (s.key().equals(metric)) {
                return Labels.of(s);
            }
        }
        String name = metric.replace('_', ' ');
        return new Labels.Axis(name, name, 1, "%.4g");
    }

    /**
     * A metric along one factor: the mean at every level, with its 95% confidence band.
     *
     * @param factor the factor's key
     * @param x the factor's value at each point
     * @param y the metric's estimate at each point (unscaled)
     * @param axis how the metric is shown
     * @return the chart; its dataset is a {@link YIntervalSeriesCollection} with one series
     */
    public static JFreeChart line(String factor, double[] x, Estimate[] y, Labels.Axis axis) {
        YIntervalSeries s = new YIntervalSeries(axis.name(), true, false);
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            s.add(new YIntervalDataItem(x[i], y[i].mean() * axis.scale(), y[i].ciLow() * axis.scale(),
                    y[i].ciHigh() * axis.scale()), false);
            n = Math.max(n, y[i].n());
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(s);
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        renderer.setAlpha(0.35f);
        renderer.setSeriesPaint(0, Palette.BLUE);
        renderer.setSeriesFillPaint(0, Palette.BLUE);
        renderer.setSeriesStroke(0, new BasicStroke(3.5f));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-6, -6, 12, 12));
        NumberAxis xa = Charts.valueAxis(factor);
        xa.setAutoRangeIncludesZero(false);
        NumberAxis ya = Charts.valueAxis(axis.label());
        ya.setAutoRangeIncludesZero(false);
        XYPlot plot = Charts.plot(data, xa, ya, renderer);
        return Charts.chart(axis.name() + " along " + factor, "Mean of " + n + " runs per point; shaded: " + Stats.LEVEL_TEXT + " "
                + "confidence band of the mean", plot, false);
    }

    /**
     * A metric over two factors: one coloured cell per point, its mean written in.
     *
     * @param xKey the first factor (horizontal)
     * @param yKey the second factor (vertical)
     * @param x per point, the first factor's value
     * @param y per point, the second factor's value
     * @param z per point, the metric's estimate (unscaled)
     * @param axis how the metric is shown
     * @return the chart; its dataset is a {@link DefaultXYZDataset} whose z values are the scaled means
     */
    public static JFreeChart heatmap(String xKey, String yKey, double[] x, double[] y, Estimate[] z,
                                     Labels.Axis axis) {
        double[] zs = new double[z.length];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < z.length; i++) {
            zs[i] = z[i].mean() * axis.scale();
            lo = Math.min(lo, zs[i]);
            hi = Math.max(hi, zs[i]);
        }
        if (hi <= lo) {
            hi = lo + 1;
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(axis.name(), new double[][] {x.clone(), y.clone(), zs});
        double[] xs = java.util.Arrays.stream(x).distinct().sorted().toArray();
        double[] ys = java.util.Arrays.stream(y).distinct().sorted().toArray();
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockWidth(Charts.cellSize(xs));
        renderer.setBlockHeight(Charts.cellSize(ys));
        Charts.Viridis scale = new Charts.Viridis(lo, hi);
        renderer.setPaintScale(scale);
        NumberAxis xa = levelAxis(xKey, xs);
        NumberAxis ya = levelAxis(yKey, ys);
        double w = Charts.cellSize(xs) / 2;
        double h = Charts.cellSize(ys) / 2;
        xa.setRange(xs[0] - w, xs[xs.length - 1] + w);
        ya.setRange(ys[0] - h, ys[ys.length - 1] + h);
        XYPlot plot = Charts.plot(data, xa, ya, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        for (int i = 0; i < x.length; i++) {
            XYTextAnnotation t = new XYTextAnnotation(axis.text(z[i].mean()), x[i], y[i]);
            t.setFont(Charts.NOTE);
            t.setPaint(scale.isDark(zs[i]) ? Color.WHITE : Color.BLACK);
            t.setTextAnchor(TextAnchor.CENTER);
            plot.addAnnotation(t);
        }
        NumberAxis legendAxis = Charts.valueAxis(null);
        legendAxis.setRange(lo, hi);
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(new RectangleInsets(8, 12, 8, 4));
        legend.setStripWidth(22);
        int n = 0;
        for (Estimate e : z) {
            n = Math.max(n, e.n());
        }
        JFreeChart chart = Charts.chart(axis.name(), "Mean of " + n + " runs per cell (" + axis.label() + ")", plot,
                false);
        chart.addSubtitle(legend);
        return chart;
    }

    /** An axis with one tick at each level when the levels are evenly spaced (the cells' centres). */
    private static NumberAxis levelAxis(String label, double[] levels) {
        double step = Charts.cellSize(levels);
        boolean even = true;
        for (int i = 1; i < levels.length; i++) {
            even &= Math.abs(levels[i] - levels[i - 1] - step) < 1e-9 * Math.max(1, Math.abs(step));
        }
        NumberAxis a = even ? new Charts.LevelAxis(label, levels) : new NumberAxis(label);
        a.setLabelFont(Charts.AXIS);
        a.setTickLabelFont(Charts.TICKS);
        if (even && levels.length > 1) {
            a.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(step));
            a.setNumberFormatOverride(new java.text.DecimalFormat("0.0##"));
        }
        a.setAutoRangeIncludesZero(false);
        return a;
    }

    /**
     * Differences of one figure from a reference scenario: for every other scenario, the
     * difference of the means with its 95% interval (Welch's, or paired when the scenarios ran
     * on the same seeds); a zero line marks "no difference".
     *
     * @param axis how the figure is shown
     * @param category what the bars are, the horizontal axis's label ("Scenario", "Design point")
     * @param reference the reference scenario's name
     * @param names the other scenarios
     * @param differences per other scenario, the difference (mean) and its interval, unscaled
     * @param palette the colours
     * @param interval which interval the error bars are, for the subtitle ("Welch" or "paired ...")
     * @return the chart; its dataset is a {@link DefaultStatisticalCategoryDataset} of the scaled
     *     differences, whose "standard deviation" holds the half-width of the interval
     */
    public static JFreeChart differences(Labels.Axis axis, String category, String reference, List<String> names,
                                         List<io.orgsim.core.experiment.Estimate> differences, Palette palette,
                                         String interval) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (int i = 0; i < names.size(); i++) {
            io.orgsim.core.experiment.Estimate d = differences.get(i);
            data.add(d.mean() * axis.scale(), d.halfWidth() * axis.scale(), "difference", names.get(i));
        }
        StatisticalBarRenderer renderer = new StatisticalBarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Paint getItemPaint(int row, int column) {
                return palette.color((String) data.getColumnKey(column));
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setErrorIndicatorPaint(new Color(0x222222));
        renderer.setErrorIndicatorStroke(new BasicStroke(3f));
        renderer.setMaximumBarWidth(0.12);
        CategoryAxis x = new CategoryAxis(category);
        x.setLabelFont(Charts.AXIS);
        x.setTickLabelFont(Charts.LEGEND);
        x.setMaximumCategoryLabelLines(2);
        NumberAxis y = Charts.valueAxis(axis.label() + ", minus " + reference);
        y.setAutoRangeIncludesZero(true);
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setOutlineVisible(false);
        plot.addRangeMarker(new ValueMarker(0, new Color(0x222222), new BasicStroke(2f)), Layer.FOREGROUND);
        return Charts.chart(String.format(Locale.ROOT, "%s: difference from %s", axis.name(), reference),
                "Bars: difference of the means; error bars: " + Stats.LEVEL_TEXT + " " + interval + " confidence interval",
                plot, false);
    }
}
