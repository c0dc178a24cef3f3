// SPDX-License-Identifier: Apache-2.0
package io.orgsim.viz;

import io.orgsim.core.Metric;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.experiment.Estimate;
import io.orgsim.core.experiment.MorrisIndex;
import io.orgsim.core.experiment.SobolIndex;
import io.orgsim.scenarios.file.ExperimentFile;
import io.orgsim.scenarios.file.ExperimentFiles;
import io.orgsim.scenarios.file.ScenarioFileException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A finished sweep, sensitivity study or comparison, read back from its output directory
 * (the layout of docs/OUTPUTS.md) without running anything: the per-point statistics of
 * {@code summary.csv}, every successful run's summaries from {@code results.csv}, the
 * experiment file or scenario files that made them, and, on demand, the weeks of
 * {@code series.csv}.
 */
public final class ResultsDir {

    /** What made the directory. */
    public enum Kind {
        /** {@code orgsim sweep}: a design of points x replications. */
        SWEEP,
        /** {@code orgsim sensitivity}: Morris or Sobol indices over a sweep. */
        SENSITIVITY,
        /** {@code orgsim compare --out}: named scenarios x replications. */
        COMPARISON
    }

    private final Path dir;
    private final Kind kind;
    /** Whether replication r of every point ran the same seed (common random numbers). */
    private boolean paired;
    private final List<String> factors;
    private final List<List<String>> points = new ArrayList<>();
    private final Map<String, double[][]> runs = new LinkedHashMap<>();
    private final Map<String, double[][]> byReplication = new LinkedHashMap<>();
    private final Map<String, Estimate[]> summary = new LinkedHashMap<>();
    private final String experimentText;
    private final ExperimentFile experiment;
    private final List<String> names = new ArrayList<>();
    private final List<ScenarioSpec> specs = new ArrayList<>();
    private final Map<String, String> scenarioFiles = new LinkedHashMap<>();
    private final Map<String, List<MorrisIndex>> morris = new LinkedHashMap<>();
    private final Map<String, List<SobolIndex>> sobol = new LinkedHashMap<>();

    private ResultsDir(Path dir) throws IOException {
        this.dir = dir;
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "not a results directory");
        }
        Path results = dir.resolve("results.csv");
        List<String> header = readHeader(results);
        int status = header.indexOf("status");
        if (header.size() < 4 || !header.subList(0, 3).equals(List.of("point", "replication", "seed")) || status < 3) {
            throw new IOException(results + ": not an orgsim results file (its columns start " + header
                    .subList(0, Math.min(4, header.size())) + ", not point, replication, seed)");
        }
        factors = List.copyOf(header.subList(3, status));
        kind = Files.exists(dir.resolve("sensitivity.csv")) ? Kind.SENSITIVITY
                : factors.equals(List.of("scenario")) ? Kind.COMPARISON : Kind.SWEEP;
        readSummary(dir.resolve("summary.csv"));
        readRuns(results, header, status);
        Path file = dir.resolve("experiment.yaml");
        if (Files.exists(file)) {
            experimentText = Files.readString(file, StandardCharsets.UTF_8);
            ExperimentFile parsed;
            try {
                parsed = ExperimentFiles.parse(file, experimentText, "experiment");
            } catch (ScenarioFileException e) {
                parsed = null; // shown as text; the parameter table then comes from nowhere
            }
            experiment = parsed;
            if (parsed != null) {
                names.add("base (factors vary)");
                specs.add(parsed.base());
            }
        } else {
            experimentText = null;
            experiment = null;
        }
        if (kind == Kind.COMPARISON) {
            for (List<String> p : points) {
                Path f = dir.resolve("scenarios").resolve(p.get(0) + ".yaml");
                if (Files.exists(f)) {
                    try {
                        String text = Files.readString(f, StandardCharsets.UTF_8);
                        specs.add(ExperimentFiles.parse(f, text, p.get(0)).base());
                        names.add(p.get(0));
                        scenarioFiles.put("scenarios/" + p.get(0) + ".yaml", text);
                    } catch (ScenarioFileException e) {
                        throw new IOException(f + ": " + e.getMessage(), e);
                    }
                }
            }
        }
        if (kind == Kind.SENSITIVITY) {
            readIndices(dir.resolve("sensitivity.csv"));
        }
    }

    /**
     * @param dir an output directory of sweep, sensitivity or compare --out
     * @return what it holds
     * @throws IOException when a file is missing or not in the documented layout (the message names it)
     */
    public static ResultsDir read(Path dir) throws IOException {
        try {
            return new ResultsDir(dir);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IOException(dir + ": " + e.getMessage(), e);
        }
    }

    private static List<String> readHeader(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.parse(in)) {
            var it = p.iterator();
            if (!it.hasNext()) {
                throw new IOException(file + ": empty");
            }
            return it.next().toList();
        }
    }

    private static void rows(Path file, Consumer<CSVRecord> row) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder()
                     .setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            for (CSVRecord r : p) {
                row.accept(r);
            }
        }
    }

    private void readSummary(Path file) throws IOException {
        if (!readHeader(file).containsAll(List.of("point", "metric", "statistic", "value"))) {
            throw new IOException(file + ": not the long layout of docs/OUTPUTS.md (point, factors, metric, "
                    + "statistic, value); written by an older orgsim? run the experiment again");
        }
        Map<String, Map<Integer, double[]>> stats = new LinkedHashMap<>();
        rows(file, r -> {
            int point = Integer.parseInt(r.get("point"));
            while (points.size() <= point) {
                points.add(null);
            }
            if (points.get(point) == null) {
                List<String> values = new ArrayList<>();
                for (String f : factors) {
                    values.add(r.get(f));
                }
                points.set(point, values);
            }
            double[] s = stats.computeIfAbsent(r.get("metric"), m -> new LinkedHashMap<>())
                    .computeIfAbsent(point, p -> new double[] {Double.NaN, Double.NaN, Double.NaN, 0});
            String v = r.get("value");
            double x = v.isEmpty() ? Double.NaN : Double.parseDouble(v);
            switch (r.get("statistic")) {
                case "mean" -> s[0] = x;
                case "ci_low" -> s[1] = x;
                case "ci_high" -> s[2] = x;
                case "n" -> s[3] = x;
                default -> {
                }
            }
        });
        for (var e : stats.entrySet()) {
            Estimate[] per = new Estimate[points.size()];
            for (var p : e.getValue().entrySet()) {
                double[] s = p.getValue();
                per[p.getKey()] = new Estimate((int) s[3], s[0], Double.NaN, Double.isNaN(s[1]) ? s[0] : s[1],
                        Double.isNaN(s[2]) ? s[0] : s[2]);
            }
            summary.put(e.getKey(), per);
        }
    }

    private void readRuns(Path file, List<String> header, int status) throws IOException {
        List<String> metrics = new ArrayList<>(summary.keySet());
        List<List<List<Double>>> values = new ArrayList<>();
        for (int m = 0; m < metrics.size(); m++) {
            List<List<Double>> perPoint = new ArrayList<>();
            for (int p = 0; p < points.size(); p++) {
                perPoint.add(new ArrayList<>());
            }
            values.add(perPoint);
        }
        int[] idx = metrics.stream().mapToInt(header::indexOf).toArray();
        List<double[]> ok = new ArrayList<>(); // point, replication, then one value per metric
        rows(file, r -> {
            if (!"ok".equals(r.get(status))) {
                return;
            }
            double[] row = new double[3 + metrics.size()];
            row[0] = Integer.parseInt(r.get(0));
            row[1] = Integer.parseInt(r.get(1));
            row[2 + metrics.size()] = Double.parseDouble(r.get(2)); // the seed, below 2^53 (exact as a double)
            for (int m = 0; m < metrics.size(); m++) {
                String v = idx[m] < 0 ? "" : r.get(idx[m]);
                row[2 + m] = v.isEmpty() ? Double.NaN : Double.parseDouble(v);
            }
            ok.add(row);
        });
        // rows are in finishing order: keep replication order per point, as summary.csv does
        ok.sort((x, y) -> x[0] != y[0] ? Double.compare(x[0], y[0]) : Double.compare(x[1], y[1]));
        // paired: replication r has one seed at every point where it succeeded (a failed run drops out)
        Map<Integer, Double> seedOf = new java.util.HashMap<>();
        boolean sameSeeds = true;
        int replications = 0;
        for (double[] row : ok) {
            int point = (int) row[0];
            if (point < points.size()) {
                for (int m = 0; m < metrics.size(); m++) {
                    values.get(m).get(point).add(row[2 + m]);
                }
                int rep = (int) row[1];
                replications = Math.max(replications, rep + 1);
                Double before = seedOf.putIfAbsent(rep, row[2 + metrics.size()]);
                sameSeeds &= before == null || before == row[2 + metrics.size()];
            }
        }
        paired = points.size() >= 2 && sameSeeds && !ok.isEmpty();
        for (int m = 0; m < metrics.size(); m++) {
            double[][] perPoint = new double[points.size()][];
            double[][] perReplication = new double[points.size()][replications];
            for (int p = 0; p < points.size(); p++) {
                perPoint[p] = values.get(m).get(p).stream().mapToDouble(Double::doubleValue).toArray();
                Arrays.fill(perReplication[p], Double.NaN);
            }
            for (double[] row : ok) {
                if (row[0] < points.size()) {
                    perReplication[(int) row[0]][(int) row[1]] = row[2 + m];
                }
            }
            runs.put(metrics.get(m), perPoint);
            byReplication.put(metrics.get(m), perReplication);
        }
    }

    private void readIndices(Path file) throws IOException {
        List<String> header = readHeader(file);
        boolean isMorris = header.contains("mu_star");
        rows(file, r -> {
            if (isMorris) {
                morris.computeIfAbsent(r.get("output"), o -> new ArrayList<>()).add(new MorrisIndex(r.get("factor"),
                        Integer.parseInt(r.get("effects")), num(r.get("mu")), num(r.get("mu_star")),
                        num(r.get("sigma"))));
            } else {
                sobol.computeIfAbsent(r.get("output"), o -> new ArrayList<>()).add(new SobolIndex(r.get("factor"),
                        num(r.get("S1")), num(r.get("S1_low")), num(r.get("S1_high")), num(r.get("ST")),
                        num(r.get("ST_low")), num(r.get("ST_high"))));
            }
        });
    }

    private static double num(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    /**
     * The weeks of {@code series.csv} for some points, or empty when there is no such file.
     *
     * @param metric the metric
     * @return per point, one row per successful run (replication order), one column per week
     * @throws IOException when the file cannot be read
     */
    public java.util.Optional<List<double[][]>> series(Metric metric) throws IOException {
        Path file = dir.resolve("series.csv");
        if (!Files.exists(file)) {
            return java.util.Optional.empty();
        }
        List<List<List<Double>>> perPoint = new ArrayList<>();
        for (int p = 0; p < points.size(); p++) {
            perPoint.add(new ArrayList<>());
        }
        String key = metric.key();
        rows(file, r -> {
            int p = Integer.parseInt(r.get("point"));
            int rep = Integer.parseInt(r.get("replication"));
            List<List<Double>> reps = perPoint.get(p);
            while (reps.size() <= rep) {
                reps.add(new ArrayList<>());
            }
            reps.get(rep).add(Double.parseDouble(r.get(key)));
        });
        List<double[][]> out = new ArrayList<>();
        for (List<List<Double>> reps : perPoint) {
            out.add(reps.stream().filter(l -> !l.isEmpty()).map(l -> l.stream().mapToDouble(Double::doubleValue)
                    .toArray()).toArray(double[][]::new));
        }
        return java.util.Optional.of(out);
    }

    /** @return the directory */
    public Path dir() {
        return dir;
    }

    /** @return what made it */
    public Kind kind() {
        return kind;
    }

    /** @return the design's keys, or {@code scenario} for a comparison */
    public List<String> factors() {
        return factors;
    }

    /** @return per point, its factor values as written */
    public List<List<String>> points() {
        return points;
    }

    /** @return the metrics of summary.csv, in file order */
    public List<String> metrics() {
        return List.copyOf(summary.keySet());
    }

    /**
     * @param metric a metric of summary.csv
     * @return per point, its mean and 95% interval as summary.csv gives them
     */
    public Estimate[] summary(String metric) {
        return summary.get(metric).clone();
    }

    /**
     * @param metric a metric of summary.csv
     * @return per point, the values of its successful runs in replication order
     */
    public double[][] runs(String metric) {
        return runs.get(metric).clone();
    }

    /**
     * @param metric a metric of summary.csv
     * @return per point, the value of each replication (NaN where it failed or has no value),
     *     so that replication r of two points pair up
     */
    public double[][] byReplication(String metric) {
        return byReplication.get(metric).clone();
    }

    /**
     * @return true when replication r of every point ran the same seed (the same organization
     *     under each point, as {@code compare} and a sweep with {@code seeds: common} run them;
     *     a failed run drops out), so points compare paired
     */
    public boolean paired() {
        return paired;
    }

    /** @return the experiment file as run, or null (a comparison has none) */
    public String experimentText() {
        return experimentText;
    }

    /** @return a comparison's scenario files by name (scenarios/NAME.yaml), in point order */
    public Map<String, String> scenarioFiles() {
        return java.util.Collections.unmodifiableMap(scenarioFiles);
    }

    /** @return the parsed experiment file, or null */
    public ExperimentFile experiment() {
        return experiment;
    }

    /** @return the names of the scenarios in {@link #specs()} */
    public List<String> specNames() {
        return List.copyOf(names);
    }

    /** @return the scenarios: a comparison's, or an experiment's base */
    public List<ScenarioSpec> specs() {
        return List.copyOf(specs);
    }

    /** @return Morris indices per output (sensitivity only) */
    public Map<String, List<MorrisIndex>> morris() {
        return morris;
    }

    /** @return Sobol indices per output (sensitivity only) */
    public Map<String, List<SobolIndex>> sobol() {
        return sobol;
    }

    /** @return the names of the CSV files in the directory, sorted */
    List<String> csvFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
        }
    }
}
