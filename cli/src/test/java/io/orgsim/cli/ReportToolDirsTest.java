// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code orgsim report DIR} on a calibration and an ablation made here (small organizations,
 * few replications), with the page's table cells read back and compared with the CSV files,
 * read independently with a CSV parser.
 */
class ReportToolDirsTest {

    @TempDir
    Path tmp;

    @Test
    void aCalibrationIsReportedWithEveryTargetAndParameterOfItsFiles() throws IOException {
        Path targets = tmp.resolve("targets.yaml");
        Files.writeString(targets, """
                population:
                  units: 8
                  params: {org.agents: 20, run.steps: 60, run.warmup: 10}
                  sample: {leadership: {min: 0.1, max: 0.9}}
                  seed: 3
                targets:
                  leadership-engagement:
                    correlation: {x: leadership, y: late_engagement}
                    value: 0.4
                    relation: true-score
                    tolerance: 0.1
                  turnover: {mean: turnover_rate, value: 0.15, tolerance: 0.03}
                """);
        Path dir = tmp.resolve("cal");
        Cli run = Cli.run("calibrate", targets.toString(), "--fit", "turnover.base=0.001:0.01", "--budget", "6",
                "--replications", "2", "--threads", "2", "--out", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        Cli report = Cli.run("report", dir.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        String html = Files.readString(dir.resolve("report/index.html"));
        assertThat(html).contains("<nav><h2>Contents</h2>").contains("orgsim " + Main.Version.number())
                .contains("<b>Figure 1.</b>").contains("Command as run: <code>orgsim calibrate " + targets)
                .contains("# run as: orgsim calibrate " + targets).contains("turnover: {mean: turnover_rate");
        assertThat(dir.resolve("report/charts/targets.png")).isNotEmptyFile();

        List<CSVRecord> rows = parse(dir.resolve("calibration-targets.csv"));
        assertThat(rows).hasSize(2);
        for (CSVRecord t : rows) {
            List<String> cells = row(html, t.get("target"));
            // target, relation, value, tolerance, start (CI), met, fit (CI), met, source
            assertThat(cells).hasSize(9);
            assertClose(cells.get(2), t.get("value"));
            assertClose(cells.get(3), t.get("tolerance"));
            assertEstimate(cells.get(4), t.get("start_mean"), t.get("start_ci_low"), t.get("start_ci_high"));
            assertThat(cells.get(5)).isEqualTo(Boolean.parseBoolean(t.get("start_met")) ? "yes" : "no");
            assertEstimate(cells.get(6), t.get("fit_mean"), t.get("fit_ci_low"), t.get("fit_ci_high"));
            assertThat(cells.get(7)).isEqualTo(Boolean.parseBoolean(t.get("fit_met")) ? "yes" : "no");
        }
        CSVRecord q = parse(dir.resolve("calibration-parameters.csv")).get(0);
        List<String> cells = row(html, q.get("parameter"));
        assertClose(cells.get(2), q.get("start"));
        assertClose(cells.get(3), q.get("value"));
        assertClose(cells.get(4), q.get("sd"));
        assertClose(cells.get(5), q.get("noise_sd"));
    }

    @Test
    void anAblationIsReportedAsItsBehaviourByArmTable() throws IOException {
        Path file = Fixtures.smallAblation(tmp);
        Path dir = tmp.resolve("abl");
        Cli run = Cli.run("ablate", file.toString(), "--threads", "2", "--out", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        Cli report = Cli.run("report", dir.toString(), "--out", tmp.resolve("page").toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        String html = Files.readString(tmp.resolve("page/index.html"));
        assertThat(html).contains("<nav><h2>Contents</h2>").contains("orgsim " + Main.Version.number())
                .contains("<b>Figure 2.</b>").contains("Command as run: <code>orgsim ablate " + file)
                .contains("no-overhead: {management.overhead: 0}");
        assertThat(tmp.resolve("page/charts/behaviour-4.png")).isNotEmptyFile();
        assertThat(tmp.resolve("page/charts/behaviour-5.svg")).isNotEmptyFile();

        List<String> arms = List.of("baseline", "no-safety", "no-overhead");
        List<CSVRecord> verdicts = parse(dir.resolve("ablation.csv"));
        assertThat(verdicts).hasSize(6);
        for (CSVRecord v : verdicts) {
            List<String> cells = row(html, v.get("behaviour") + ". ");
            String cell = cells.get(1 + arms.indexOf(v.get("arm")));
            assertThat(cell).startsWith(Boolean.parseBoolean(v.get("holds")) ? "holds (" : "FAILS (")
                    .endsWith("; weakest claim: " + v.get("claim") + ")");
            List<Double> n = numbers(cell);
            assertClose(n.get(0), v.get("effect"));
            assertClose(n.get(1), v.get("ci_low"));
            assertClose(n.get(2), v.get("ci_high"));
            double p = Double.parseDouble(v.get("p"));
            if (p < 0.001) {
                assertThat(cell).contains("p\u00a0<\u00a00.001");
            } else {
                assertThat(n.get(3)).isCloseTo(p, org.assertj.core.api.Assertions.within(0.0005));
            }
        }
        assertThat(Files.readString(dir.resolve("ablation-claims.csv")).lines().count() - 1)
                .isEqualTo(count(html, "<tr><td>baseline</td>") + count(html, "<tr><td>no-safety</td>")
                        + count(html, "<tr><td>no-overhead</td>"));
    }

    /**
     * The cells (tags removed, entities decoded) of the first table row whose first cell is a text (or, for a
     * behaviour's number "4. ", starts with it).
     */
    private static List<String> row(String html, String first) {
        Matcher tr = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL).matcher(html);
        while (tr.find()) {
            List<String> cells = new ArrayList<>();
            Matcher td = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(tr.group(1));
            while (td.find()) {
                cells.add(td.group(1).replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">")
                        .replace("&quot;", "\"").replace("&amp;", "&"));
            }
            if (!cells.isEmpty() && (first.endsWith(". ") ? cells.get(0).startsWith(first)
                    : cells.get(0).equals(first))) {
                return cells;
            }
        }
        throw new AssertionError("no table row starting with " + first);
    }

    private static long count(String html, String s) {
        return html.split(Pattern.quote(s), -1).length - 1L;
    }

    /** The numbers of a cell, in order (thousands separators dropped; the d's "95%" skipped). */
    private static List<Double> numbers(String cell) {
        List<Double> out = new ArrayList<>();
        Matcher m = Pattern.compile("([-+]?(?:inf|[0-9][0-9,]*(?:\\.[0-9]+)?(?:e[-+]?[0-9]+)?))(%?)")
                .matcher(cell);
        while (m.find()) {
            if (m.group(2).isEmpty()) {
                String t = m.group(1).replace(",", "");
                out.add(t.endsWith("inf") ? (t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY)
                        : Double.parseDouble(t));
            }
        }
        return out;
    }

    private static void assertEstimate(String cell, String mean, String low, String high) {
        List<Double> n = numbers(cell);
        assertThat(n).hasSize(3);
        assertClose(n.get(0), mean);
        assertClose(n.get(1), low);
        assertClose(n.get(2), high);
    }

    private static void assertClose(String cell, String expected) {
        List<Double> n = numbers(cell);
        assertThat(n).as(cell).hasSize(1);
        assertClose(n.get(0), expected);
    }

    /** Shown to three significant digits: within half a unit of the third digit. */
    private static void assertClose(double shown, String expected) {
        double x = Double.parseDouble(expected);
        if (Double.isInfinite(x)) {
            assertThat(shown).isEqualTo(x);
            return;
        }
        assertThat(Math.abs(shown - x)).as("page shows %s, file says %s", shown, expected)
                .isLessThanOrEqualTo(Math.abs(x) >= 999.5 ? 0.5 : 0.005 * Math.abs(x) + 1e-12);
    }

    private static List<CSVRecord> parse(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            return p.getRecords();
        }
    }
}
