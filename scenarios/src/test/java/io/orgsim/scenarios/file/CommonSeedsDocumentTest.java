// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.file;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgsim.core.experiment.Sweep;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/EXPERIMENTS.md's table of common random numbers is what {@code orgsim sweep
 * experiments/common-seeds.yaml --threads 2} gives, and the same sweep with {@code --seeds
 * independent}: the test runs both (120 runs of the default organization, some seconds),
 * writes the rows from their {@code summary.csv} and {@code differences.csv}, and finds each
 * row in the document. It also checks what the table is there to show: with common seeds the
 * interval of the difference excludes 0 and is narrower than either point's own interval.
 */
class CommonSeedsDocumentTest {

    private static final List<String> METRICS = List.of("cumulative_output", "engagement");

    @Test
    void theDocumentedTableIsWhatBothSweepsWrite(@TempDir Path dir) throws Exception {
        ExperimentFile f = ExperimentFiles.load(Path.of("..", "experiments", "common-seeds.yaml"));
        assertThat(f.commonSeeds()).isTrue();
        f.sweep().threads(2).out(dir.resolve("common")).build().run();
        f.sweep().commonSeeds(false).threads(2).out(dir.resolve("independent")).build().run();
        Map<String, Double> common = read(dir.resolve("common").resolve(Sweep.SUMMARY));
        Map<String, Double> independent = read(dir.resolve("independent").resolve(Sweep.SUMMARY));
        Map<String, Double> paired = read(dir.resolve("common").resolve(Sweep.DIFFERENCES));

        List<String> table = new ArrayList<>();
        for (String m : METRICS) {
            table.add(String.format(Locale.ROOT, "| independent | %s | %s | %s | - | - | - |", m,
                    point(independent, 0, m), point(independent, 1, m)));
        }
        for (String m : METRICS) {
            table.add(String.format(Locale.ROOT, "| common | %s | %s | %s | %s [%s, %s] | %s | %.1e |", m,
                    point(common, 0, m), point(common, 1, m), signed(m, get(paired, 1, m, "mean")),
                    number(m, get(paired, 1, m, "ci_low")), number(m, get(paired, 1, m, "ci_high")),
                    number(m, get(paired, 1, m, "sd")), get(paired, 1, m, "p")));
            double halfWidth = get(paired, 1, m, "ci_high") - get(paired, 1, m, "mean");
            assertThat(get(paired, 1, m, "ci_low")).as(m + ": the paired interval excludes 0").isPositive();
            for (int p = 0; p < 2; p++) {
                assertThat(halfWidth).as(m + ": the paired interval is narrower than point " + p + "'s own")
                        .isLessThan(get(common, p, m, "ci_high") - get(common, p, m, "mean"));
            }
        }
        DocumentedRows.assertInDocument(table, "common-seeds.md", "EXPERIMENTS.md", "common-seeds");
    }

    /** A point's mean and 95% interval as the table shows them. */
    private static String point(Map<String, Double> summary, int point, String metric) {
        return number(metric, get(summary, point, metric, "mean")) + " [" + number(metric,
                get(summary, point, metric, "ci_low")) + ", " + number(metric, get(summary, point, metric, "ci_high"))
                + "]";
    }

    private static String number(String metric, double v) {
        return String.format(Locale.ROOT, metric.equals("engagement") ? "%.4f" : "%,.0f", v);
    }

    private static String signed(String metric, double v) {
        return (v > 0 ? "+" : "") + number(metric, v);
    }

    private static double get(Map<String, Double> file, int point, String metric, String statistic) {
        Double v = file.get(point + "," + metric + "," + statistic);
        if (v == null) {
            throw new IllegalArgumentException("no " + statistic + " of " + metric + " at point " + point);
        }
        return v;
    }

    /** A long statistics file (point, factors, metric, statistic, value) as point,metric,statistic to value. */
    private static Map<String, Double> read(Path file) throws IOException {
        Map<String, Double> out = new TreeMap<>();
        try (Reader in = Files.newBufferedReader(file)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (!r.get("value").isEmpty()) {
                    out.put(r.get("point") + "," + r.get("metric") + "," + r.get("statistic"),
                            Double.parseDouble(r.get("value")));
                }
            }
        }
        return out;
    }
}
