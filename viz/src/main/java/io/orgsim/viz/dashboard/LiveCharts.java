// SPDX-License-Identifier: Apache-2.0
package io.orgsim.viz.dashboard;

import io.orgsim.core.Metric;
import io.orgsim.core.ScheduledShock;
import io.orgsim.core.StepMetrics;
import io.orgsim.core.StepObserver;
import io.orgsim.viz.Labels;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GridLayout;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Four live charts (output, engagement, frustration, waste) in one frame. A
 * {@link StepObserver}: the simulation thread only queues values; the charts' datasets are
 * changed on the Swing thread, in batches.
 */
final class LiveCharts implements StepObserver {

    /** The metrics drawn live. */
    static final List<Metric> METRICS = List.of(Metric.OUTPUT, Metric.ENGAGEMENT, Metric.FRUSTRATION,
            Metric.WASTE_SHARE);

    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    private static final Font AXIS = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    private static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 14);

    private final XYSeries[] series = new XYSeries[METRICS.size()];
    private final JFreeChart[] charts = new JFreeChart[METRICS.size()];
    private final ChartPanel[] panels = new ChartPanel[METRICS.size()];
    private final JFrame frame;
    private final ConcurrentLinkedQueue<double[]> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private volatile int generation;

    LiveCharts() {
        JPanel grid = new JPanel(new GridLayout(2, 2, 6, 6));
        for (int i = 0; i < METRICS.size(); i++) {
            Metric m = METRICS.get(i);
            Labels.Axis axis = Labels.of(m);
            series[i] = new XYSeries(axis.name(), false, true);
            NumberAxis x = new NumberAxis("Week");
            NumberAxis y = new NumberAxis(axis.label());
            for (NumberAxis a : new NumberAxis[] {x, y}) {
                a.setLabelFont(AXIS);
                a.setTickLabelFont(TICKS);
            }
            y.setAutoRangeIncludesZero(true);
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
            r.setSeriesStroke(0, new BasicStroke(3f));
            XYPlot plot = new XYPlot(new XYSeriesCollection(series[i]), x, y, r);
            plot.setBackgroundPaint(Color.WHITE);
            plot.setDomainGridlinePaint(new Color(0xDDDDDD));
            plot.setRangeGridlinePaint(new Color(0xDDDDDD));
            charts[i] = new JFreeChart(axis.name(), TITLE, plot, false);
            charts[i].setBackgroundPaint(Color.WHITE);
            panels[i] = new ChartPanel(charts[i], 560, 340, 300, 200, 1600, 1200, true, true, true, true, false, true);
            grid.add(panels[i]);
        }
        frame = new JFrame("orgsim: live charts");
        frame.setDefaultCloseOperation(JFrame.HIDE_ON_CLOSE);
        frame.getContentPane().add(grid);
        frame.pack();
    }

    JFrame frame() {
        return frame;
    }

    /**
     * Clears the charts for a new run; from any thread (the charts change on the Swing thread).
     *
     * @param scenario the scenario's name, shown in the frame's title
     * @param color the scenario's colour
     * @param shocks the run's scheduled shocks, marked on the charts
     */
    void reset(String scenario, Color color, List<ScheduledShock> shocks) {
        generation++;
        pending.clear();
        DashboardState.onSwing(() -> {
            frame.setTitle("orgsim: live charts, " + scenario);
            for (int i = 0; i < charts.length; i++) {
                series[i].clear();
                XYPlot plot = charts[i].getXYPlot();
                plot.clearDomainMarkers();
                plot.getRenderer().setSeriesPaint(0, color);
                for (ScheduledShock s : shocks) {
                    plot.addDomainMarker(marker(s.week(), s.shock().name() + " (planned)"), Layer.FOREGROUND);
                }
            }
        });
    }

    /**
     * Marks a shock fired by hand. Call on the Swing thread.
     *
     * @param week the week it hits
     * @param name the shock's name
     */
    void markShock(int week, String name) {
        for (JFreeChart c : charts) {
            c.getXYPlot().addDomainMarker(marker(week, name), Layer.FOREGROUND);
        }
    }

    private static ValueMarker marker(int week, String label) {
        ValueMarker m = new ValueMarker(week, new Color(0x222222), new BasicStroke(2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f));
        m.setLabel(label);
        m.setLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        m.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
        return m;
    }

    @Override
    public void onStep(int step, StepMetrics metrics) {
        double[] row = new double[2 + METRICS.size()];
        row[0] = generation;
        row[1] = step;
        for (int i = 0; i < METRICS.size(); i++) {
            Metric m = METRICS.get(i);
            row[2 + i] = metrics.get(m) * Labels.of(m).scale();
        }
        pending.add(row);
        if (drainScheduled.compareAndSet(false, true)) {
            SwingUtilities.invokeLater(this::drain);
        }
    }

    private void drain() {
        drainScheduled.set(false);
        boolean changed = false;
        for (double[] row = pending.poll(); row != null; row = pending.poll()) {
            if ((int) row[0] != generation) {
                continue;
            }
            for (int i = 0; i < series.length; i++) {
                series[i].add(row[1], row[2 + i], false);
            }
            changed = true;
        }
        if (changed) {
            for (XYSeries s : series) {
                s.fireSeriesChanged();
            }
        }
    }

    /**
     * @param metric one of {@link #METRICS}
     * @return its live series (read on the Swing thread)
     */
    XYSeries series(Metric metric) {
        return series[METRICS.indexOf(metric)];
    }
}
