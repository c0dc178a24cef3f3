// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.orgsim.core.Metric;
import io.orgsim.core.Param;
import io.orgsim.core.RunResult;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.ScheduledShock;
import io.orgsim.core.ShockResilience;
import io.orgsim.core.Summaries;
import io.orgsim.core.Summary;
import io.orgsim.core.TimeSeries;
import io.orgsim.core.experiment.PointSummaries;
import io.orgsim.core.experiment.ResultColumns;
import io.orgsim.core.experiment.SeriesFile;
import io.orgsim.core.experiment.Statistics;
import io.orgsim.core.io.AtomicFiles;
import io.orgsim.scenarios.file.ScenarioWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The file formats the CLI writes (docs/OUTPUTS.md): RFC 4180 CSV with LF line ends, numbers
 * written by {@link ResultColumns#number} (whole values without a decimal point, others by
 * {@link Double#toString}, which reads back to the same bits); in JSON a value that is not
 * finite is written as null.
 */
final class ResultFiles {

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private ResultFiles() {
    }

    /** series.csv of one run: {@code week}, then one column per {@link Metric} by key; one row per week. */
    static void seriesCsv(RunResult result, Writer w) throws IOException {
        TimeSeries series = result.series();
        Metric[] metrics = Metric.values();
        double[][] columns = new double[metrics.length][];
        List<String> header = new ArrayList<>(List.of("week"));
        for (Metric m : metrics) {
            columns[m.ordinal()] = series.column(m);
            header.add(m.key());
        }
        CSVPrinter csv = new CSVPrinter(w, CSV);
        csv.printRecord(header);
        for (int step = 0; step < series.length(); step++) {
            csv.print(Integer.toString(step));
            for (double[] column : columns) {
                csv.print(ResultColumns.number(column[step]));
            }
            csv.println();
        }
        csv.flush();
    }

    /** summary.json: the scenario, seed, every parameter, the shocks, summaries and resilience. */
    static void summaryJson(RunResult result, String version, Writer w) throws IOException {
        ScenarioSpec spec = result.spec();
        ObjectNode root = JSON.createObjectNode();
        root.put("scenario", spec.name());
        root.put("seed", spec.seed());
        root.put("orgsim", version);
        ObjectNode params = root.putObject("params");
        for (Param p : Param.values()) {
            double v = spec.get(p);
            if (p.isInteger()) {
                params.put(p.key(), (long) v);
            } else {
                params.put(p.key(), v);
            }
        }
        ArrayNode shocks = root.putArray("shocks");
        for (ScheduledShock s : spec.shocks()) {
            ObjectNode shock = shocks.addObject().put("week", s.week()).put("type", s.shock().name());
            if (JSON.valueToTree(s.shock()) instanceof ObjectNode fields) {
                fields.remove(List.of("week", "type"));
                shock.setAll(fields);
            }
        }
        ObjectNode summaries = root.putObject("summaries");
        for (Summary s : Summary.values()) {
            putNumber(summaries, s.key(), result.summaries().get(s));
        }
        ArrayNode resilience = root.putArray("resilience");
        for (ShockResilience r : result.resilience()) {
            ObjectNode node = resilience.addObject().put("shock", r.shock()).put("week", r.week());
            putNumber(node, "baseline", r.baseline());
            putNumber(node, "depth", r.depth());
            node.put("recovery_weeks", r.recoveryWeeks());
            putNumber(node, "area_lost", r.areaLost());
            node.put("recovered", r.recovered());
        }
        w.write(JSON.writeValueAsString(root) + "\n");
    }

    /** The per-run file of a comparison (the same columns as a sweep's, docs/OUTPUTS.md). */
    static final String RESULTS = "results.csv";
    /** The long summary of a comparison. */
    static final String SUMMARY = "summary.csv";
    /** Every run's weeks, long form. */
    static final String SERIES = "series.csv";

    /**
     * What a comparison keeps of each run: the summaries and resilience, and the series only when
     * it is written.
     *
     * @param seed the run's seed
     * @param summaries its summaries
     * @param resilience its resilience figures
     * @param series its weeks, or null
     */
    record Run(long seed, Summaries summaries, List<ShockResilience> resilience, TimeSeries series) {
        static Run of(RunResult r, boolean keepSeries) {
            return new Run(r.seed(), r.summaries(), r.resilience(), keepSeries ? r.series() : null);
        }
    }

    /**
     * Writes a comparison's files to {@code dir}, each atomically: {@code results.csv} (columns
     * {@code point, replication, seed, scenario, status}, the summaries and seven per shock, as in
     * a sweep), {@code summary.csv} (long: {@code point, scenario, metric, statistic, value}),
     * {@code series.csv} when asked, and every scenario as a file under {@code scenarios/}.
     */
    static void writeComparison(Path dir, List<String> names, List<ScenarioSpec> specs, List<List<Run>> runs,
                                boolean series) throws IOException {
        int shocks = specs.stream().mapToInt(s -> s.shocks().size()).max().orElse(0);
        ResultColumns cols = new ResultColumns(List.of("scenario"), shocks);
        AtomicFiles.writeText(dir.resolve(RESULTS), w -> {
            CSVPrinter csv = new CSVPrinter(w, CSV);
            csv.printRecord(cols.header());
            for (int i = 0; i < names.size(); i++) {
                for (int r = 0; r < runs.get(i).size(); r++) {
                    Run run = runs.get(i).get(r);
                    List<String> row = new ArrayList<>(List.of(Integer.toString(i), Integer.toString(r),
                            Long.toString(run.seed()), names.get(i), "ok"));
                    row.addAll(ResultColumns.cells(run.summaries(), run.resilience(), shocks));
                    row.add("");
                    csv.printRecord(row);
                }
            }
            csv.flush();
        });
        AtomicFiles.writeText(dir.resolve(SUMMARY), w -> {
            CSVPrinter csv = new CSVPrinter(w, CSV);
            csv.printRecord(PointSummaries.header(List.of("scenario")));
            for (int i = 0; i < names.size(); i++) {
                for (Summary s : Summary.values()) {
                    double[] x = runs.get(i).stream().mapToDouble(run -> run.summaries().get(s)).toArray();
                    PointSummaries.printLong(csv, Integer.toString(i), List.of(names.get(i)), s.key(),
                            Statistics.describe(x), x.length, 0);
                }
            }
            csv.flush();
        });
        if (series) {
            AtomicFiles.writeText(dir.resolve(SERIES), w -> {
                w.write(String.join(",", SeriesFile.header()));
                w.write('\n');
                for (int i = 0; i < names.size(); i++) {
                    for (int r = 0; r < runs.get(i).size(); r++) {
                        TimeSeries t = runs.get(i).get(r).series();
                        for (int week = 0; week < t.length(); week++) {
                            StringBuilder line = new StringBuilder().append(i).append(',').append(r).append(',')
                                    .append(week);
                            for (Metric m : Metric.values()) {
                                line.append(',').append(ResultColumns.number(t.get(m, week)));
                            }
                            w.append(line).append('\n');
                        }
                    }
                }
            });
        }
        for (int i = 0; i < names.size(); i++) {
            String text = ScenarioWriter.write(specs.get(i).toBuilder().name(names.get(i)).build());
            AtomicFiles.writeString(dir.resolve("scenarios").resolve(names.get(i) + ".yaml"), text);
        }
    }

    private static void putNumber(ObjectNode node, String name, double v) {
        if (Double.isFinite(v)) {
            node.put(name, v);
        } else {
            node.putNull(name);
        }
    }
}
