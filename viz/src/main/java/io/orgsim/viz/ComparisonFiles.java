// SPDX-License-Identifier: Apache-2.0
package io.orgsim.viz;

import io.orgsim.core.Metric;
import io.orgsim.core.RunResult;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.ShockResilience;
import io.orgsim.core.Summaries;
import io.orgsim.core.Summary;
import io.orgsim.core.TimeSeries;
import io.orgsim.core.experiment.PairedDifferences;
import io.orgsim.core.experiment.PointSummaries;
import io.orgsim.core.experiment.ResultColumns;
import io.orgsim.core.experiment.ResultsFile;
import io.orgsim.core.experiment.SeriesFile;
import io.orgsim.core.experiment.Statistics;
import io.orgsim.core.io.AtomicFiles;
import io.orgsim.scenarios.file.ScenarioWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * The files of a comparison of named scenarios (docs/OUTPUTS.md), in the layout of a sweep's:
 * written by {@code orgsim compare --out} and by the default report, read back by
 * {@link ResultsDir}.
 */
public final class ComparisonFiles {

    private static final org.apache.commons.csv.CSVFormat CSV = ResultsFile.FORMAT;

    private ComparisonFiles() {
    }

    /** The per-run file of a comparison (the same columns as a sweep's, docs/OUTPUTS.md). */
    public static final String RESULTS = "results.csv";
    /** The long summary of a comparison. */
    public static final String SUMMARY = "summary.csv";
    /** Every run's weeks, long form. */
    public static final String SERIES = "series.csv";

    /**
     * What a comparison keeps of each run: the summaries and resilience, and the series only when
     * it is written.
     *
     * @param seed the run's seed
     * @param summaries its summaries
     * @param resilience its resilience figures
     * @param series its weeks, or null
     */
    public record Run(long seed, Summaries summaries, List<ShockResilience> resilience, TimeSeries series) {
        /**
         * @param r a finished run
         * @param keepSeries whether to keep its weeks
         * @return what is kept of it
         */
        public static Run of(RunResult r, boolean keepSeries) {
            return new Run(r.seed(), r.summaries(), r.resilience(), keepSeries ? r.series() : null);
        }
    }

    /**
     * Writes a comparison's files to {@code dir}, each atomically: {@code results.csv} (columns
     * {@code point, replication, seed, scenario, status}, the summaries and seven per shock, as in
     * a sweep), {@code summary.csv} (long: {@code point, scenario, metric, statistic, value}),
     * {@code differences.csv} (each scenario minus the first, paired by replication: the runs
     * share their seeds), {@code series.csv} when asked, and every scenario as a file under
     * {@code scenarios/}.
     *
     * @param dir the directory
     * @param names the scenarios' names, in point order
     * @param specs the scenarios
     * @param runs per scenario, its runs in replication order
     * @param series whether to write series.csv (the runs must then hold their series)
     * @throws IOException when a file cannot be written
     */
    public static void write(Path dir, List<String> names, List<ScenarioSpec> specs, List<List<Run>> runs,
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
        AtomicFiles.writeText(dir.resolve(PairedDifferences.FILE), w -> {
            CSVPrinter csv = new CSVPrinter(w, CSV);
            csv.printRecord(PointSummaries.header(List.of("scenario")));
            for (int i = 1; i < names.size(); i++) {
                for (Summary s : Summary.values()) {
                    double[] first = runs.get(0).stream().mapToDouble(run -> run.summaries().get(s)).toArray();
                    double[] x = runs.get(i).stream().mapToDouble(run -> run.summaries().get(s)).toArray();
                    PairedDifferences.printLong(csv, Integer.toString(i), List.of(names.get(i)), s.key(),
                            PairedDifferences.differences(x, first));
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

}
