// SPDX-License-Identifier: Apache-2.0
package io.orgsim.viz;

import io.orgsim.core.Summary;
import io.orgsim.core.experiment.MorrisIndex;
import io.orgsim.core.experiment.SensitivityStudy;
import io.orgsim.core.experiment.SobolIndex;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.IntervalCategoryDataset;

/**
 * Charts of a global sensitivity analysis, one per output: horizontal bars per factor, the
 * most influential factor on top. Morris: mu* and sigma side by side; Sobol: first- and
 * total-order indices side by side with their bootstrap intervals as whiskers. Each chart's
 * dataset is an {@link Indices} holding exactly the plotted numbers (Morris measures scaled as
 * in {@link Labels} when the output is a {@link Summary}).
 */
public final class SensitivityCharts {

    /** Row key of the Morris mean absolute effect. */
    public static final String MU_STAR = "mu* (overall influence)";
    /** Row key of the Morris standard deviation of the effects. */
    public static final String SIGMA = "sigma (non-linearity and interactions)";
    /** Row key of the Sobol first-order index. */
    public static final String FIRST = "first order S1 (the factor alone)";
    /** Row key of the Sobol total-order index. */
    public static final String TOTAL = "total order ST (with its interactions)";

    private SensitivityCharts() {
    }

    /**
     * @param output the output column (for example {@code cumulative_output})
     * @return the chart's file name, without extension
     */
    public static String fileName(String output) {
        return "sensitivity-" + output;
    }

    /**
     * Writes one chart per output of the report, as {@code dir/sensitivity-OUTPUT.png} and
     * {@code .svg}, atomically.
     *
     * @param report the study's indices
     * @param dir the folder (the study's output directory)
     * @return the PNG files written
     * @throws IOException when writing fails
     */
    public static List<Path> write(SensitivityStudy.Report report, Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Map.Entry<String, List<MorrisIndex>> e : report.morris().entrySet()) {
            ChartExport.both(morris(e.getKey(), e.getValue()), dir, fileName(e.getKey()));
            out.add(dir.resolve(fileName(e.getKey()) + ".png"));
        }
        for (Map.Entry<String, List<SobolIndex>> e : report.sobol().entrySet()) {
            ChartExport.both(sobol(e.getKey(), e.getValue()), dir, fileName(e.getKey()));
            out.add(dir.resolve(fileName(e.getKey()) + ".png"));
        }
        return out;
    }

    /**
     * Morris screening of one output: per factor, mu* (the mean absolute change of the output
     * when the factor moves over its whole range) and sigma (the spread of those changes).
     *
     * @param output the output column
     * @param indices the Morris measures of each factor
     * @return the chart; its dataset is an {@link Indices} with rows {@link #MU_STAR} and
     *     {@link #SIGMA}, one column per factor key, by decreasing mu*
     */
    public static JFreeChart morris(String output, List<MorrisIndex> indices) {
        Labels.Axis axis = axisOf(output);
        double scale = axis.scale();
        Indices data = new Indices();
        List<MorrisIndex> sorted = sorted(indices, MorrisIndex::muStar);
        Map<String, String> direction = new HashMap<>();
        for (MorrisIndex i : sorted) {
            data.put(MU_STAR, i.key(), i.muStar() * scale, Double.NaN, Double.NaN);
            data.put(SIGMA, i.key(), i.sigma() * scale, Double.NaN, Double.NaN);
            direction.put(i.key(), direction(i));
        }
        double largest = 0;
        for (MorrisIndex i : indices) {
            largest = max(largest, i.muStar() * scale, i.sigma() * scale);
        }
        // three significant digits on the largest bar
        int decimals = largest > 0 ? Math.max(0, 2 - (int) Math.floor(Math.log10(largest))) : 2;
        IndexRenderer renderer = new IndexRenderer("%." + decimals + "f",
                (row, key) -> row == 0 ? direction.get(key) : "");
        renderer.setSeriesPaint(0, Palette.BLUE);
        renderer.setSeriesPaint(1, Palette.ORANGE);
        NumberAxis value = Charts.valueAxis(axis.name() + ": change over the factor's range ("
                + unitOf(axis) + ")");
        value.setUpperMargin(0.18);
        int effects = indices.stream().mapToInt(MorrisIndex::effects).max().orElse(0);
        return chart(axis.name() + ": Morris screening", "From " + effects + " elementary effects per factor; "
                + "beside mu*: whether raising the factor raises or lowers the output (mixed: both)",
                data, renderer, value);
    }

    /**
     * Sobol indices of one output: per factor, the first-order index (share of the output's
     * variance due to the factor alone) and the total-order index (with all its interactions),
     * each with its bootstrap interval.
     *
     * @param output the output column
     * @param indices the Sobol indices of each factor
     * @return the chart; its dataset is an {@link Indices} with rows {@link #FIRST} and
     *     {@link #TOTAL}, one column per factor key, by decreasing total-order index; start and
     *     end values are the interval's ends
     */
    public static JFreeChart sobol(String output, List<SobolIndex> indices) {
        Labels.Axis axis = axisOf(output);
        Indices data = new Indices();
        for (SobolIndex i : sorted(indices, SobolIndex::total)) {
            data.put(FIRST, i.key(), i.first(), i.firstLow(), i.firstHigh());
            data.put(TOTAL, i.key(), i.total(), i.totalLow(), i.totalHigh());
        }
        IndexRenderer renderer = new IndexRenderer("%.2f", (row, key) -> "");
        renderer.setSeriesPaint(0, Palette.SKY);
        renderer.setSeriesPaint(1, Palette.BLUE);
        NumberAxis value = Charts.valueAxis("Share of the variance of " + axis.name().toLowerCase(Locale.ROOT)
                + " (0 to 1)");
        value.setUpperMargin(0.12);
        double low = 0;
        double high = 1;
        for (SobolIndex i : indices) {
            low = Math.min(low, min(i.first(), i.firstLow(), i.total(), i.totalLow()));
            high = Math.max(high, max(i.first(), i.firstHigh(), i.total(), i.totalHigh()));
        }
        value.setRange(low < 0 ? low - 0.05 : 0, high + 0.12);
        return chart(axis.name() + ": Sobol indices", "Share of the output's variance per factor, alone (S1) and "
                + "with interactions (ST); whiskers: " + Stats.LEVEL_TEXT + " bootstrap interval", data, renderer, value);
    }

    // ---- helpers ----

    private static <T> List<T> sorted(List<T> indices, ToDoubleFunction<T> by) {
        List<T> copy = new ArrayList<>(indices);
        // NaN (no effect could be computed) last
        copy.sort(Comparator.comparingDouble((T t) -> {
            double v = by.applyAsDouble(t);
            return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
        }).reversed());
        return copy;
    }

    private static String direction(MorrisIndex i) {
        if (!(i.muStar() > 0)) {
            return "";
        }
        if (i.mu() >= 0.9 * i.muStar()) {
            return "raises";
        }
        if (i.mu() <= -0.9 * i.muStar()) {
            return "lowers";
        }
        return "mixed";
    }

    private static String unitOf(Labels.Axis axis) {
        String label = axis.label();
        int open = label.indexOf('(');
        int close = label.lastIndexOf(')');
        return open >= 0 && close > open ? label.substring(open + 1, close) : "output units";
    }

    static Labels.Axis axisOf(String output) {
        for (Summary s : Summary.values()) {
            if (s.key().equals(output)) {
                return Labels.of(s);
            }
        }
        String words = output.replace('_', ' ');
        String name = words.isEmpty() ? output : Character.toUpperCase(words.charAt(0)) + words.substring(1);
        return new Labels.Axis(name, name, 1, "%.3f");
    }

    private static double min(double... v) {
        double m = Double.POSITIVE_INFINITY;
        for (double x : v) {
            if (!Double.isNaN(x)) {
                m = Math.min(m, x);
            }
        }
        return m;
    }

    private static double max(double... v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            if (!Double.isNaN(x)) {
                m = Math.max(m, x);
            }
        }
        return m;
    }

    private static JFreeChart chart(String title, String subtitle, Indices data, IndexRenderer renderer,
                                    NumberAxis value) {
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.05);
        CategoryAxis factors = new CategoryAxis("Factor");
        factors.setLabelFont(Charts.AXIS);
        factors.setTickLabelFont(Charts.LEGEND);
        factors.setCategoryMargin(0.3);
        factors.setMaximumCategoryLabelWidthRatio(0.4f);
        CategoryPlot plot = new CategoryPlot(data, factors, value, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setOutlineVisible(false);
        return Charts.chart(title, subtitle, plot, true);
    }

    /** A text per bar besides its number, from its row and column key. */
    @FunctionalInterface
    interface Note {
        String text(int row, String column);
    }

    /**
     * Indices per (measure, factor): the value of each bar and, when known, its interval.
     * {@link #getStartValue} and {@link #getEndValue} give the interval's ends (null when there
     * is none); a NaN index is stored as null and not drawn.
     */
    public static final class Indices extends DefaultCategoryDataset implements IntervalCategoryDataset {
        private static final long serialVersionUID = 1L;
        private final DefaultCategoryDataset low = new DefaultCategoryDataset();
        private final DefaultCategoryDataset high = new DefaultCategoryDataset();

        void put(String row, String column, double value, double lower, double upper) {
            addValue(Double.isNaN(value) ? null : value, row, column);
            low.addValue(Double.isNaN(lower) ? null : lower, row, column);
            high.addValue(Double.isNaN(upper) ? null : upper, row, column);
        }

        @Override
        @SuppressWarnings("rawtypes")
        public Number getStartValue(Comparable series, Comparable category) {
            return low.getValue(series, category);
        }

        @Override
        public Number getStartValue(int series, int category) {
            return low.getValue(series, category);
        }

        @Override
        @SuppressWarnings("rawtypes")
        public Number getEndValue(Comparable series, Comparable category) {
            return high.getValue(series, category);
        }

        @Override
        public Number getEndValue(int series, int category) {
            return high.getValue(series, category);
        }
    }

    /** Bars with an optional whisker per bar and the bar's number written past its end. */
    private static final class IndexRenderer extends BarRenderer {
        private static final long serialVersionUID = 1L;
        private static final Color INK = new Color(0x222222);
        private final String format;
        private final transient Note note;

        IndexRenderer(String format, Note note) {
            this.format = format;
            this.note = note;
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                             CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row,
                             int column, int pass) {
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
            Number v = dataset.getValue(row, column);
            if (v == null || pass != 0) {
                return;
            }
            PlotOrientation orientation = plot.getOrientation();
            RectangleEdge edge = plot.getRangeAxisEdge();
            double w0 = calculateBarW0(plot, orientation, dataArea, domainAxis, state, row, column);
            double mid = w0 + state.getBarWidth() / 2;
            double end = rangeAxis.valueToJava2D(Math.max(0, v.doubleValue()), dataArea, edge);
            if (dataset instanceof IntervalCategoryDataset d && d.getStartValue(row, column) != null
                    && d.getEndValue(row, column) != null) {
                double lo = rangeAxis.valueToJava2D(d.getStartValue(row, column).doubleValue(), dataArea, edge);
                double hi = rangeAxis.valueToJava2D(d.getEndValue(row, column).doubleValue(), dataArea, edge);
                double cap = Math.min(8, state.getBarWidth() / 3);
                g2.setPaint(INK);
                g2.setStroke(new BasicStroke(2.5f));
                g2.draw(new Line2D.Double(lo, mid, hi, mid));
                g2.draw(new Line2D.Double(lo, mid - cap, lo, mid + cap));
                g2.draw(new Line2D.Double(hi, mid - cap, hi, mid + cap));
                end = Math.max(end, Math.max(lo, hi));
            }
            String text = String.format(Locale.ROOT, format, v.doubleValue());
            String extra = note.text(row, (String) dataset.getColumnKey(column));
            if (!extra.isEmpty()) {
                text += "  " + extra;
            }
            g2.setFont(Charts.NOTE);
            FontMetrics fm = g2.getFontMetrics();
            int width = fm.stringWidth(text);
            // past the bar and its whisker; inside the plot, on a white ground, when it would not fit
            double x = Math.min(end + 8, dataArea.getMaxX() - width - 4);
            if (x < end + 8) {
                g2.setPaint(new Color(255, 255, 255, 220));
                g2.fill(new Rectangle2D.Double(x - 3, mid - fm.getAscent() / 2.0 - 3, width + 6,
                        fm.getAscent() + 6));
            }
            g2.setPaint(INK);
            float y = (float) (mid + (fm.getAscent() - fm.getDescent()) / 2.0);
            g2.drawString(text, (float) x, y);
        }
    }
}
