// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgsim.core.Metric;
import io.orgsim.core.Summary;
import io.orgsim.core.experiment.Seeds;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads every CSV file that sweep, sensitivity, compare and run write with a real CSV parser
 * and checks the layout docs/OUTPUTS.md documents: the columns, LF line ends, whole numbers
 * for counts, and seeds exact as doubles.
 */
class OutputFilesTest {

    @TempDir
    static Path tmp;

    static Path sweep;
    static Path sensitivity;
    static Path compare;
    static Path run;

    @BeforeAll
    static void writeEveryKindOfOutput() throws IOException {
        sweep = tmp.resolve("sweep");
        sensitivity = tmp.resolve("sensitivity");
        compare = tmp.resolve("compare");
        run = tmp.resolve("run");
        Path sweepFile = tmp.resolve("sweep.yaml");
        Files.writeString(sweepFile, """
                name: tiny
                base: {params: {org.agents: 30, run.steps: 40}, shocks: [{week: 20, type: pivot, degrees: 60}]}
                design: {type: grid, factors: {leadership: [0.2, 0.8], org.teamSize: [5, 6]}}
                replications: 2
                seed: 3
                outputs: {series: true}
                """);
        Path morrisFile = tmp.resolve("morris.yaml");
        Files.writeString(morrisFile, """
                name: tiny-morris
                base: {params: {org.agents: 30, run.steps: 40}}
                sensitivity: {method: morris, factors: {leadership: {min: 0, max: 1}, management: {min: 0, max: 1}},
                  samples: 2, levels: 4, outputs: [cumulative_output]}
                replications: 2
                """);
        for (Cli c : List.of(
                Cli.run("sweep", sweepFile.toString(), "--out", sweep.toString(), "--threads", "2", "-q"),
                Cli.run("sensitivity", morrisFile.toString(), "--out", sensitivity.toString(), "-q"),
                Cli.run("compare", "-r", "2", "--steps", "40", "--agents", "30", "--out", compare.toString(),
                        "--series", "-q"),
                Cli.run("run", "balanced", "--steps", "40", "--agents", "30", "--out", run.toString()))) {
            assertThat(c.exitCode()).as(c.err()).isZero();
        }
    }

    @Test
    void resultsHaveTheDocumentedColumnsAndExactSeeds() throws IOException {
        for (Path dir : List.of(sweep, sensitivity, compare)) {
            List<CSVRecord> rows = parse(dir.resolve("results.csv"));
            List<String> header = rows.get(0).toList();
            assertThat(header.subList(0, 3)).containsExactly("point", "replication", "seed");
            int status = header.indexOf("status");
            assertThat(header.subList(status + 1, status + 1 + Summary.values().length))
                    .containsExactlyElementsOf(Stream.of(Summary.values()).map(Summary::key).toList());
            assertThat(header.get(header.size() - 1)).isEqualTo("error");
            for (CSVRecord r : rows.subList(1, rows.size())) {
                wholeNumber(r.get(0));
                wholeNumber(r.get(1));
                long seed = Long.parseLong(r.get(2));
                assertThat(seed).isBetween(0L, Seeds.LIMIT - 1);
                assertThat((long) Double.parseDouble(r.get(2))).as("seed read as a double").isEqualTo(seed);
                assertThat(r.get(status)).isEqualTo("ok");
                wholeNumber(r.get(header.indexOf("innovations")));
            }
        }
        assertThat(parse(sweep.resolve("results.csv")).get(0).toList().subList(3, 5))
                .containsExactly("leadership", "org.teamSize");
        assertThat(parse(compare.resolve("results.csv")).get(1).get(3)).isEqualTo("balanced");
    }

    @Test
    void summariesAreLongWithWholeCounts() throws IOException {
        assertLongSummary(sweep, List.of("leadership", "org.teamSize"), 4);
        assertLongSummary(compare, List.of("scenario"), 4);
        assertThat(parse(sweep.resolve("summary.csv")).get(1).toList()).containsExactly("0", "0.2", "5",
                "cumulative_output", "n", "2");
    }

    @Test
    void seriesAreOneLongFileForAllRuns() throws IOException {
        List<String> expected = new ArrayList<>(List.of("point", "replication", "week"));
        Stream.of(Metric.values()).map(Metric::key).forEach(expected::add);
        for (Path dir : List.of(sweep, compare)) {
            List<CSVRecord> rows = parse(dir.resolve("series.csv"));
            assertThat(rows.get(0).toList()).containsExactlyElementsOf(expected);
            assertThat(rows).hasSize(1 + 4 * 2 * 40);
            CSVRecord last = rows.get(rows.size() - 1);
            assertThat(last.toList().subList(0, 3)).containsExactly("3", "1", "39");
        }
        assertThat(sweep.resolve("series")).doesNotExist();
        List<CSVRecord> one = parse(run.resolve("series.csv"));
        assertThat(one.get(0).get(0)).isEqualTo("week");
        assertThat(one).hasSize(41);
    }

    @Test
    void sensitivityIndicesParse() throws IOException {
        List<CSVRecord> rows = parse(sensitivity.resolve("sensitivity.csv"));
        assertThat(rows.get(0).toList()).containsExactly("output", "factor", "effects", "mu", "mu_star", "sigma");
        assertThat(rows).hasSize(3);
        wholeNumber(rows.get(1).get(2));
    }

    @Test
    void everyFileEndsLinesWithLineFeedsOnly() throws IOException {
        try (Stream<Path> files = Files.walk(tmp)) {
            List<Path> outputs = files.filter(f -> f.toString().endsWith(".csv") || f.toString().endsWith(".yaml")
                    || f.toString().endsWith(".json") || f.toString().endsWith(".txt")).toList();
            assertThat(outputs).hasSizeGreaterThan(12);
            for (Path f : outputs) {
                assertThat(Files.readString(f)).as(f.toString()).doesNotContain("\r").endsWith("\n");
            }
        }
    }

    private static void assertLongSummary(Path dir, List<String> factors, int points) throws IOException {
        List<CSVRecord> rows = parse(dir.resolve("summary.csv"));
        List<String> header = new ArrayList<>(List.of("point"));
        header.addAll(factors);
        header.addAll(List.of("metric", "statistic", "value"));
        assertThat(rows.get(0).toList()).containsExactlyElementsOf(header);
        int stat = header.indexOf("statistic");
        assertThat(rows.subList(1, 7).stream().map(r -> r.get(stat)).toList())
                .containsExactly("n", "failed", "mean", "sd", "ci_low", "ci_high");
        assertThat(rows).hasSize(1 + points * Summary.values().length * 6);
        for (CSVRecord r : rows.subList(1, rows.size())) {
            if (r.get(stat).equals("n") || r.get(stat).equals("failed")) {
                wholeNumber(r.get(stat + 1));
            } else if (!r.get(stat + 1).isEmpty()) {
                Double.parseDouble(r.get(stat + 1));
            }
        }
    }

    private static void wholeNumber(String cell) {
        assertThat(cell).as("a count").matches("-?\\d+");
    }

    private static List<CSVRecord> parse(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.parse(in)) {
            List<CSVRecord> rows = p.getRecords();
            int width = rows.get(0).size();
            for (CSVRecord r : rows) {
                assertThat(r.size()).as("%s line %d", file, r.getRecordNumber()).isEqualTo(width);
            }
            return rows;
        }
    }
}
