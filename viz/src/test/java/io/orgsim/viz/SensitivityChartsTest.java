// SPDX-License-Identifier: Apache-2.0
package io.orgsim.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.orgsim.core.Summary;
import io.orgsim.core.experiment.Factor;
import io.orgsim.core.experiment.MorrisIndex;
import io.orgsim.core.experiment.SensitivityStudy;
import io.orgsim.core.experiment.SobolIndex;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sensitivity charts plot exactly the indices of a real (small) study, most influential first. */
class SensitivityChartsTest {

    private static final List<Factor> FACTORS = List.of(Factor.range("leadership.vision", 0, 1),
            Factor.range("management.process", 0, 1), Factor.range("env.turbulence", 0, 0.1));
    private static final List<String> OUTPUTS = List.of("cumulative_output", "resilience_loss");

    @TempDir
    Path dir;

    private SensitivityStudy.Report study(SensitivityStudy.Method method, int samples) throws IOException {
        return SensitivityStudy.builder().method(method).base(Fixtures.small(0.5, 0.5)).factors(FACTORS)
                .samples(samples).replications(1).seed(11).threads(2).out(dir).outputs(OUTPUTS).bootstrap(100)
                .build().run();
    }

    @Test
    void morrisChartHoldsMuStarAndSigmaOfTheStudy() throws IOException {
        SensitivityStudy.Report r = study(SensitivityStudy.Method.MORRIS, 4);
        assertThat(r.morris()).containsOnlyKeys(OUTPUTS);
        for (Map.Entry<String, List<MorrisIndex>> e : r.morris().entrySet()) {
            JFreeChart chart = SensitivityCharts.morris(e.getKey(), e.getValue());
            SensitivityCharts.Indices data = indices(chart);
            double scale = SensitivityCharts.axisOf(e.getKey()).scale();
            assertThat(data.getRowKeys().toArray())
                    .containsExactly(SensitivityCharts.MU_STAR, SensitivityCharts.SIGMA);
            assertThat(data.getColumnCount()).isEqualTo(FACTORS.size());
            for (MorrisIndex i : e.getValue()) {
                assertThat(data.getValue(SensitivityCharts.MU_STAR, i.key()).doubleValue())
                        .as("mu* of %s for %s", i.key(), e.getKey())
                        .isCloseTo(i.muStar() * scale, within(1e-12 * Math.max(1, i.muStar())));
                assertThat(data.getValue(SensitivityCharts.SIGMA, i.key()).doubleValue())
                        .isCloseTo(i.sigma() * scale, within(1e-12 * Math.max(1, i.sigma())));
                assertThat(data.getStartValue(SensitivityCharts.MU_STAR, i.key())).as("no interval").isNull();
            }
            assertMostInfluentialFirst(data, SensitivityCharts.MU_STAR);
        }
        assertThat(SensitivityCharts.axisOf("cumulative_output").scale())
                .isEqualTo(Labels.of(Summary.CUMULATIVE_OUTPUT).scale());

        List<Path> pngs = SensitivityCharts.write(r, dir);
        assertThat(pngs).containsExactly(dir.resolve("sensitivity-cumulative_output.png"),
                dir.resolve("sensitivity-resilience_loss.png"));
        for (Path png : pngs) {
            assertDrawn(png, "morris");
        }
    }

    @Test
    void sobolChartHoldsBothIndicesAndTheirIntervals() throws IOException {
        SensitivityStudy.Report r = study(SensitivityStudy.Method.SOBOL, 16);
        assertThat(r.sobol()).containsOnlyKeys(OUTPUTS);
        for (Map.Entry<String, List<SobolIndex>> e : r.sobol().entrySet()) {
            JFreeChart chart = SensitivityCharts.sobol(e.getKey(), e.getValue());
            SensitivityCharts.Indices data = indices(chart);
            assertThat(data.getRowKeys().toArray())
                    .containsExactly(SensitivityCharts.FIRST, SensitivityCharts.TOTAL);
            for (SobolIndex i : e.getValue()) {
                assertThat(data.getValue(SensitivityCharts.FIRST, i.key()).doubleValue()).isEqualTo(i.first());
                assertThat(data.getStartValue(SensitivityCharts.FIRST, i.key()).doubleValue())
                        .isEqualTo(i.firstLow());
                assertThat(data.getEndValue(SensitivityCharts.FIRST, i.key()).doubleValue())
                        .isEqualTo(i.firstHigh());
                assertThat(data.getValue(SensitivityCharts.TOTAL, i.key()).doubleValue()).isEqualTo(i.total());
                assertThat(data.getStartValue(SensitivityCharts.TOTAL, i.key()).doubleValue())
                        .isEqualTo(i.totalLow());
                assertThat(data.getEndValue(SensitivityCharts.TOTAL, i.key()).doubleValue())
                        .isEqualTo(i.totalHigh());
            }
            assertMostInfluentialFirst(data, SensitivityCharts.TOTAL);
            CategoryPlot plot = chart.getCategoryPlot();
            assertThat(plot.getRangeAxis().getLowerBound()).as("every interval is on the axis")
                    .isLessThanOrEqualTo(e.getValue().stream().mapToDouble(i -> Math.min(i.firstLow(), i.totalLow()))
                            .min().orElseThrow());
            assertThat(plot.getRangeAxis().getUpperBound())
                    .isGreaterThanOrEqualTo(e.getValue().stream()
                            .mapToDouble(i -> Math.max(i.firstHigh(), i.totalHigh())).max().orElseThrow());
        }
        for (Path png : SensitivityCharts.write(r, dir)) {
            assertDrawn(png, "sobol");
        }
    }

    @Test
    void missingIndicesAreLeftOutAndSortLast() throws IOException {
        JFreeChart chart = SensitivityCharts.sobol("my_column", List.of(
                new SobolIndex("a", 0.1, 0.0, 0.2, 0.2, 0.1, 0.3),
                new SobolIndex("b", Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN),
                new SobolIndex("c", 0.5, 0.4, 0.6, 0.7, 0.6, 0.8)));
        SensitivityCharts.Indices data = indices(chart);
        assertThat(data.getColumnKeys().toArray()).containsExactly("c", "a", "b");
        assertThat(data.getValue(SensitivityCharts.TOTAL, "b")).isNull();
        assertThat(chart.getTitle().getText()).startsWith("My column");
        ChartExport.both(chart, dir, "nan");
        assertDrawn(dir.resolve("nan.png"), "sobol");
    }

    private static SensitivityCharts.Indices indices(JFreeChart chart) {
        CategoryPlot plot = chart.getCategoryPlot();
        assertThat(plot.getOrientation()).isEqualTo(PlotOrientation.HORIZONTAL);
        return (SensitivityCharts.Indices) plot.getDataset();
    }

    private static void assertMostInfluentialFirst(SensitivityCharts.Indices data, String row) {
        for (int c = 1; c < data.getColumnCount(); c++) {
            assertThat(data.getValue(row, data.getColumnKey(c)).doubleValue())
                    .isLessThanOrEqualTo(data.getValue(row, data.getColumnKey(c - 1)).doubleValue());
        }
    }

    private void assertDrawn(Path png, String kind) throws IOException {
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(Charts.WIDTH);
        assertThat(ChartsTest.colouredPixels(img)).as("%s is not blank", png).isGreaterThan(4_000);
        Path svg = png.resolveSibling(png.getFileName().toString().replace(".png", ".svg"));
        assertThat(Files.readString(svg)).contains("<svg");
        try (var files = Files.list(dir)) {
            assertThat(files.map(Path::toString)).noneMatch(f -> f.endsWith(".tmp"));
        }
        ChartsTest.keep(png, kind + "-" + png.getFileName());
    }
}
