// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import io.orgsim.core.RunResult;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.SpecException;
import io.orgsim.core.Summary;
import io.orgsim.core.TimeSeries;
import io.orgsim.core.io.AtomicFiles;
import io.orgsim.core.io.OutputLock;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.BitSet;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.commons.csv.CSVPrinter;

/**
 * Runs a design times replications on a fixed pool of threads, streaming one row per run to
 * {@code results.csv} in the output directory as runs finish, optionally every run's series
 * to {@code series.csv} ({@link SeriesFile}), and at the end the per-point statistics to
 * {@code summary.csv} and, with common seeds, every point's paired differences from point 0
 * to {@code differences.csv}.
 *
 * <ul>
 *   <li><b>Seeds.</b> Run (point, replication) gets {@link Seeds#runSeed}(master, point,
 *   replication, replications); with {@link Builder#commonSeeds} it gets runSeed(master, 0,
 *   replication, replications), the same seed at every point (common random numbers: the
 *   differences between points are paired by replication). Its row carries the seed and the
 *   applied values, and {@link #specFor} rebuilds its spec, so any run can be re-run alone.</li>
 *   <li><b>Thread-count independence.</b> Runs share nothing; each row depends only on its
 *   (point, replication). Rows are appended in completion order and put in (point,
 *   replication) order when the sweep ends, so {@code results.csv} is byte-identical for any
 *   number of threads or chunks.</li>
 *   <li><b>Bounded memory.</b> At most {@code threads} runs are running, nothing is queued: each
 *   thread takes the next run from a shared counter ({@link Workers#forEach}) and writes its row
 *   and drops it as soon as it finishes.</li>
 *   <li><b>Resume.</b> Started again on the same directory, a sweep skips the runs whose rows
 *   are in {@code results.csv} (a torn last line is cut away) and runs the rest, so every run
 *   ends up exactly once. The manifest ({@code manifest.json}) must match, every adopted row
 *   must hold this experiment's seed and values, and one adopted row is run again and must
 *   come out identical; anything else is refused and nothing changed.</li>
 *   <li><b>One writer.</b> A whole sweep or a merge holds a lock on the directory, a chunk on
 *   its part file ({@link io.orgsim.core.io.OutputLock}); a second writer is refused at once.</li>
 *   <li><b>Failures.</b> A run that throws is recorded with status {@code failed} and its
 *   error; the others go on. Failed runs count as done on resume.</li>
 *   <li><b>Chunks.</b> With {@link Builder#chunk}, a session runs only the runs of one
 *   {@link Chunk} and writes them to {@code chunks/part-I-of-N.csv} (same columns, same
 *   resume) instead of {@code results.csv}, without statistics; once every chunk is done,
 *   {@link #mergeChunks()} checks that the parts hold every run exactly once and writes
 *   {@code results.csv} and {@code summary.csv}. This is how job arrays run a sweep on many
 *   machines (docs/DISTRIBUTED.md).</li>
 * </ul>
 *
 * @since 0.1.0
 */
public final class Sweep {

    /** The results file's name in the output directory. */
    public static final String RESULTS = "results.csv";
    /** The per-point statistics file's name in the output directory. */
    public static final String SUMMARY = "summary.csv";
    /** With common seeds, the file of every point's differences from point 0, paired by replication. */
    public static final String DIFFERENCES = PairedDifferences.FILE;
    /** The manifest's name in the output directory (JSON; fields in docs/EXPERIMENTS.md). */
    public static final String MANIFEST = "manifest.json";
    /** The lock file a whole sweep or a merge holds in the output directory; chunks lock their part. */
    public static final String LOCK = ".orgsim.lock";
    /** Most runs a sweep does unless {@link Builder#allowLarge} is set. */
    public static final long LARGE_RUNS = 1_000_000;
    /** The folder of per-run series part files while a sweep runs ({@link SeriesFile#PARTS}). */
    public static final String SERIES = SeriesFile.PARTS;
    /** The folder of chunks' part files in the output directory. */
    public static final String CHUNKS = "chunks";

    private final ScenarioSpec base;
    private final Design design;
    private final int replications;
    private final long seed;
    private final boolean commonSeeds;
    private final boolean differences;
    private final int threads;
    private final Path out;
    private final boolean series;
    private final List<String> metrics;
    private final RunFunction runner;
    private final Progress.Factory progress;
    private final String task;
    private final Chunk chunk;
    private final String version;

    private Sweep(Builder b) {
        this.base = Objects.requireNonNull(b.base, "base");
        this.design = Objects.requireNonNull(b.design, "design");
        this.out = Objects.requireNonNull(b.out, "out");
        this.replications = b.replications;
        this.seed = b.seed == null ? base.seed() : b.seed;
        this.commonSeeds = b.commonSeeds;
        this.differences = b.commonSeeds && b.differences;
        this.threads = b.threads;
        this.series = b.series;
        this.metrics = List.copyOf(b.metrics);
        this.runner = b.runner;
        this.progress = b.progress;
        this.task = b.task;
        this.chunk = b.chunk;
        this.version = b.version;
        if (replications < 1) {
            throw new SpecException("replications", Integer.toString(replications), "must be at least 1");
        }
        if (threads < 1) {
            throw new SpecException("threads", Integer.toString(threads), "must be at least 1");
        }
        if ((long) design.size() * replications > Integer.MAX_VALUE) {
            throw new SpecException("replications", Integer.toString(replications),
                    "points x replications must be at most " + Integer.MAX_VALUE);
        }
        if (differences && design.size() < 2) {
            throw new SpecException("seeds", "common", "pairs each design point's runs with point 0's, so it needs "
                    + "at least 2 design points (this design has " + design.size() + ")");
        }
        long runs = (long) design.size() * replications;
        if (runs > LARGE_RUNS && !b.allowLarge) {
            throw new SpecException("design", design.size() + " points x " + replications + " replications = " + runs
                    + " runs", "more than the " + LARGE_RUNS + " runs a sweep does without --allow-large (about "
                    + runs / 50 / 3600 + " CPU-hours at 20 ms a run); give --allow-large to run it");
        }
        ResultColumns cols = columns();
        for (String m : metrics) {
            if (!cols.header().contains(m) || m.equals("status") || m.equals("error")) {
                throw new SpecException("outputs.metrics", m, "must be a numeric result column, e.g. "
                        + Summary.CUMULATIVE_OUTPUT.key());
            }
        }
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the columns of this sweep's results file */
    public ResultColumns columns() {
        return new ResultColumns(design.keys(), base.shocks().size());
    }

    /** @return the design */
    public Design design() {
        return design;
    }

    /** @return the replications per point */
    public int replications() {
        return replications;
    }

    /** @return the master seed */
    public long seed() {
        return seed;
    }

    /** @return true when replication r runs with the same seed at every point (common random numbers) */
    public boolean commonSeeds() {
        return commonSeeds;
    }

    /**
     * @param key a run of this sweep
     * @return its seed: from (point, replication), or from the replication alone with common seeds
     */
    private long seedOf(RunKey key) {
        return Seeds.runSeed(seed, commonSeeds ? 0 : key.point(), key.replication(), replications);
    }

    /** @return the output directory */
    public Path out() {
        return out;
    }

    /** @return the chunk this sweep runs, or null when it runs every run */
    public Chunk chunk() {
        return chunk;
    }

    /** @return the file this sweep's rows go to: {@code results.csv}, or a chunk's part file */
    public Path resultsFile() {
        return chunk == null ? out.resolve(RESULTS) : out.resolve(CHUNKS).resolve(chunk.partFileName());
    }

    /**
     * Rebuilds the spec of one run from its row's values and seed.
     *
     * @param base the sweep's base spec
     * @param keys the design keys
     * @param values the row's parameter values
     * @param seed the row's seed
     * @return the run's spec
     * @throws SpecException when the values make an invalid spec
     */
    public static ScenarioSpec specFor(ScenarioSpec base, List<String> keys, double[] values, long seed) {
        return Design.apply(base, keys, values).seed(seed).build();
    }

    /**
     * Runs every run not yet in the results file, then writes the per-point statistics.
     *
     * @return what was done
     * @throws IOException when an output file cannot be written
     * @throws IllegalStateException when the output directory holds a different experiment
     * @throws InterruptedIOException when the calling thread is interrupted
     */
    @SuppressWarnings("try") // the lock is held for the block, never read
    public SweepReport run() throws IOException {
        long start = System.nanoTime();
        Files.createDirectories(out);
        Path resultsFile = resultsFile();
        Files.createDirectories(resultsFile.getParent());
        AtomicFiles.forceDirectory(out); // a new chunks/ must survive a power loss with the rows in it
        Path lockFile = chunk == null ? out.resolve(LOCK)
                : resultsFile.resolveSibling("." + resultsFile.getFileName() + ".lock");
        try (OutputLock lock = OutputLock.acquire(lockFile, chunk == null ? out : resultsFile)) {
            AtomicFiles.removeStaleTemporaries(out);
            AtomicFiles.removeStaleTemporaries(resultsFile.getParent());
            checkManifest(Files.exists(resultsFile, LinkOption.NOFOLLOW_LINKS));
            if (series) {
                Files.createDirectories(out.resolve(SERIES));
                AtomicFiles.forceDirectory(out);
                AtomicFiles.removeStaleTemporaries(out.resolve(SERIES));
            }
            return runLocked(start, resultsFile);
        }
    }

    private SweepReport runLocked(long start, Path resultsFile) throws IOException {
        int total = chunk == null ? design.size() * replications : (int) chunk.size(design.size(), replications);
        ResultColumns cols = columns();
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<Throwable> sinkError = new AtomicReference<>();
        int resumed;
        long ran;
        try (ResultsFile results = ResultsFile.open(resultsFile, cols, expected(),
                adopted -> spotCheck(resultsFile, adopted.row(), adopted.line()));
             Progress bar = progress.start(task, total, results.done())) {
            resumed = results.done();
            if (resumed < total) {
                runAll(results, bar, failed, sinkError);
            }
            ran = results.written();
        }
        Throwable err = sinkError.get();
        if (err instanceof VirtualMachineError vm) {
            throw vm; // out of memory, say: named as such by the caller, not as a write failure
        }
        if (err != null) {
            throw new IOException("writing results failed: " + err.getMessage(), err);
        }
        if (chunk != null) {
            return new SweepReport(total, resumed, ran, failed.get(), Duration.ofNanos(System.nanoTime() - start),
                    resultsFile, null);
        }
        Path results = out.resolve(RESULTS);
        if (total <= ResultsFile.SORT_LIMIT) {
            ResultsFile.writeSorted(List.of(results), k -> 0, total, replications, results);
        }
        writeStatistics(results, cols);
        return new SweepReport(total, resumed, ran, failed.get(), Duration.ofNanos(System.nanoTime() - start),
                results, out.resolve(SUMMARY));
    }

    /** Writes the per-point statistics, the paired differences with common seeds, and merges the series. */
    private void writeStatistics(Path results, ResultColumns cols) throws IOException {
        PointSummaries.write(results, out.resolve(SUMMARY), cols, design, replications, metrics);
        if (differences) {
            PairedDifferences.write(results, out.resolve(DIFFERENCES), cols, design, replications, metrics);
        }
        SeriesFile.merge(out);
    }

    /** What every adopted row must hold: this experiment's seeds and values, in this sweep's chunk. */
    private ResultsFile.Expected expected() {
        return expected(chunk);
    }

    private ResultsFile.Expected expected(Chunk part) {
        List<String> keys = design.keys();
        return new ResultsFile.Expected() {
            @Override
            public int points() {
                return design.size();
            }

            @Override
            public int replications() {
                return replications;
            }

            @Override
            public long seed(RunKey key) {
                return seedOf(key);
            }

            @Override
            public double[] values(int point) {
                double[] v = design.point(point);
                for (int i = 0; i < v.length; i++) {
                    v[i] = Design.roundFor(keys.get(i), v[i]);
                }
                return v;
            }

            @Override
            public String misplaced(RunKey key) {
                return part == null || part.contains(key, replications) ? null
                        : "run (" + key.point() + ", " + key.replication() + ") does not belong to chunk " + part;
            }
        };
    }

    /**
     * Runs one adopted successful row again and compares it field for field: rows from an
     * experiment that differs only where rows do not show it (a base parameter outside the
     * design, another orgsim version) are refused before anything is added to them. Only with
     * the model's run function: test hooks need not be deterministic.
     */
    private void spotCheck(Path file, List<String> row, long line) {
        if (row == null || runner != RunFunction.MODEL) {
            return;
        }
        RunKey key = new RunKey(Integer.parseInt(row.get(0)), Integer.parseInt(row.get(1)));
        List<String> again = columns().row(runOne(key));
        for (int i = 0; i < row.size(); i++) {
            if (!row.get(i).equals(again.get(i))) {
                throw new IllegalStateException(file + " line " + line + ", field " + columns().header().get(i)
                        + " = \"" + row.get(i) + "\": run (" + key.point() + ", " + key.replication()
                        + ") run again gives " + again.get(i) + "; the file holds results of another experiment or "
                        + "another orgsim version, and nothing was changed: use another output directory or delete "
                        + "this one");
            }
        }
    }

    /**
     * Combines the part files of chunks {@code 0..N-1} (written by sessions with
     * {@link Builder#chunk}) into {@code results.csv}, in part order, and writes
     * {@code summary.csv}. Nothing is written unless the parts are complete: all N present,
     * the columns of this sweep, every run in the part of its chunk, every run exactly once.
     *
     * @return what the parts held ({@code ran} is the number of rows merged)
     * @throws IOException when a file cannot be read or written
     * @throws IllegalStateException when the parts are missing, incomplete, of another experiment or
     *     mixed with parts of another number of chunks
     */
    @SuppressWarnings("try") // the lock is held for the block, never read
    public SweepReport mergeChunks() throws IOException {
        Files.createDirectories(out);
        try (OutputLock lock = OutputLock.acquire(out.resolve(LOCK), out)) {
            AtomicFiles.removeStaleTemporaries(out);
            return mergeLocked();
        }
    }

    private SweepReport mergeLocked() throws IOException {
        long start = System.nanoTime();
        Path dir = out.resolve(CHUNKS);
        java.util.regex.Pattern name = java.util.regex.Pattern.compile("part-(\\d+)-of-(\\d+)\\.csv");
        java.util.TreeMap<Integer, Path> parts = new java.util.TreeMap<>();
        java.util.TreeSet<Integer> counts = new java.util.TreeSet<>();
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    java.util.regex.Matcher m = name.matcher(f.getFileName().toString());
                    if (m.matches()) {
                        counts.add(Integer.parseInt(m.group(2)));
                        parts.put(Integer.parseInt(m.group(1)), f);
                    }
                }
            }
        }
        if (parts.isEmpty()) {
            throw new IllegalStateException("no part files in " + dir + "; run the chunks first (--chunk i/N)");
        }
        if (counts.size() > 1) {
            throw new IllegalStateException(dir + " holds parts of different numbers of chunks " + counts
                    + "; keep the parts of one run of the job array only");
        }
        int n = counts.first();
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < n && missing.size() < 20; i++) {
            if (!parts.containsKey(i)) {
                missing.add(i);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException(dir + " lacks the parts of chunks " + missing + " of " + n
                    + "; run them (--chunk i/" + n + ") and merge again");
        }
        checkManifest(true);
        int points = design.size();
        int total = points * replications;
        ResultColumns cols = columns();
        java.util.BitSet seen = new java.util.BitSet(total);
        int failed = 0;
        int statusCol = cols.indexOf("status");
        List<Path> sources = new ArrayList<>();
        for (var e : parts.entrySet()) {
            Path part = e.getValue();
            // a task still writing its part (a requeued task whose old run goes on) must finish first
            OutputLock.checkFree(part.resolveSibling("." + part.getFileName() + ".lock"), part);
            java.util.BitSet mine = new java.util.BitSet(total);
            ResultsFile.Adopted first = ResultsFile.check(part, cols, expected(new Chunk(e.getKey(), n)), mine);
            spotCheck(part, first.row(), first.line());
            seen.or(mine);
            sources.add(part);
        }
        int done = seen.cardinality();
        if (done < total) {
            int k = seen.nextClearBit(0);
            throw new IllegalStateException("the parts hold " + done + " of " + total + " runs; the first "
                    + "missing, (" + k / replications + ", " + k % replications + "), is in chunk " + k % n + "/"
                    + n + ": run that chunk again (it resumes) and merge again");
        }
        Path target = out.resolve(RESULTS);
        ResultsFile.writeSorted(sources, k -> k % n, total, replications, target);
        int[] failedRows = {0};
        ResultsFile.read(target, row -> failedRows[0] += "ok".equals(row.get(statusCol)) ? 0 : 1);
        failed = failedRows[0];
        writeStatistics(target, cols);
        return new SweepReport(total, 0, total, failed, Duration.ofNanos(System.nanoTime() - start), target,
                out.resolve(SUMMARY));
    }

    /**
     * Runs one run of this sweep exactly as {@link #run()} would, in the calling thread, and
     * returns its record without writing anything (series files are written when the sweep
     * writes them). This is what a distributed runner calls for each run of its chunk.
     *
     * @param key the run
     * @return its record; a run that throws gives a record with status failed
     * @throws IllegalArgumentException when the key is outside the sweep
     */
    public RunRecord runOne(RunKey key) {
        if (key.point() < 0 || key.point() >= design.size() || key.replication() < 0
                || key.replication() >= replications) {
            throw new IllegalArgumentException("run (" + key.point() + ", " + key.replication() + ") is outside "
                    + design.size() + " points x " + replications + " replications");
        }
        List<String> keys = design.keys();
        double[] values = design.point(key.point());
        for (int i = 0; i < values.length; i++) {
            values[i] = Design.roundFor(keys.get(i), values[i]);
        }
        return execute(key, values);
    }

    private void runAll(ResultsFile results, Progress bar, AtomicInteger failed, AtomicReference<Throwable> sinkError)
            throws InterruptedIOException {
        BitSet resumed = results.doneRuns(); // read only from here on: each run is written once, by its thread
        try {
            Workers.forEach("orgsim-run", threads, design.size() * replications, k -> {
                RunKey key = new RunKey(k / replications, k % replications);
                if (resumed.get(k) || (chunk != null && !chunk.contains(key, replications))) {
                    return true;
                }
                try {
                    RunRecord rec = runOne(key);
                    if (!rec.ok()) {
                        failed.incrementAndGet();
                    }
                    results.write(rec);
                    bar.advance();
                    return true;
                } catch (Throwable t) {
                    sinkError.compareAndSet(null, t);
                    return false; // no further run: the session fails and a resume starts from the file
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("sweep interrupted; start it again to resume");
        }
    }

    private RunRecord execute(RunKey key, double[] values) {
        long runSeed = seedOf(key);
        try {
            ScenarioSpec spec = specFor(base, design.keys(), values, runSeed);
            // the model's runs step their week on the cores the sweep's threads leave them
            RunResult result = runner == RunFunction.MODEL ? Workers.run(spec, threads) : runner.run(key, spec);
            if (result == null) {
                throw new IllegalStateException("the run function returned no result");
            }
            if (series) {
                writeSeries(key, result.series());
            }
            return new RunRecord(key, runSeed, values, result, null);
        } catch (VirtualMachineError e) {
            if (e instanceof StackOverflowError) {
                return new RunRecord(key, runSeed, values, null, RunRecord.describe(e));
            }
            throw e;
        } catch (Throwable t) {
            return new RunRecord(key, runSeed, values, null, RunRecord.describe(t));
        }
    }

    private void writeSeries(RunKey key, TimeSeries s) throws IOException {
        SeriesFile.writePart(out, key, s);
    }

    /**
     * Writes the manifest when the directory has none, else checks that it describes this
     * experiment. A directory with results but no manifest is refused: its rows cannot be told
     * to belong to this experiment.
     */
    private void checkManifest(boolean resultsExist) throws IOException {
        Path file = out.resolve(MANIFEST);
        Manifest manifest = Manifest.of(version, seed, commonSeeds, replications, design, base, columns());
        if (Files.isSymbolicLink(file)) {
            throw new IllegalStateException(file + " is a symbolic link; orgsim does not write through links");
        }
        if (!Files.exists(file)) {
            if (Files.exists(out.resolve("manifest.txt"))) {
                throw new IllegalStateException(out + " holds results of an older orgsim (manifest.txt, not "
                        + MANIFEST + "); use another output directory or delete this one");
            }
            if (resultsExist || chunk == null && hasParts()) {
                throw new IllegalStateException(out + " holds results but no " + MANIFEST + ", so they cannot be "
                        + "checked to belong to this experiment; nothing was changed: use another output directory "
                        + "or delete this one");
            }
            // published without replacing: the tasks of a job array may start at once
            Path tmp = AtomicFiles.createTemporary(out, MANIFEST);
            try {
                Files.writeString(tmp, manifest.text(), StandardCharsets.UTF_8, LinkOption.NOFOLLOW_LINKS,
                        java.nio.file.StandardOpenOption.WRITE);
                try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
                    ch.force(true);
                }
                Files.createLink(file, tmp);
                AtomicFiles.forceDirectory(out);
                return;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // another task wrote it first: check it below
            } catch (UnsupportedOperationException e) {
                AtomicFiles.commit(tmp, file); // no hard links: a plain atomic move
                return;
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        String old = Files.readString(file, StandardCharsets.UTF_8);
        String difference = manifest.difference(old);
        if (difference != null) {
            throw new IllegalStateException(out + " holds results of a different experiment (its " + MANIFEST
                    + " differs: " + difference + "); nothing was changed: use another output directory or delete "
                    + "this one");
        }
    }

    private boolean hasParts() throws IOException {
        Path dir = out.resolve(CHUNKS);
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("part-"));
        }
    }

    /** Collects a sweep's settings. Not thread-safe. */
    public static final class Builder {
        private ScenarioSpec base;
        private Design design;
        private int replications = 1;
        private Long seed;
        private boolean commonSeeds;
        private boolean differences = true;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Path out;
        private boolean series;
        private List<String> metrics = Summary.values().length == 0 ? List.of()
                : java.util.Arrays.stream(Summary.values()).map(Summary::key).toList();
        private RunFunction runner = RunFunction.MODEL;
        private Progress.Factory progress = Progress.Factory.NONE;
        private String task = "sweep";
        private Chunk chunk;
        private boolean allowLarge;
        private String version = "unknown";

        private Builder() {
        }

        /**
         * @param base the spec every point varies
         * @return this builder
         */
        public Builder base(ScenarioSpec base) {
            this.base = base;
            return this;
        }

        /**
         * @param design the design points
         * @return this builder
         */
        public Builder design(Design design) {
            this.design = design;
            return this;
        }

        /**
         * @param replications runs per point, at least 1 (default 1)
         * @return this builder
         */
        public Builder replications(int replications) {
            this.replications = replications;
            return this;
        }

        /**
         * @param seed the master seed (default: the base spec's seed)
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * @param common true to run replication r of every point with the same seed (common
         *     random numbers, for comparisons paired by replication); false (the default) to give
         *     every run a seed of its own
         * @return this builder
         */
        public Builder commonSeeds(boolean common) {
            this.commonSeeds = common;
            return this;
        }

        /**
         * @param write false for designs whose points are samples, not alternatives (a sensitivity
         *     study's), where each point minus point 0 means nothing: no {@code differences.csv}
         * @return this builder
         */
        Builder differences(boolean write) {
            this.differences = write;
            return this;
        }

        /**
         * @param threads worker threads (default: available processors)
         * @return this builder
         */
        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        /**
         * @param out the output directory
         * @return this builder
         */
        public Builder out(Path out) {
            this.out = out;
            return this;
        }

        /**
         * @param series true to write every run's per-week series to {@code series.csv}
         * @return this builder
         */
        public Builder series(boolean series) {
            this.series = series;
            return this;
        }

        /**
         * @param metrics result columns summarized per point in {@code summary.csv} (default: every summary)
         * @return this builder
         */
        public Builder metrics(List<String> metrics) {
            this.metrics = List.copyOf(metrics);
            return this;
        }

        /**
         * @param runner what runs a spec (default {@link RunFunction#MODEL})
         * @return this builder
         */
        public Builder runner(RunFunction runner) {
            this.runner = Objects.requireNonNull(runner);
            return this;
        }

        /**
         * @param progress the progress display (default none)
         * @return this builder
         */
        public Builder progress(Progress.Factory progress) {
            this.progress = Objects.requireNonNull(progress);
            return this;
        }

        /**
         * @param task the label shown by the progress display
         * @return this builder
         */
        public Builder task(String task) {
            this.task = Objects.requireNonNull(task);
            return this;
        }

        /**
         * @param chunk the one chunk to run, writing its part file; null (the default) to run every run
         * @return this builder
         */
        public Builder chunk(Chunk chunk) {
            this.chunk = chunk;
            return this;
        }

        /**
         * @param allowLarge true to run designs of more than {@link Sweep#LARGE_RUNS} runs (default false)
         * @return this builder
         */
        public Builder allowLarge(boolean allowLarge) {
            this.allowLarge = allowLarge;
            return this;
        }

        /**
         * @param version the orgsim version, recorded in the manifest (default "unknown")
         * @return this builder
         */
        public Builder version(String version) {
            this.version = Objects.requireNonNull(version);
            return this;
        }

        /**
         * @return the sweep
         * @throws SpecException when a setting is out of range, or the design is large without {@link #allowLarge}
         */
        public Sweep build() {
            return new Sweep(this);
        }
    }
}
