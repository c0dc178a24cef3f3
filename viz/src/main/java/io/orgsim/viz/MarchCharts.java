// SPDX-License-Identifier: Apache-2.0
package io.orgsim.viz;

import io.orgsim.core.experiment.Estimate;
import io.orgsim.scenarios.validation.EquilibriumPoint;
import io.orgsim.scenarios.validation.MarchFigures;
import io.orgsim.scenarios.validation.MarchMeasure;
import io.orgsim.scenarios.validation.MarchStudy;
import io.orgsim.scenarios.validation.MixPoint;
import io.orgsim.scenarios.validation.Sample;
import io.orgsim.scenarios.validation.TurbulencePoint;
import io.orgsim.scenarios.validation.TurnoverPoint;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalDataItem;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The charts of the March (1991) validation, one per figure of the paper: the mean over
 * replications as a line with markers, its 95% confidence interval shaded, on one measure of
 * knowledge (the share of dimensions matching reality, or the score). Each chart's dataset is
 * a {@link YIntervalSeriesCollection} holding exactly the plotted numbers.
 */
public final class MarchCharts {

    /** The PNG file names, in figure order. */
    public static final List<String> FILES = List.of("figure1.png", "figure2.png", "figure3.png", "figure4.png",
            "figure5.png");

    private static final List<Color> COLORS = List.of(Palette.BLUE, Palette.ORANGE, Palette.GREEN, Palette.PURPLE,
            Palette.VERMILLION, Palette.SKY);

    private MarchCharts() {
    }

    /**
     * Writes {@code figure1.png} to {@code figure5.png} into a folder, each atomically.
     *
     * @param figures the figures' data
     * @param measure the measure of knowledge plotted
     * @param dir the folder, created if needed
     * @return the files written
     * @throws IOException when writing fails
     */
    public static List<Path> writeAll(MarchFigures figures, MarchMeasure measure, Path dir) throws IOException {
        List<JFreeChart> charts = List.of(figure1(figures, measure), figure2(figures, measure),
                figure3(figures, measure), figure4(figures, measure), figure5(figures, measure));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < charts.size(); i++) {
            Path file = dir.resolve(FILES.get(i));
            ChartExport.png(charts.get(i), file, Charts.WIDTH, Charts.HEIGHT);
            files.add(file);
        }
        return files;
    }

    /**
     * @param f the figures' data
     * @param measure the measure of knowledge plotted
     * @return figure 1: equilibrium code knowledge against p1, one line per p2
     */
    public static JFreeChart figure1(MarchFigures f, MarchMeasure measure) {
        Map<String, List<double[]>> lines = new LinkedHashMap<>();
        for (EquilibriumPoint p : f.figure1()) {
            point(lines, "p2 = " + p.codeLearning(), p.socialization(), p.codeKnowledge().of(measure));
        }
        return chart("Fig. 1: equilibrium code knowledge by learning rates",
                subtitle(f, "closed system (no turnover or turbulence), run to equilibrium"),
                "Socialization rate p1", "Equilibrium code knowledge (" + label(measure) + ")", lines, true);
    }

    /**
     * @param f the figures' data
     * @param measure the measure of knowledge plotted
     * @return figure 2: equilibrium code knowledge against the number of fast learners, mixed
     *     and uniform at the same mean rate
     */
    public static JFreeChart figure2(MarchFigures f, MarchMeasure measure) {
        Map<String, List<double[]>> lines = new LinkedHashMap<>();
        for (MixPoint p : f.figures2and3()) {
            point(lines, "mixed: fast (p1 = " + MarchStudy.FAST + ") and slow (p1 = " + MarchStudy.SLOW + ")",
                    p.fastLearners(), p.codeKnowledge().of(measure));
            point(lines, "uniform at the same mean p1", p.fastLearners(), p.uniformCodeKnowledge().of(measure));
        }
        return chart("Fig. 2: mixed socialization rates and code knowledge",
                subtitle(f, "p2 = " + MarchStudy.P2 + ", closed system, run to equilibrium"),
                "Number of fast learners (of 50)", "Equilibrium code knowledge (" + label(measure) + ")", lines, true);
    }

    /**
     * @param f the figures' data
     * @param measure the measure of knowledge plotted
     * @return figure 3: the knowledge of slow and fast learners against the number of fast
     *     learners, at {@link MarchStudy#FIG3_PERIOD}
     */
    public static JFreeChart figure3(MarchFigures f, MarchMeasure measure) {
        Map<String, List<double[]>> lines = new LinkedHashMap<>();
        int period = MarchStudy.FIG3_PERIOD;
        for (MixPoint p : f.figures2and3()) {
            period = p.period();
            point(lines, "slow learners (p1 = " + MarchStudy.SLOW + ")", p.fastLearners(), p.slowKnowledge().of(measure));
            point(lines, "fast learners (p1 = " + MarchStudy.FAST + ")", p.fastLearners(), p.fastKnowledge().of(measure));
        }
        return chart("Fig. 3: knowledge of slow and fast learners",
                subtitle(f, "p2 = " + MarchStudy.P2 + ", individual knowledge at period " + period),
                "Number of fast learners (of 50)", "Individual knowledge (" + label(measure) + ")", lines, true);
    }

    /**
     * @param f the figures' data
     * @param measure the measure of knowledge plotted
     * @return figure 4: code knowledge at the horizon against turnover, one line per p1
     */
    public static JFreeChart figure4(MarchFigures f, MarchMeasure measure) {
        Map<String, List<double[]>> lines = new LinkedHashMap<>();
        for (TurnoverPoint p : f.figure4()) {
            point(lines, "p1 = " + p.socialization(), p.turnover(), p.codeKnowledge().of(measure));
        }
        return chart("Fig. 4: turnover, socialization and code knowledge",
                subtitle(f, "p2 = " + MarchStudy.P2 + ", no turbulence, code knowledge at period "
                        + MarchStudy.FIG4_HORIZON),
                "Turnover p3", "Code knowledge (" + label(measure) + ")", lines, true);
    }

    /**
     * @param f the figures' data
     * @param measure the measure of knowledge plotted
     * @return figure 5: code knowledge over time under turbulence, one line per turnover rate
     */
    public static JFreeChart figure5(MarchFigures f, MarchMeasure measure) {
        Map<String, List<double[]>> lines = new LinkedHashMap<>();
        for (TurbulencePoint p : f.figure5()) {
            point(lines, p.turnover() == 0 ? "no turnover" : "turnover p3 = " + p.turnover(), p.period(),
                    p.codeKnowledge().of(measure));
        }
        return chart("Fig. 5: turbulence, with and without turnover",
                subtitle(f, String.format(Locale.ROOT, "p1 = %s, p2 = %s, turbulence p4 = %s", MarchStudy.FIG5_P1,
                        MarchStudy.P2, MarchStudy.FIG5_P4)),
                "Period", "Code knowledge (" + label(measure) + ")", lines, false);
    }

    // ---- helpers ----

    private static String label(MarchMeasure measure) {
        return measure == MarchMeasure.SHARE ? "share right" : "score";
    }

    /** Adds (x, mean, low, high) to a line; empty samples are left out. */
    private static void point(Map<String, List<double[]>> lines, String line, double x, Sample s) {
        Estimate e = s.estimate();
        if (e.n() == 0) {
            return;
        }
        double low = Double.isNaN(e.ciLow()) ? e.mean() : e.ciLow();
        double high = Double.isNaN(e.ciHigh()) ? e.mean() : e.ciHigh();
        lines.computeIfAbsent(line, k -> new ArrayList<>()).add(new double[] {x, e.mean(), low, high});
    }

    private static String subtitle(MarchFigures f, String setting) {
        return String.format(Locale.ROOT, "m = 30, n = 50, %s; mean of %d runs (%s rules, seed %d); shaded: 95%% "
                + "confidence interval", setting, f.replications(), f.rules().name().toLowerCase(Locale.ROOT), f.seed());
    }

    private static JFreeChart chart(String title, String subtitle, String xLabel, String yLabel,
                                    Map<String, List<double[]>> lines, boolean markers) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, markers);
        renderer.setAlpha(0.22f);
        int i = 0;
        for (Map.Entry<String, List<double[]>> line : lines.entrySet()) {
            YIntervalSeries s = new YIntervalSeries(line.getKey(), false, false);
            for (double[] p : line.getValue()) {
                s.add(new YIntervalDataItem(p[0], p[1], p[2], p[3]), false);
            }
            data.addSeries(s);
            Color c = COLORS.get(i % COLORS.size());
            renderer.setSeriesPaint(i, c);
            renderer.setSeriesFillPaint(i, c);
            renderer.setSeriesStroke(i, new BasicStroke(3.5f));
            renderer.setSeriesShape(i, new Ellipse2D.Double(-5, -5, 10, 10));
            i++;
        }
        renderer.setLegendLine(new Line2D.Double(-20, 0, 20, 0));
        NumberAxis x = Charts.valueAxis(xLabel);
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = Charts.valueAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        double[] range = yRange(lines, p -> p[2], p -> p[3]);
        y.setRange(range[0], range[1]);
        return Charts.chart(title, subtitle, Charts.plot(data, x, y, renderer), true);
    }

    /** A y range that shows every band with a little room, within [-1, 1] (a score can be negative). */
    private static double[] yRange(Map<String, List<double[]>> lines, ToDoubleFunction<double[]> low,
                                   ToDoubleFunction<double[]> high) {
        double lo = 1;
        double hi = 0;
        for (List<double[]> line : lines.values()) {
            for (double[] p : line) {
                lo = Math.min(lo, low.applyAsDouble(p));
                hi = Math.max(hi, high.applyAsDouble(p));
            }
        }
        if (lo > hi) {
            return new double[] {0, 1};
        }
        double pad = Math.max(0.01, (hi - lo) * 0.08);
        return new double[] {Math.max(-1, Math.floor((lo - pad) * 20) / 20), Math.min(1, Math.ceil((hi + pad) * 20) / 20)};
    }
}
