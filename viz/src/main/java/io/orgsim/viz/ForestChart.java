// SPDX-License-Identifier: Apache-2.0
package io.orgsim.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * A forest plot: one row per label, a dot at each estimate with its interval as a horizontal
 * whisker, a line at zero and, optionally, a shaded band of what counts as good enough. Used
 * for a calibration's targets (in tolerances from the target) and an ablation's effect sizes.
 */
final class ForestChart {

    /** Height of one row, in pixels. */
    static final int ROW = 56;

    /** One estimate: the row it belongs to, its value and interval (non-finite ones are not drawn). */
    record Point(int row, double value, double low, double high) {
    }

    /** A set of points drawn in one colour, named in the legend. */
    record Series(String name, Color color, List<Point> points) {
    }

    private ForestChart() {
    }

    /** @return the height that gives every row room */
    static int height(int rows) {
        return 230 + ROW * rows;
    }

    /**
     * @param title the chart's title
     * @param subtitle one line on how to read it
     * @param axisLabel the label of the value axis
     * @param rows the rows' labels, top first
     * @param series the estimates
     * @param band the shaded range of good values, or null
     * @param dodge whether the series share rows (then each is shifted a little so they do not overlap)
     * @return the chart; its dataset is an {@link XYIntervalSeriesCollection}, x the plotted values
     */
    static JFreeChart chart(String title, String subtitle, String axisLabel, List<String> rows, List<Series> series,
                            double[] band, boolean dodge) {
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawYError(false);
        renderer.setErrorStroke(new BasicStroke(3f));
        renderer.setDefaultLinesVisible(false);
        double shift = dodge && series.size() > 1 ? 0.3 / (series.size() - 1) : 0;
        for (int s = 0; s < series.size(); s++) {
            Series one = series.get(s);
            XYIntervalSeries xy = new XYIntervalSeries(one.name(), false, true);
            for (Point p : one.points()) {
                if (Double.isFinite(p.value()) && Double.isFinite(p.low()) && Double.isFinite(p.high())) {
                    double y = p.row() + (s - (series.size() - 1) / 2.0) * shift;
                    xy.add(p.value(), p.low(), p.high(), y, y, y);
                }
            }
            data.addSeries(xy);
            renderer.setSeriesPaint(s, one.color());
            renderer.setSeriesShape(s, new Ellipse2D.Double(-7, -7, 14, 14));
            renderer.setSeriesShapesVisible(s, true);
        }
        renderer.setErrorPaint(null); // whiskers in each series' colour
        NumberAxis x = Charts.valueAxis(axisLabel);
        SymbolAxis y = new SymbolAxis(null, rows.toArray(String[]::new));
        y.setTickLabelFont(Charts.TICKS);
        y.setInverted(true);
        y.setGridBandsVisible(false);
        y.setRange(-0.6, rows.size() - 0.4);
        XYPlot plot = Charts.plot(data, x, y, renderer);
        plot.setDomainZeroBaselineVisible(false);
        plot.addDomainMarker(new ValueMarker(0, new Color(0x222222), new BasicStroke(1.5f)));
        if (band != null) {
            IntervalMarker good = new IntervalMarker(band[0], band[1], new Color(0x009E73), new BasicStroke(0f),
                    null, null, 0.12f);
            plot.addDomainMarker(good, org.jfree.chart.ui.Layer.BACKGROUND);
        }
        double lo = band == null ? 0 : Math.min(0, band[0]);
        double hi = band == null ? 0 : Math.max(0, band[1]);
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                lo = Math.min(lo, data.getStartXValue(s, i));
                hi = Math.max(hi, data.getEndXValue(s, i));
            }
        }
        double pad = Math.max(1e-9, 0.06 * (hi - lo));
        x.setRange(lo - pad, hi + pad);
        return Charts.chart(title, subtitle, plot, series.size() > 1);
    }
}
