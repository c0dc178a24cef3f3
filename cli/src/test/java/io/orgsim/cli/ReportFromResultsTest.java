// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.orgsim.core.experiment.Estimate;
import io.orgsim.core.experiment.Statistics;
import io.orgsim.viz.DesignCharts;
import io.orgsim.viz.Labels;
import io.orgsim.viz.ResultsDir;
import io.orgsim.viz.ResultsReport;
import io.orgsim.viz.SensitivityCharts;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.statistics.DefaultMultiValueCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code orgsim report FILE.yaml} and {@code orgsim report DIR} for each kind of results
 * directory, with the charts' plotted numbers checked against the files, read here
 * independently with a CSV parser.
 */
class ReportFromResultsTest {

    @TempDir
    Path tmp;

    private static final String BASE = "base: {params: {org.agents: 30, run.steps: 40}, "
            + "shocks: [{week: 20, type: pivot, degrees: 60}]}\n";

    @Test
    void aFileWithOneFactorIsRunAndReportedAsALineWithItsBand() throws IOException {
        Path dir = reportOf("one", "design: {type: grid, factors: {leadership: [0.2, 0.5, 0.8]}}\nreplications: 3\n");
        String html = Files.readString(dir.resolve("report/index.html"));
        assertThat(html).contains("<b>Figure 1.</b>").contains("orgsim ").contains("name: one")
                .contains("{week: 20, type: pivot, degrees: 60}");

        Map<Integer, Map<String, Double>> means = means(dir, "cumulative_output");
        JFreeChart line = figure(dir, "line-cumulative_output");
        XYDataset data = ((XYPlot) line.getPlot()).getDataset();
        Labels.Axis axis = DesignCharts.axis("cumulative_output");
        assertThat(data.getItemCount(0)).isEqualTo(3);
        for (int p = 0; p < 3; p++) {
            assertThat(data.getXValue(0, p)).isEqualTo(new double[] {0.2, 0.5, 0.8}[p]);
            assertThat(data.getYValue(0, p)).isCloseTo(means.get(p).get("mean") * axis.scale(), within(1e-9));
            YIntervalSeriesCollection band = (YIntervalSeriesCollection) data;
            assertThat(band.getStartYValue(0, p)).isCloseTo(means.get(p).get("ci_low") * axis.scale(), within(1e-9));
            assertThat(band.getEndYValue(0, p)).isCloseTo(means.get(p).get("ci_high") * axis.scale(), within(1e-9));
        }
    }

    @Test
    void aTwoFactorGridIsAHeatmapOfTheSummaryMeans() throws IOException {
        Path file = write("two.yaml", "name: two\n" + BASE
                + "design: {type: grid, factors: {leadership: [0.2, 0.8], management: [0.3, 0.7]}}\n"
                + "replications: 2\nseed: 4\n");
        Path dir = tmp.resolve("two");
        Cli sweep = Cli.run("sweep", file.toString(), "--out", dir.toString(), "-q");
        assertThat(sweep.exitCode()).as(sweep.err()).isZero();
        Cli report = Cli.run("report", dir.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();

        assertThat(ResultsDir.read(dir).paired()).as("a sweep's points have their own seeds").isFalse();
        XYZDataset z = (XYZDataset) ((XYPlot) figure(dir, "heatmap-engagement").getPlot()).getDataset();
        Map<Integer, Map<String, Double>> means = means(dir, "engagement");
        assertThat(z.getItemCount(0)).isEqualTo(4);
        for (int p = 0; p < 4; p++) {
            assertThat(z.getZValue(0, p)).isCloseTo(means.get(p).get("mean"), within(1e-12));
        }
    }

    @Test
    void aSensitivityStudyShowsItsIndices() throws IOException {
        Path file = write("m.yaml", "name: m\n" + BASE + "sensitivity: {method: morris, factors: "
                + "{leadership: {min: 0, max: 1}, management: {min: 0.2, max: 0.9}}, samples: 2, levels: 4, "
                + "outputs: [cumulative_output]}\nreplications: 2\n");
        Path dir = tmp.resolve("m");
        Cli study = Cli.run("sensitivity", file.toString(), "--out", dir.toString(), "-q");
        assertThat(study.exitCode()).as(study.err()).isZero();
        Cli report = Cli.run("report", dir.toString(), "--out", tmp.resolve("m-report").toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(Files.readString(tmp.resolve("m-report/index.html"))).contains("Factors and their ranges")
                .contains("<td class=\"num\">0.9</td>");

        CategoryDataset d = ((CategoryPlot) figure(dir, "morris-cumulative_output").getPlot()).getDataset();
        for (CSVRecord r : parse(dir.resolve("sensitivity.csv"))) {
            assertThat(d.getValue(SensitivityCharts.MU_STAR, r.get("factor")).doubleValue()).isCloseTo(
                    Double.parseDouble(r.get("mu_star")) * DesignCharts.axis("cumulative_output").scale(), within(1e-9));
        }
    }

    @Test
    void aComparisonShowsEveryRunTheDifferencesAndTheWeeks() throws IOException {
        Path dir = tmp.resolve("c");
        Cli compare = Cli.run("compare", "-r", "3", "--steps", "40", "--agents", "30", "--out", dir.toString(),
                "--series", "-q");
        assertThat(compare.exitCode()).as(compare.err()).isZero();
        Cli report = Cli.run("report", dir.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();

        Map<String, List<Double>> runs = new TreeMap<>();
        for (CSVRecord r : parse(dir.resolve("results.csv"))) {
            runs.computeIfAbsent(r.get("scenario"), s -> new ArrayList<>()).add(Double.parseDouble(r.get("innovations")));
        }
        CategoryPlot bars = (CategoryPlot) figure(dir, "bars-innovations").getPlot();
        DefaultMultiValueCategoryDataset dots = (DefaultMultiValueCategoryDataset) bars.getDataset(1);
        DefaultStatisticalCategoryDataset mean = (DefaultStatisticalCategoryDataset) bars.getDataset(0);
        Map<Integer, Map<String, Double>> summary = means(dir, "innovations");
        @SuppressWarnings("unchecked") // JFreeChart's dataset returns a raw list
        List<Double> dotted = dots.getValues("runs", "balanced");
        assertThat(dotted).containsExactlyInAnyOrderElementsOf(runs.get("balanced"));
        assertThat(mean.getMeanValue("mean", "neither").doubleValue()).isEqualTo(summary.get(3).get("mean"));

        DefaultStatisticalCategoryDataset diff = (DefaultStatisticalCategoryDataset)
                ((CategoryPlot) figure(dir, "difference-innovations").getPlot()).getDataset();
        // compare runs every scenario on the same seeds, so the difference is paired, run by run
        assertThat(ResultsDir.read(dir).paired()).isTrue();
        double[] neither = array(runs.get("neither"));
        double[] balanced = array(runs.get("balanced"));
        double[] byRun = new double[neither.length];
        for (int i = 0; i < byRun.length; i++) {
            byRun[i] = neither[i] - balanced[i];
        }
        Estimate expected = Statistics.describe(byRun, 0.95);
        assertThat(diff.getMeanValue("difference", "neither").doubleValue()).isCloseTo(expected.mean(), within(1e-9));
        assertThat(diff.getStdDevValue("difference", "neither").doubleValue())
                .isCloseTo(expected.halfWidth(), within(1e-9));

        double sum = 0;
        int n = 0;
        for (CSVRecord r : parse(dir.resolve("series.csv"))) {
            if (r.get("point").equals("1") && r.get("week").equals("30")) {
                sum += Double.parseDouble(r.get("output"));
                n++;
            }
        }
        XYDataset weeks = ((XYPlot) figure(dir, "time-output").getPlot()).getDataset(0);
        assertThat(n).isEqualTo(3);
        assertThat(weeks.getYValue(1, 30)).isCloseTo(sum / n, within(1e-9));
    }

    @Test
    void aSweepOfCommonSeedsShowsEachPointsPairedDifferenceFromPointZero() throws IOException {
        Path dir = reportOf("crn", "design: {type: grid, factors: {leadership: [0.2, 0.5, 0.8]}}\nreplications: 4\n"
                + "seeds: common\n");
        assertThat(ResultsDir.read(dir).paired()).isTrue();
        assertThat(Files.readString(dir.resolve("report/index.html"))).contains("ran with the same seed (seeds: common)")
                .contains("Cumulative output of each point minus leadership 0.2: leadership 0.5 ");
        DefaultStatisticalCategoryDataset diff = (DefaultStatisticalCategoryDataset)
                ((CategoryPlot) figure(dir, "difference-cumulative_output").getPlot()).getDataset();
        Map<String, Double> written = new TreeMap<>();
        for (CSVRecord r : parse(dir.resolve("differences.csv"))) {
            if (r.get("point").equals("2") && r.get("metric").equals("cumulative_output")) {
                written.put(r.get("statistic"), Double.parseDouble(r.get("value")));
            }
        }
        double scale = DesignCharts.axis("cumulative_output").scale();
        assertThat(written.get("n")).isEqualTo(4);
        assertThat(diff.getMeanValue("difference", "leadership 0.8").doubleValue())
                .isCloseTo(written.get("mean") * scale, within(1e-9));
        assertThat(diff.getStdDevValue("difference", "leadership 0.8").doubleValue())
                .isCloseTo((written.get("ci_high") - written.get("mean")) * scale, within(1e-6));

        // a failed run drops out of its pair, and the others stay paired by replication
        List<String> lines = Files.readAllLines(dir.resolve("results.csv"));
        int status = List.of(lines.get(0).split(",")).indexOf("status");
        int failed = 2 * 4 + 1; // point 2, replication 0 (the file is in (point, replication) order)
        assertThat(lines.get(failed)).startsWith("2,0,");
        String[] cells = lines.get(failed).split(",", -1);
        cells[status] = "failed";
        lines.set(failed, String.join(",", cells));
        Files.write(dir.resolve("results.csv"), lines);
        ResultsDir broken = ResultsDir.read(dir);
        assertThat(broken.paired()).isTrue();
        double[] two = broken.byReplication("cumulative_output")[2];
        double[] zero = broken.byReplication("cumulative_output")[0];
        assertThat(two[0]).isNaN();
        double[] d = {two[1] - zero[1], two[2] - zero[2], two[3] - zero[3]};
        DefaultStatisticalCategoryDataset after = (DefaultStatisticalCategoryDataset)
                ((CategoryPlot) figure(dir, "difference-cumulative_output").getPlot()).getDataset();
        assertThat(after.getMeanValue("difference", "leadership 0.8").doubleValue())
                .isCloseTo(Statistics.describe(d).mean() * scale, within(1e-6));

        Path own = reportOf("own", "design: {type: grid, factors: {leadership: [0.2, 0.8]}}\nreplications: 2\n");
        assertThat(ResultsDir.read(own).paired()).isFalse();
        assertThat(ResultsReport.figures(ResultsDir.read(own))).noneMatch(f -> f.file().startsWith("difference-"));
    }

    @Test
    void aDirectoryThatHoldsNoResultsIsOneLineNamingIt() {
        Cli report = Cli.run("report", tmp.toString());
        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(report.err().strip()).contains(tmp.resolve("results.csv").toString()).doesNotContain("\n")
                .doesNotContain("Exception");
    }

    /** Runs {@code orgsim report} on an experiment file NAME.yaml of the small base, seed 4; returns its directory. */
    private Path reportOf(String name, String body) throws IOException {
        Path dir = tmp.resolve(name);
        Path file = write(name + ".yaml", "name: " + name + "\n" + BASE + body + "seed: 4\noutputs: {dir: " + dir + "}\n");
        Cli cli = Cli.run("report", file.toString(), "--threads", "2", "-q");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        return dir;
    }

    private Path write(String name, String text) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    private static JFreeChart figure(Path dir, String file) throws IOException {
        return ResultsReport.figures(ResultsDir.read(dir)).stream().filter(f -> f.file().equals(file)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + file)).chart();
    }

    /** Per point, the statistics of one metric in summary.csv. */
    private static Map<Integer, Map<String, Double>> means(Path dir, String metric) throws IOException {
        Map<Integer, Map<String, Double>> out = new TreeMap<>();
        for (CSVRecord r : parse(dir.resolve("summary.csv"))) {
            if (r.get("metric").equals(metric) && !r.get("value").isEmpty()) {
                out.computeIfAbsent(Integer.parseInt(r.get("point")), p -> new TreeMap<>())
                        .put(r.get("statistic"), Double.parseDouble(r.get("value")));
            }
        }
        return out;
    }

    private static List<CSVRecord> parse(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader()
                     .setSkipHeaderRecord(true).get().parse(in)) {
            return p.getRecords();
        }
    }

    private static double[] array(List<Double> x) {
        return x.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
