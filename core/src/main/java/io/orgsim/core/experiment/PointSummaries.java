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
 */
public final class PointSummaries {

    /** Values held at once while summarizing (64 MB of doubles). */
    static final int CHUNK_VALUES = 8 << 20;

    private PointSummaries() {
    }

    /**
     * Writes {@code summary.csv}: per point, its index and values, runs ok and failed, and per
     * metric the mean, standard deviation and 95% confidence interval of the mean over the
     * successful replications (columns {@code m_mean, m_sd, m_ci_low, m_ci_high}).
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
            List<String> header = new ArrayList<>(List.of("point"));
            header.addAll(design.keys());
            header.add("runs_ok");
            header.add("runs_failed");
            for (String m : metrics) {
                header.addAll(List.of(m + "_mean", m + "_sd", m + "_ci_low", m + "_ci_high"));
            }
            printer.printRecord(header);
            try {
                forEachPoint(results, cols, design.size(), replications, metrics, (point, values, okReps, failedReps) -> {
                List<String> row = new ArrayList<>(header.size());
                row.add(Integer.toString(point));
                double[] x = design.point(point);
                for (int i = 0; i < x.length; i++) {
                    row.add(ResultColumns.number(Design.roundFor(design.keys().get(i), x[i])));
                }
                row.add(Integer.toString(okReps));
                row.add(Integer.toString(failedReps));
                for (double[] v : values) {
                    Estimate e = Statistics.describe(v);
                    row.add(text(e.mean()));
                    row.add(text(e.sd()));
                    row.add(text(e.ciLow()));
                    row.add(text(e.ciHigh()));
                }
                try {
                    printer.printRecord(row);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
            printer.flush();
        });
    }

    private static String text(double v) {
        return Double.isNaN(v) ? "" : ResultColumns.number(v);
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
                int ok = 0;
                int failed = 0;
                for (int r = 0; r < replications; r++) {
                    byte s = state[i * replications + r];
                    ok += s == 1 ? 1 : 0;
                    failed += s == 2 ? 1 : 0;
                }
                double[][] values = new double[m][ok];
                int k = 0;
                for (int r = 0; r < replications; r++) {
                    int slot = i * replications + r;
                    if (state[slot] == 1) {
                        for (int j = 0; j < m; j++) {
                            values[j][k] = vals[slot * m + j];
                        }
                        k++;
                    }
                }
                visitor.visit(start + i, values, ok, failed);
            }
        }
    }
}
