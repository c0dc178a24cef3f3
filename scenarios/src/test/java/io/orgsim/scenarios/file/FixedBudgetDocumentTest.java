// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.file;

import io.orgsim.core.experiment.Sweep;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/EXPERIMENTS.md's fixed-budget table is what {@code orgsim sweep
 * experiments/fixed-budget.yaml --threads 2} gives: the test runs the same file (270 runs of
 * the default organization, some seconds) and writes the rows from its {@code summary.csv},
 * the best split in bold, then finds each row in the document.
 */
class FixedBudgetDocumentTest {

    @Test
    void theDocumentedTableIsTheSweepsSummary(@TempDir Path dir) throws Exception {
        ExperimentFile f = ExperimentFiles.load(Path.of("..", "experiments", "fixed-budget.yaml"));
        f.sweep().threads(2).out(dir).build().run();
        // summary.csv is long (point, factors, metric, statistic, value): one map per point
        Map<String, Map<String, Double>> byPoint = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(dir.resolve(Sweep.SUMMARY))) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                Map<String, Double> point = byPoint.computeIfAbsent(r.get("point"), k -> new LinkedHashMap<>());
                point.put("leadership", Double.parseDouble(r.get("leadership")));
                point.put("management", Double.parseDouble(r.get("management")));
                point.put(r.get("metric") + "_" + r.get("statistic"), Double.parseDouble(r.get("value")));
            }
        }
        List<Map<String, Double>> rows = new ArrayList<>(byPoint.values());
        Map<String, Double> best = rows.get(0);
        for (Map<String, Double> r : rows) {
            if (number(r, "cumulative_output_mean") > number(best, "cumulative_output_mean")) {
                best = r;
            }
        }
        List<String> table = new ArrayList<>();
        for (Map<String, Double> r : rows) {
            String split = String.format(Locale.ROOT, "%.1f / %.1f", number(r, "leadership"), number(r, "management"));
            String output = String.format(Locale.ROOT, "%,.0f", number(r, "cumulative_output_mean"));
            if (r == best) {
                split = "**" + split + "**";
                output = "**" + output + "**";
            }
            table.add(String.format(Locale.ROOT, "| %s | %s | [%,.0f, %,.0f] | %.2f | %.3f |", split, output,
                    number(r, "cumulative_output_ci_low"), number(r, "cumulative_output_ci_high"),
                    number(r, "resilience_loss_mean"), number(r, "engagement_mean")));
        }
        DocumentedRows.assertInDocument(table, "fixed-budget.md", "EXPERIMENTS.md", "fixed-budget");
    }

    private static double number(Map<String, Double> r, String key) {
        Double v = r.get(key);
        if (v == null) {
            throw new IllegalArgumentException("summary.csv has no " + key + " (has " + r.keySet() + ")");
        }
        return v;
    }
}
