// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import io.orgsim.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * Per design point statistics over replications, read back from a results file. Values are
 * gathered by (point, replication) before any arithmetic, so the figures are identical
 * whatever order the rows are in. Memory is bounded: points are processed in chunks of at
 * most {@link #CHUNK_VALUES} values, one pass over the file per chunk.
 *
 * @since 0.1.0
 */
public final class PointSummaries {

    /** Values held at once while summarizing (64 MB of doubles). */
    static final int CHUNK_VALUES = 8 << 20;

    private PointSummaries() {
    }

    /** The statistics of {@code summary.csv}, in the order they are written for each point and metric. */
    public static final List<String> STATISTICS = List.of("n", "failed", "mean", "sd", "ci_low", "ci_high");

    /**
     * Writes {@code summary.csv} in long (tidy) form: one row per point, metric and statistic,
     * columns {@code point}, one per design key (its value), {@code metric}, {@code statistic}
     * and {@code value}. The statistics ({@link #STATISTICS}) are the successful replications
     * {@code n} and the {@code failed} ones (whole numbers), then over the successful ones the
     * mean, the standard deviation and the 95% Student-t confidence interval of the mean (empty
     * where undefined, for example sd with one run).
     *
     * @param results the results file
     * @param target the summary file to write
     * @param cols the results file's columns
     * @param design the design
     * @param replications replications per point
     * @param metrics the result columns to summarize
     * @throws IOException when a file cannot be read or written
     */
    public static void write(Path results, Path target, ResultColumns cols, Design design, int replications,
                             List<String> metrics) throws IOException {
        AtomicFiles.writeText(target, w -> {
            CSVPrinter printer = new CSVPrinter(w, ResultsFile.FORMAT);
            printer.printRecord(header(design.keys()));
            try {
                forEachPoint(results, cols, design.size(), replications, metrics, (point, values, okReps, failedReps) -> {
                    List<String> factors = factorsOf(design, point);
                    for (int j = 0; j < metrics.size(); j++) {
                        try {
                            printLong(printer, Integer.toString(point), factors, metrics.get(j),
                                    Statistics.describe(values[j]), okReps, failedReps);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                });
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
            printer.flush();
        });
    }

    /**
     * @param factors the design's keys (or, for a comparison, {@code scenario})
     * @return the header of a long summary: point, the factors, metric, statistic, value
     */
    public static List<String> header(List<String> factors) {
        List<String> header = new ArrayList<>(List.of("point"));
        header.addAll(factors);
        header.addAll(List.of("metric", "statistic", "value"));
        return header;
    }

    /**
     * Prints the {@link #STATISTICS} rows of one point and metric.
     *
     * @param printer where to
     * @param point the point's label
     * @param factors the point's factor values, as written
     * @param metric the metric's key
     * @param e the estimate over the successful replications
     * @param ok successful replications
     * @param failed failed replications
     * @throws IOException when the printer fails
     */
    public static void printLong(CSVPrinter printer, String point, List<String> factors, String metric, Estimate e,
                                 int ok, int failed) throws IOException {
        String[] values = {Integer.toString(ok), Integer.toString(failed), text(e.mean()), text(e.sd()),
            text(e.ciLow()), text(e.ciHigh())};
        printRows(printer, point, factors, metric, STATISTICS, values);
    }

    /** Prints one row {@code point, factors..., metric, statistic, value} per statistic. */
    static void printRows(CSVPrinter printer, String point, List<String> factors, String metric,
                          List<String> statistics, String[] values) throws IOException {
        for (int s = 0; s < values.length; s++) {
            List<String> row = new ArrayList<>(factors.size() + 4);
            row.add(point);
            row.addAll(factors);
            row.add(metric);
            row.add(statistics.get(s));
            row.add(values[s]);
            printer.printRecord(row);
        }
    }

    /** @return a statistic as written: empty where undefined (NaN) */
    static String text(double v) {
        return Double.isNaN(v) ? "" : ResultColumns.number(v);
    }

    /** @return a design point's factor values as written, each rounded as its key is applied */
    static List<String> factorsOf(Design design, int point) {
        double[] x = design.point(point);
        List<String> factors = new ArrayList<>(x.length);
        for (int i = 0; i < x.length; i++) {
            factors.add(ResultColumns.number(Design.roundFor(design.keys().get(i), x[i])));
        }
        return factors;
    }

    /**
     * Per point, the mean of one metric over its successful replications.
     *
     * @param results the results file
     * @param cols its columns
     * @param points the number of design points
     * @param replications replications per point
     * @param metric a result column
     * @return one mean per point; NaN where no replication succeeded
     * @throws IOException when the file cannot be read
     */
    public static double[] means(Path results, ResultColumns cols, int points, int replications, String metric)
            throws IOException {
        double[] out = new double[points];
        forEachPoint(results, cols, points, replications, List.of(metric),
                (point, values, ok, failed) -> out[point] = ok == 0 ? Double.NaN
                        : Arrays.stream(values[0]).sum() / ok);
        return out;
    }

    /** Receives one point's successful values per metric, in replication order. */
    @FunctionalInterface
    public interface PointVisitor {
        /**
         * @param point the point's index
         * @param values per metric, the values of the successful replications in replication order
         * @param ok successful replications
         * @param failed failed replications
         */
        void visit(int point, double[][] values, int ok, int failed);
    }

    /** Receives one point's values per metric and replication, with which replications succeeded. */
    @FunctionalInterface
    interface ReplicationVisitor {
        /**
         * @param point the point's index
         * @param values per metric, the value of each replication (NaN where it did not succeed)
         * @param state per replication: 0 no row, 1 ok, 2 failed
         */
        void visit(int point, double[][] values, byte[] state);
    }

    /**
     * Visits every point in index order with its values, reading the file once per chunk.
     *
     * @param results the results file
     * @param cols its columns
     * @param points the number of design points
     * @param replications replications per point
     * @param metrics result columns
     * @param visitor called once per point
     * @throws IOException when the file cannot be read
     */
    public static void forEachPoint(Path results, ResultColumns cols, int points, int replications,
                                    List<String> metrics, PointVisitor visitor) throws IOException {
        int m = metrics.size();
        forEachPointByReplication(results, cols, points, replications, metrics, (point, byReplication, state) -> {
            int ok = 0;
            int failed = 0;
            for (byte s : state) {
                ok += s == 1 ? 1 : 0;
                failed += s == 2 ? 1 : 0;
            }
            double[][] values = new double[m][ok];
            int k = 0;
            for (int r = 0; r < replications; r++) {
                if (state[r] == 1) {
                    for (int j = 0; j < m; j++) {
                        values[j][k] = byReplication[j][r];
                    }
                    k++;
                }
            }
            visitor.visit(point, values, ok, failed);
        });
    }

    /**
     * Visits every point in index order with each replication's values, reading the file once
     * per chunk of at most {@link #CHUNK_VALUES} values. The first row of a run counts.
     */
    static void forEachPointByReplication(Path results, ResultColumns cols, int points, int replications,
                                          List<String> metrics, ReplicationVisitor visitor) throws IOException {
        int m = metrics.size();
        int[] idx = metrics.stream().mapToInt(cols::indexOf).toArray();
        int statusCol = cols.indexOf("status");
        long perPoint = Math.max(1L, (long) replications * Math.max(1, m));
        int chunk = (int) Math.max(1, Math.min(points, CHUNK_VALUES / perPoint));
        for (int p0 = 0; p0 < points; p0 += chunk) {
            int start = p0;
            int n = Math.min(chunk, points - p0);
            double[] vals = new double[n * replications * m];
            byte[] state = new byte[n * replications]; // 0 missing, 1 ok, 2 failed
            ResultsFile.read(results, row -> {
                int point = Integer.parseInt(row.get(0));
                if (point < start || point >= start + n) {
                    return;
                }
                int rep = Integer.parseInt(row.get(1));
                int slot = (point - start) * replications + rep;
                if (state[slot] != 0) {
                    return;
                }
                boolean ok = "ok".equals(row.get(statusCol));
                state[slot] = (byte) (ok ? 1 : 2);
                if (ok) {
                    for (int j = 0; j < m; j++) {
                        String s = row.get(idx[j]);
                        vals[slot * m + j] = s.isEmpty() ? Double.NaN : Double.parseDouble(s);
                    }
                }
            });
            for (int i = 0; i < n; i++) {
                double[][] values = new double[m][replications];
                for (int r = 0; r < replications; r++) {
                    int slot = i * replications + r;
                    for (int j = 0; j < m; j++) {
                        values[j][r] = state[slot] == 1 ? vals[slot * m + j] : Double.NaN;
                    }
                }
                visitor.visit(start + i, values,
                        Arrays.copyOfRange(state, i * replications, (i + 1) * replications));
            }
        }
    }
}
