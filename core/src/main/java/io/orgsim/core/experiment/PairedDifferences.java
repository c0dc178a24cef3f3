// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import static io.orgsim.core.experiment.PointSummaries.text;

import io.orgsim.core.io.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The differences of every design point from point 0, paired by replication: what a sweep
 * with common seeds is for. Replication r of point p and of point 0 ran with the same seed, so
 * the difference of their values is one paired observation; over the replications where both
 * succeeded it gives the mean difference, its standard deviation, its 95% Student-t interval
 * and the two-sided p of the paired t-test (Law &amp; Kelton, common random numbers).
 * {@code orgsim compare --out}, whose scenarios run on common seeds too, writes the same file
 * with {@link #printLong}.
 *
 * @since 0.1.0
 */
public final class PairedDifferences {

    /** The file's name, next to {@code summary.csv}. */
    public static final String FILE = "differences.csv";

    /** The statistics of {@code differences.csv}, in the order written for each point and metric. */
    public static final List<String> STATISTICS = List.of("n", "mean", "sd", "ci_low", "ci_high", "p");

    private PairedDifferences() {
    }

    /**
     * Writes {@code differences.csv} in the long form of {@code summary.csv}: for each point
     * from 1 on and each metric, one row per statistic (empty where undefined, for example sd
     * with one pair). A replication counts when both runs succeeded and the metric has a value.
     *
     * @param results the results file
     * @param target the file to write
     * @param cols the results file's columns
     * @param design the design
     * @param replications replications per point
     * @param metrics the result columns to compare
     * @throws IOException when a file cannot be read or written
     */
    static void write(Path results, Path target, ResultColumns cols, Design design, int replications,
                      List<String> metrics) throws IOException {
        AtomicFiles.writeText(target, w -> {
            CSVPrinter printer = new CSVPrinter(w, ResultsFile.FORMAT);
            printer.printRecord(PointSummaries.header(design.keys()));
            double[][][] reference = new double[1][][];
            try {
                PointSummaries.forEachPointByReplication(results, cols, design.size(), replications, metrics,
                        (point, values, state) -> {
                            if (point == 0) {
                                reference[0] = values; // visited first: points come in index order
                                return;
                            }
                            List<String> factors = PointSummaries.factorsOf(design, point);
                            for (int j = 0; j < metrics.size(); j++) {
                                try {
                                    printLong(printer, Integer.toString(point), factors, metrics.get(j),
                                            differences(values[j], reference[0][j]));
                                } catch (IOException failure) {
                                    throw new UncheckedIOException(failure);
                                }
                            }
                        });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            printer.flush();
        });
    }

    /**
     * @param b one point's values, by replication (NaN where a run failed or has no value)
     * @param a the reference's values, by replication
     * @return b - a where both have a value, in replication order
     */
    public static double[] differences(double[] b, double[] a) {
        double[] d = new double[b.length];
        int n = 0;
        for (int r = 0; r < b.length; r++) {
            if (!Double.isNaN(b[r]) && !Double.isNaN(a[r])) {
                d[n++] = b[r] - a[r];
            }
        }
        return java.util.Arrays.copyOf(d, n);
    }

    /**
     * @param d paired differences
     * @return the two-sided p of the paired t-test that their mean is 0; NaN with fewer than 2
     */
    static double pairedP(double[] d) {
        return pairedP(Statistics.describe(d));
    }

    /** @return the paired p of differences already described (their estimate), as {@link #pairedP(double[])} */
    private static double pairedP(Estimate e) {
        if (e.n() < 2) {
            return Double.NaN;
        }
        if (e.sd() == 0) {
            return e.mean() == 0 ? 1 : 0;
        }
        double t = Math.abs(e.mean()) / (e.sd() / Math.sqrt(e.n()));
        return 2 * new TDistribution(null, e.n() - 1).cumulativeProbability(-t);
    }

    /**
     * Prints the {@link #STATISTICS} rows of one point's paired differences for one metric, in
     * the long form of {@code summary.csv}.
     *
     * @param printer where to
     * @param point the point's label
     * @param factors the point's factor values (or scenario name), as written
     * @param metric the metric's key
     * @param d the point's paired differences from the reference
     * @throws IOException when the printer fails
     */
    public static void printLong(CSVPrinter printer, String point, List<String> factors, String metric, double[] d)
            throws IOException {
        Estimate e = Statistics.describe(d); // NaN, so empty, where undefined
        String[] values = {Integer.toString(d.length), text(e.mean()), text(e.sd()), text(e.ciLow()), text(e.ciHigh()),
            text(pairedP(e))};
        PointSummaries.printRows(printer, point, factors, metric, STATISTICS, values);
    }
}
