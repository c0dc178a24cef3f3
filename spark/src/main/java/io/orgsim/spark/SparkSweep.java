// SPDX-License-Identifier: Apache-2.0
package io.orgsim.spark;

import io.orgsim.core.SpecException;
import io.orgsim.core.experiment.Chunk;
import io.orgsim.core.experiment.ResultColumns;
import io.orgsim.core.experiment.RunKey;
import io.orgsim.core.experiment.Sweep;
import io.orgsim.scenarios.file.ExperimentFile;
import io.orgsim.scenarios.file.ExperimentFiles;
import io.orgsim.scenarios.file.ScenarioFileException;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Runs the sweep of an experiment file (docs/EXPERIMENTS.md) on Apache Spark
 * (docs/DISTRIBUTED.md).
 *
 * <ul>
 *   <li><b>Tasks.</b> The runs are cut into N {@link Chunk}s by the rule of
 *   {@code orgsim sweep --chunk i/N}; chunk i is partition i, so one Spark task runs the
 *   runs of one chunk, one after another. Spark runs as many tasks at once as executors have
 *   cores, and retries a failed task: its runs are deterministic, so a retry gives the same
 *   rows.</li>
 *   <li><b>Seeds and values.</b> Each executor reads the experiment from its YAML text and
 *   runs each run with {@link Sweep#runOne}, so run (point, replication) gets the seed it gets
 *   on one machine ({@code Seeds.runSeed(master, point, replication)}, or with {@code seeds:
 *   common} {@code Seeds.runSeed(master, 0, replication)}) and the same values.
 *   Rows are made by the local runner's {@link ResultColumns#row}, then typed; formatted back
 *   they are the strings of {@code results.csv}.</li>
 *   <li><b>Output.</b> A Dataset with the columns of {@code results.csv}, written by the
 *   executors to {@code OUT/results.parquet}, partitioned by {@code point} unless told
 *   otherwise; with {@code --csv}, also one CSV file under {@code OUT/results-csv}, sorted by
 *   (point, replication), with the values of {@code results.csv} written the same way.</li>
 * </ul>
 *
 * <p>Usage: {@code spark-submit --class io.orgsim.spark.SparkSweep orgsim-spark.jar FILE --out DIR
 * [--chunks N] [--seed N] [--replications R] [--partition-by COLUMN|none] [--csv]}. FILE is a
 * local path or any path Spark reads (hdfs://, s3a://); DIR is any path Spark writes and must
 * not exist yet.
 */
public final class SparkSweep {

    /** The Parquet folder in the output directory. */
    public static final String PARQUET = "results.parquet";
    /** The CSV folder in the output directory. */
    public static final String CSV = "results-csv";

    private SparkSweep() {
    }

    /**
     * What to run.
     *
     * @param source the experiment file's name, for messages and its default name
     * @param yaml the experiment file's text
     * @param seed the master seed, or null for the file's
     * @param replications replications per point, or null for the file's
     * @param chunks the number of chunks (tasks), or 0 for four per core of the cluster
     * @param out the output directory (any path Spark writes), which must not exist
     * @param partitionBy the column to partition the Parquet output by, or null for none
     * @param csv whether to write the CSV file too
     */
    public record Job(String source, String yaml, Long seed, Integer replications, int chunks, String out,
                      String partitionBy, boolean csv) implements Serializable {

        private static final long serialVersionUID = 1L;

        /**
         * Builds the sweep this job describes (on the driver and again on each executor).
         *
         * @return the sweep, without series files
         * @throws ScenarioFileException when the text is not a valid experiment file
         */
        public Sweep sweep() {
            Path path = Path.of(source);
            String stem = path.getFileName() == null ? "experiment"
                    : path.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            ExperimentFile f = ExperimentFiles.parse(path, yaml, stem);
            // no run limit: submitting to a cluster is the explicit request for a large sweep
            Sweep.Builder b = f.sweep().series(false).out(Path.of("unused")).allowLarge(true);
            if (seed != null) {
                b.seed(seed);
            }
            if (replications != null) {
                b.replications(replications);
            }
            return b.build();
        }
    }

    /**
     * What a job did.
     *
     * @param runs rows written
     * @param failed rows with status failed
     * @param chunks the number of chunks (tasks)
     * @param parquet the Parquet folder
     * @param csv the CSV folder, or null
     * @param elapsed wall time
     */
    public record Report(long runs, long failed, int chunks, String parquet, String csv, Duration elapsed) {
    }

    /**
     * Entry point for spark-submit.
     *
     * @param args FILE --out DIR [options]; see the class comment
     * @throws IOException when the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        String file = null;
        String out = null;
        Long seed = null;
        Integer replications = null;
        int chunks = 0;
        String partitionBy = "point";
        boolean csv = false;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--out" -> out = value(args, ++i);
                    case "--seed" -> seed = Long.parseLong(value(args, ++i));
                    case "--replications", "-r" -> replications = Integer.parseInt(value(args, ++i));
                    case "--chunks" -> chunks = Integer.parseInt(value(args, ++i));
                    case "--partition-by" -> partitionBy = value(args, ++i);
                    case "--csv" -> csv = true;
                    default -> {
                        if (args[i].startsWith("-") || file != null) {
                            throw new IllegalArgumentException("unknown argument " + args[i]);
                        }
                        file = args[i];
                    }
                }
            }
            if (file == null || out == null) {
                throw new IllegalArgumentException("FILE and --out DIR are required");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("SparkSweep: " + e.getMessage() + "\nusage: SparkSweep FILE --out DIR [--chunks N] "
                    + "[--seed N] [--replications R] [--partition-by COLUMN|none] [--csv]");
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("orgsim sweep " + file).getOrCreate();
        int exit = 0;
        try {
            Job job = new Job(file, read(spark, file), seed, replications, chunks, out,
                    "none".equals(partitionBy) ? null : partitionBy, csv);
            Report r = run(spark, job);
            System.out.printf(Locale.ROOT, "%d runs (%d failed) in %d chunks, %.1f s%nwrote %s%s%n", r.runs(),
                    r.failed(), r.chunks(), r.elapsed().toNanos() / 1e9, r.parquet(),
                    r.csv() == null ? "" : " and " + r.csv());
        } catch (ScenarioFileException | SpecException e) {
            System.err.println("SparkSweep: " + e.getMessage());
            exit = 2;
        } finally {
            spark.stop();
        }
        if (exit != 0) {
            System.exit(exit);
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    /**
     * Reads a text file from the local file system, else through Spark (hdfs://, s3a://, ...).
     *
     * @param spark the session
     * @param file the path
     * @return its text
     * @throws IOException when a local file cannot be read
     */
    public static String read(SparkSession spark, String file) throws IOException {
        if (!file.contains("://") && Files.isRegularFile(Path.of(file))) {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        }
        return spark.read().option("wholetext", true).text(file).first().getString(0);
    }

    /**
     * Runs a job and writes its output.
     *
     * @param spark the session (any master)
     * @param job what to run
     * @return what was done
     * @throws ScenarioFileException when the experiment file is not valid
     * @throws SpecException when an override is out of range
     */
    public static Report run(SparkSession spark, Job job) {
        long start = System.nanoTime();
        Sweep sweep = job.sweep(); // validates on the driver before any task starts
        int points = sweep.design().size();
        int replications = sweep.replications();
        long total = (long) points * replications;
        int chunks = job.chunks() > 0 ? job.chunks()
                : 4 * Math.max(1, spark.sparkContext().defaultParallelism());
        chunks = (int) Math.max(1, Math.min(chunks, total));
        StructType schema = schema(sweep.columns());
        if (job.partitionBy() != null && !List.of(schema.fieldNames()).contains(job.partitionBy())) {
            throw new SpecException("--partition-by", job.partitionBy(), "must be a column of the results, e.g. "
                    + "point, or none");
        }

        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<Integer> ids = IntStream.range(0, chunks).boxed().toList();
        JavaRDD<Row> rows = jsc.parallelize(ids, chunks).flatMap(new RunChunk(job, chunks));
        Dataset<Row> results = spark.createDataFrame(rows, schema);
        String parquet = job.out() + "/" + PARQUET;
        if (job.partitionBy() != null) {
            // one shuffle of the (small) rows, so that each partition folder gets one file;
            // the shuffle files also spare the runs should a write task fail
            Column by = col(job.partitionBy());
            results.repartition(by).write().partitionBy(job.partitionBy()).parquet(parquet);
        } else {
            results.write().parquet(parquet);
        }

        Dataset<Row> written = spark.read().parquet(parquet).select(columns(schema));
        long failed = written.filter(col("status").equalTo("failed")).count();
        long runs = written.count();
        String csv = null;
        if (job.csv()) {
            csv = job.out() + "/" + CSV;
            Dataset<Row> sorted = written.coalesce(1).sortWithinPartitions(col("point"), col("replication"));
            JavaRDD<Row> text = sorted.javaRDD().map(new Format(schema));
            spark.createDataFrame(text, textSchema(schema)).write()
                    .option("header", true)
                    .option("quote", "\"")
                    .option("escape", "\"")
                    .option("ignoreLeadingWhiteSpace", false)
                    .option("ignoreTrailingWhiteSpace", false)
                    .csv(csv);
        }
        return new Report(runs, failed, chunks, parquet, csv, Duration.ofNanos(System.nanoTime() - start));
    }

    private static Column col(String name) {
        return functions.col("`" + name + "`");
    }

    private static Column[] columns(StructType schema) {
        return IntStream.range(0, schema.size()).mapToObj(i -> col(schema.fields()[i].name())).toArray(Column[]::new);
    }

    /**
     * The typed columns of a results file: point and replication int, seed long, design values
     * double, status string, summaries double, per shock name string, week and recovery weeks
     * int, recovered boolean, the rest double; error string. Empty fields are null.
     *
     * @param cols the results file's columns
     * @return the schema, in the same column order
     */
    public static StructType schema(ResultColumns cols) {
        List<StructField> fields = new ArrayList<>();
        for (String name : cols.header()) {
            fields.add(DataTypes.createStructField(name, type(name), !name.equals("point")
                    && !name.equals("replication") && !name.equals("seed") && !name.equals("status")));
        }
        return DataTypes.createStructType(fields);
    }

    private static DataType type(String name) {
        if (name.equals("point") || name.equals("replication")) {
            return DataTypes.IntegerType;
        }
        if (name.equals("seed")) {
            return DataTypes.LongType;
        }
        if (name.equals("status") || name.equals("error")) {
            return DataTypes.StringType;
        }
        if (name.matches("shock\\d+_.*")) {
            String field = name.substring(name.indexOf('_') + 1);
            return switch (field) {
                case "name" -> DataTypes.StringType;
                case "week", "recovery_weeks" -> DataTypes.IntegerType;
                case "recovered" -> DataTypes.BooleanType;
                default -> DataTypes.DoubleType;
            };
        }
        return DataTypes.DoubleType; // design values and summaries
    }

    private static StructType textSchema(StructType schema) {
        List<StructField> fields = new ArrayList<>();
        for (StructField f : schema.fields()) {
            fields.add(DataTypes.createStructField(f.name(), DataTypes.StringType, true));
        }
        return DataTypes.createStructType(fields);
    }

    /**
     * Turns a row of {@code results.csv} into typed values.
     *
     * @param schema the typed schema
     * @param text the row's fields
     * @return the typed row
     */
    static Row typed(StructType schema, List<String> text) {
        Object[] v = new Object[text.size()];
        for (int i = 0; i < v.length; i++) {
            String s = text.get(i);
            DataType t = schema.fields()[i].dataType();
            if (s.isEmpty()) {
                v[i] = null;
            } else if (t == DataTypes.IntegerType) {
                v[i] = Integer.parseInt(s);
            } else if (t == DataTypes.LongType) {
                v[i] = Long.parseLong(s);
            } else if (t == DataTypes.BooleanType) {
                v[i] = Boolean.parseBoolean(s);
            } else if (t == DataTypes.DoubleType) {
                v[i] = Double.parseDouble(s);
            } else {
                v[i] = s;
            }
        }
        return RowFactory.create(v);
    }

    /**
     * Formats a typed row back to the fields of {@code results.csv}; the inverse of
     * {@link #typed}, since {@link ResultColumns#number} writes doubles that parse back exactly.
     *
     * @param row a typed row
     * @return its fields; null fields as empty strings
     */
    public static List<String> text(Row row) {
        List<String> out = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) {
            Object o = row.get(i);
            out.add(o == null ? "" : o instanceof Double d ? ResultColumns.number(d) : o.toString());
        }
        return out;
    }

    /** Runs the runs of one chunk in an executor, lazily, one row at a time. */
    private static final class RunChunk implements FlatMapFunction<Integer, Row> {
        private static final long serialVersionUID = 1L;
        private final Job job;
        private final int chunks;

        RunChunk(Job job, int chunks) {
            this.job = job;
            this.chunks = chunks;
        }

        @Override
        public Iterator<Row> call(Integer index) {
            Sweep sweep = job.sweep();
            ResultColumns cols = sweep.columns();
            StructType schema = schema(cols);
            Iterator<RunKey> keys = new Chunk(index, chunks).runs(sweep.design().size(), sweep.replications());
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return keys.hasNext();
                }

                @Override
                public Row next() {
                    return typed(schema, cols.row(sweep.runOne(keys.next())));
                }
            };
        }
    }

    /** Formats typed rows as the text of results.csv (null for empty, which Spark writes as empty). */
    private static final class Format implements org.apache.spark.api.java.function.Function<Row, Row> {
        private static final long serialVersionUID = 1L;
        private final StructType schema;

        Format(StructType schema) {
            this.schema = schema;
        }

        @Override
        public Row call(Row row) {
            List<String> t = text(row);
            Object[] v = new Object[schema.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = t.get(i).isEmpty() ? null : t.get(i);
            }
            return RowFactory.create(v);
        }
    }
}
