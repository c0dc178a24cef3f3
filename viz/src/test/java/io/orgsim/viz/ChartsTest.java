// SPDX-License-Identifier: Apache-2.0
package io.orgsim.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.orgsim.core.Metric;
import io.orgsim.core.OrgSim;
import io.orgsim.core.RunResult;
import io.orgsim.core.Summary;
import io.orgsim.core.experiment.Estimate;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.XYZDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every chart is drawn headless and its datasets are checked against the runs that made it. */
class ChartsTest {

    private static final double EPS = 1e-9;
    private static ReportInput input;
    private static List<ScenarioRuns> scenarios;

    @TempDir
    Path dir;

    @BeforeAll
    static void runs() {
        assertThat(java.awt.GraphicsEnvironment.isHeadless()).as("chart tests run headless").isTrue();
        input = Fixtures.Shared.INPUT;
        scenarios = input.scenarios();
    }

    @ParameterizedTest
    @EnumSource(value = Metric.class, names = {"OUTPUT", "ENGAGEMENT", "FRUSTRATION", "WASTE_SHARE"})
    void timeSeriesPlotsTheMeanAndBandOfTheRuns(Metric m) throws IOException {
        JFreeChart chart = Charts.timeSeries(m, scenarios, input.palette());
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) chart.getXYPlot().getDataset();
        double scale = Labels.of(m).scale();
        assertThat(data.getSeriesCount()).isEqualTo(scenarios.size());
        for (int s = 0; s < scenarios.size(); s++) {
            ScenarioRuns sc = scenarios.get(s);
            assertThat(data.getSeriesKey(s)).isEqualTo(sc.name());
            assertThat(data.getItemCount(s)).isEqualTo(Fixtures.STEPS);
            for (int t : new int[] {0, Fixtures.PIVOT, Fixtures.STEPS - 1}) {
                double[] values = sc.runs().stream().mapToDouble(r -> r.series().get(m, t)).toArray();
                double mean = java.util.Arrays.stream(values).average().orElseThrow();
                Estimate e = Stats.estimate(values);
                assertThat(data.getXValue(s, t)).isEqualTo(t);
                assertThat(data.getYValue(s, t)).as("mean of %s at week %d", sc.name(), t)
                        .isCloseTo(mean * scale, within(EPS * Math.max(1, Math.abs(mean * scale))));
                assertThat(data.getStartYValue(s, t)).isCloseTo(e.ciLow() * scale, within(1e-9 * scale + 1e-9));
                assertThat(data.getEndYValue(s, t)).isCloseTo(e.ciHigh() * scale, within(1e-9 * scale + 1e-9));
            }
            // one colour per scenario, from the palette
            assertThat(chart.getXYPlot().getRenderer().getSeriesPaint(s)).isEqualTo(input.palette().color(sc.name()));
        }
        assertThat(chart.getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND))
                .as("a marker at the pivot").hasSize(1)
                .allSatisfy(mk -> assertThat(((org.jfree.chart.plot.ValueMarker) mk).getValue())
                        .isEqualTo(Fixtures.PIVOT));
        assertDrawn(chart, "time-" + m.key());
    }

    @Test
    void resilienceIsOutputOverEachRunsPreShockBaseline() throws IOException {
        JFreeChart chart = Charts.resilience(scenarios, 0, input.palette());
        XYSeriesCollection data = (XYSeriesCollection) chart.getXYPlot().getDataset();
        for (int s = 0; s < scenarios.size(); s++) {
            ScenarioRuns sc = scenarios.get(s);
            for (int k : new int[] {-5, 0, 3, 20}) {
                int week = Fixtures.PIVOT + k;
                double expected = sc.runs().stream().mapToDouble(r -> {
                    double[] out = r.series().column(Metric.OUTPUT);
                    double base = 0;
                    for (int t = Fixtures.PIVOT - Charts.BEFORE_SHOCK; t < Fixtures.PIVOT; t++) {
                        base += out[t];
                    }
                    base /= Charts.BEFORE_SHOCK;
                    return out[week] / base * 100;
                }).average().orElseThrow();
                int item = data.getSeries(s).indexOf((double) k);
                assertThat(item).as("week %d is plotted", k).isNotNegative();
                assertThat(data.getYValue(s, item)).isCloseTo(expected, within(1e-9));
            }
            double depth = sc.runs().stream().mapToDouble(r -> r.resilience().get(0).depth()).average().orElseThrow();
            double recovery = sc.runs().stream().mapToDouble(r -> r.resilience().get(0).recoveryWeeks()).average()
                    .orElseThrow();
            assertThat((String) data.getSeriesKey(s)).startsWith(sc.name())
                    .contains(String.format(java.util.Locale.ROOT, "depth %.0f%%", depth * 100))
                    .contains(String.format(java.util.Locale.ROOT, "recovery %.0f weeks", recovery));
        }
        assertDrawn(chart, "resilience");
    }

    @ParameterizedTest
    @EnumSource(value = Summary.class, names = {"CUMULATIVE_OUTPUT", "RESILIENCE_LOSS", "OUTPUT_CV", "FRUSTRATION"})
    void comparisonBarsAreMeansWithConfidenceHalfWidths(Summary summary) throws IOException {
        JFreeChart chart = Charts.comparison(summary, scenarios, input.palette());
        DefaultStatisticalCategoryDataset data =
                (DefaultStatisticalCategoryDataset) chart.getCategoryPlot().getDataset();
        double scale = Labels.of(summary).scale();
        for (ScenarioRuns sc : scenarios) {
            double[] values = sc.runs().stream().mapToDouble(r -> r.summaries().get(summary)).toArray();
            Estimate e = Stats.estimate(values);
            assertThat(data.getMeanValue("mean", sc.name()).doubleValue())
                    .isCloseTo(java.util.Arrays.stream(values).average().orElseThrow() * scale,
                            within(1e-9 * Math.max(1, Math.abs(e.mean() * scale))));
            assertThat(data.getStdDevValue("mean", sc.name()).doubleValue())
                    .isCloseTo(e.halfWidth() * scale, within(1e-9 * Math.max(1, e.halfWidth() * scale)));
            int column = data.getColumnIndex(sc.name());
            assertThat(chart.getCategoryPlot().getRenderer().getItemPaint(0, column))
                    .isEqualTo(input.palette().color(sc.name()));
        }
        assertDrawn(chart, "compare-" + summary.key());
    }

    @Test
    void heatmapCellIsTheMeanOfItsRunsSummaries() throws IOException {
        LeverGrid grid = input.grid();
        JFreeChart chart = Charts.heatmap(grid, Summary.CUMULATIVE_OUTPUT, false);
        XYZDataset data = (XYZDataset) chart.getXYPlot().getDataset();
        double[] levels = grid.levels();
        assertThat(data.getItemCount(0)).isEqualTo(levels.length * levels.length);
        for (int i = 0; i < levels.length; i++) {
            for (int j = 0; j < levels.length; j++) {
                int item = i * levels.length + j;
                LeverPoint cell = grid.cell(i, j);
                assertThat(data.getXValue(0, item)).isEqualTo(levels[i]);
                assertThat(data.getYValue(0, item)).isEqualTo(levels[j]);
                // re-run the cell's replications from their seeds: the cell is their mean
                double sum = 0;
                for (long seed : cell.seeds()) {
                    RunResult r = OrgSim.run(input.sweepBase().toBuilder().leadership(levels[i]).management(levels[j])
                            .seed(seed).build());
                    sum += r.summaries().get(Summary.CUMULATIVE_OUTPUT);
                }
                assertThat(data.getZValue(0, item))
                        .isCloseTo(sum / cell.seeds().length * Labels.of(Summary.CUMULATIVE_OUTPUT).scale(),
                                within(1e-9));
            }
        }
        assertDrawn(chart, "heatmap-output");
        JFreeChart loss = Charts.heatmap(grid, Summary.RESILIENCE_LOSS, true);
        XYZDataset lossData = (XYZDataset) loss.getXYPlot().getDataset();
        assertThat(lossData.getZValue(0, 0)).isCloseTo(grid.cell(0, 0).estimate(Summary.RESILIENCE_LOSS).mean(),
                within(1e-12));
        assertDrawn(loss, "heatmap-loss");
    }

    @Test
    void heatmapMarksTheFourQuadrantPresetsAtTheirLevers() throws IOException {
        LeverGrid grid = input.grid();
        JFreeChart chart = Charts.heatmap(grid, Summary.CUMULATIVE_OUTPUT, false);
        XYPlot plot = chart.getXYPlot();
        List<PresetMarker> marks = plot.getAnnotations().stream().filter(PresetMarker.class::isInstance)
                .map(PresetMarker.class::cast).toList();
        assertThat(marks).extracting(PresetMarker::name)
                .containsExactly("balanced", "too-much-leadership", "too-much-management", "neither");
        Palette palette = Palette.forScenarios(List.of());
        double[][] levers = {{0.8, 0.8}, {0.9, 0.2}, {0.2, 0.9}, {0.2, 0.2}};
        for (int q = 0; q < 4; q++) {
            PresetMarker m = marks.get(q);
            assertThat(m.leadership()).as("leadership of %s", m.name()).isEqualTo(levers[q][0]);
            assertThat(m.management()).as("management of %s", m.name()).isEqualTo(levers[q][1]);
            assertThat(m.color()).isEqualTo(palette.color(m.name())).isEqualTo(input.palette().color(m.name()));
        }
        // the grid is 0.2, 0.5, 0.8: balanced and neither sit on the corner cells' centres
        double[] levels = grid.levels();
        assertThat(levels[levels.length - 1]).isEqualTo(marks.get(0).leadership()).isEqualTo(marks.get(0).management());
        assertThat(levels[0]).isEqualTo(marks.get(3).leadership()).isEqualTo(marks.get(3).management());

        // drawn: the ring's sides towards the middle of the map are painted in the preset's colour
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage img = chart.createBufferedImage(Charts.WIDTH, Charts.HEIGHT, info);
        Rectangle2D area = info.getPlotInfo().getDataArea();
        double step = levels[1] - levels[0];
        double middle = (levels[0] + levels[levels.length - 1]) / 2;
        double r = PresetMarker.RING * step / 2;
        for (PresetMarker m : marks) {
            double inX = m.leadership() < middle ? r : -r;
            double inY = m.management() < middle ? r : -r;
            for (double[] d : new double[][] {{inX, 0}, {0, inY}}) {
                double x = plot.getDomainAxis().valueToJava2D(m.leadership() + d[0], area, plot.getDomainAxisEdge());
                double y = plot.getRangeAxis().valueToJava2D(m.management() + d[1], area, plot.getRangeAxisEdge());
                assertThat(area.contains(x, y)).as("%s is inside the map", m.name()).isTrue();
                assertThat(nearColour(img, (int) Math.round(x), (int) Math.round(y), m.color()))
                        .as("%s's ring at (%.0f, %.0f)", m.name(), x, y).isTrue();
            }
        }
        assertDrawn(chart, "heatmap-presets");

        JFreeChart bare = Charts.heatmap(grid, Summary.CUMULATIVE_OUTPUT, false, List.of());
        assertThat(bare.getXYPlot().getAnnotations()).noneMatch(PresetMarker.class::isInstance);
    }

    private static boolean nearColour(BufferedImage img, int x, int y, Color c) {
        for (int dx = -2; dx <= 2; dx++) {
            for (int dy = -2; dy <= 2; dy++) {
                Color p = new Color(img.getRGB(x + dx, y + dy));
                if (Math.abs(p.getRed() - c.getRed()) + Math.abs(p.getGreen() - c.getGreen())
                        + Math.abs(p.getBlue() - c.getBlue()) < 20) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void budgetCurveKeepsTheSumAndPlotsMeans() throws IOException {
        BudgetCurve curve = input.budget();
        JFreeChart chart = Charts.fixedBudget(curve, Summary.CUMULATIVE_OUTPUT);
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) chart.getXYPlot().getDataset();
        assertThat(data.getItemCount(0)).isEqualTo(curve.points().size());
        for (int i = 0; i < curve.points().size(); i++) {
            LeverPoint p = curve.points().get(i);
            assertThat(p.leadership() + p.management()).isCloseTo(curve.budget(), within(1e-9));
            assertThat(data.getXValue(0, i)).isEqualTo(p.leadership());
            double mean = java.util.Arrays.stream(p.values(Summary.CUMULATIVE_OUTPUT)).average().orElseThrow();
            assertThat(data.getYValue(0, i)).isCloseTo(mean, within(1e-9));
        }
        assertThat(curve.points().get(0).leadership()).isZero();
        assertThat(curve.points().get(curve.points().size() - 1).leadership()).isEqualTo(1.0);
        assertDrawn(chart, "budget");
    }

    @Test
    void paletteKeepsQuadrantColoursWhateverTheOrder() {
        Palette a = Palette.forScenarios(List.of("balanced", "neither", "mine"));
        Palette b = Palette.forScenarios(List.of("mine", "neither", "too-much-leadership", "balanced"));
        assertThat(a.color("balanced")).isEqualTo(b.color("balanced")).isEqualTo(Palette.BLUE);
        assertThat(a.color("neither")).isEqualTo(b.color("neither"));
        assertThat(a.color("mine")).isNotIn(Palette.BLUE, Palette.ORANGE, Palette.GREEN, Palette.PURPLE);
    }

    private void assertDrawn(JFreeChart chart, String name) throws IOException {
        ChartExport.both(chart, dir, name);
        BufferedImage img = ImageIO.read(dir.resolve(name + ".png").toFile());
        assertThat(img.getWidth()).isEqualTo(Charts.WIDTH);
        assertThat(img.getHeight()).isEqualTo(Charts.HEIGHT);
        assertThat(colouredPixels(img)).as("the PNG of %s is not blank", name).isGreaterThan(4_000);
        String svg = Files.readString(dir.resolve(name + ".svg"));
        assertThat(svg).startsWith("<?xml").contains("<svg").contains(chart.getTitle().getText().split(" ")[0]);
        try (var files = Files.list(dir)) {
            assertThat(files.map(Path::toString)).noneMatch(f -> f.endsWith(".tmp"));
        }
        keep(dir.resolve(name + ".png"), name + ".png");
    }

    /** Copies a PNG to the folder named by {@code -Dorgsim.viz.keep}, for looking at it. */
    static void keep(Path png, String name) throws IOException {
        String keep = System.getProperty("orgsim.viz.keep");
        if (keep != null) {
            Files.createDirectories(Path.of(keep));
            Files.copy(png, Path.of(keep).resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** @return sampled pixels that are not (near) white */
    static int colouredPixels(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                Color c = new Color(img.getRGB(x, y));
                if (Math.min(c.getRed(), Math.min(c.getGreen(), c.getBlue())) < 200) {
                    n++;
                }
            }
        }
        return n;
    }
}
