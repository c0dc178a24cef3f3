// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.io;

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
import io.orgsim.core.Summary;
import io.orgsim.core.TimeSeries;
import io.orgsim.core.experiment.ResultColumns;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The files of one run, as {@code orgsim run --out DIR} writes them (docs/OUTPUTS.md), so that
 * a program embedding orgsim writes the same files: {@code series.csv} and {@code summary.json}.
 * CSV is RFC 4180 with LF line ends, numbers written by {@link ResultColumns#number} (whole
 * values without a decimal point, others by {@link Double#toString}, which reads back to the
 * same bits); in JSON a value that is not finite is written as null. The writers only write to
 * the {@link Writer} given; for a file that readers never see half-written, pass them to
 * {@link AtomicFiles#writeText}.
 *
 * @since 0.1.0
 */
public final class ResultFiles {

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private ResultFiles() {
    }

    /**
     * Writes {@code series.csv} of one run: a header {@code week}, then one column per
     * {@link Metric} by its key; one row per week stepped.
     *
     * @param result a run's result
     * @param w where to write; flushed, not closed
     * @throws IOException when writing fails
     */
    public static void seriesCsv(RunResult result, Writer w) throws IOException {
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

    /**
     * Writes {@code summary.json} of one run: the scenario's name, seed, the orgsim version,
     * every parameter's effective value, the shocks with their fields, the resilience shock,
     * every summary by its key and the resilience figures of every shock.
     *
     * @param result a run's result
     * @param version the orgsim version to record, for example {@code 0.1.0}
     * @param w where to write; not closed
     * @throws IOException when writing fails
     */
    public static void summaryJson(RunResult result, String version, Writer w) throws IOException {
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
        // the shock that recovery_weeks and shock_depth read (ScenarioSpec.resilienceShock)
        spec.resilienceShock().ifPresentOrElse(r -> root.putObject("resilience_shock").put("week", r.week())
                .put("type", r.shock().name()), () -> root.putNull("resilience_shock"));
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

    private static void putNumber(ObjectNode node, String name, double v) {
        if (Double.isFinite(v)) {
            node.put(name, v);
        } else {
            node.putNull(name);
        }
    }
}
