// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.BitSet;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * An append-only results file: one RFC 4180 row per run (LF line ends), flushed as soon as
 * it is written, so a crash loses at most the row being written. Opening an existing file
 * resumes it: a torn last line (a write cut off by a kill) is cut away, the header must
 * match, and the runs already recorded are reported by {@link #done()} so they are not run
 * again. Rows appear in the order runs finish, which depends on thread timing; sort by
 * {@code (point, replication)} for a canonical order.
 *
 * <p>Thread-safe: {@link #write} may be called from several threads.
 */
public final class ResultsFile implements AutoCloseable {

    /** The CSV dialect of every output file: RFC 4180 quoting, with LF line ends (docs/OUTPUTS.md). */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private final Path path;
    private final ResultColumns columns;
    private final BitSet done;
    private final int replications;
    private final CSVPrinter printer;
    private long written;

    private ResultsFile(Path path, ResultColumns columns, int replications, BitSet done, CSVPrinter printer) {
        this.path = path;
        this.columns = columns;
        this.replications = replications;
        this.done = done;
        this.printer = printer;
    }

    /**
     * Creates the file, or resumes it when it exists.
     *
     * @param path the file
     * @param columns its columns
     * @param points the design's number of points
     * @param replications replications per point
     * @return the open file
     * @throws IOException when the file cannot be read or written
     * @throws IllegalStateException when the file holds another experiment's columns or rows
     */
    public static ResultsFile open(Path path, ResultColumns columns, int points, int replications)
            throws IOException {
        BitSet done = new BitSet();
        boolean fresh = !Files.exists(path) || repairTail(path) == 0;
        if (fresh) {
            Files.deleteIfExists(path);
        } else {
            readDone(path, columns, points, replications, done);
        }
        BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        if (fresh) {
            printer.printRecord(columns.header());
            printer.flush();
        }
        return new ResultsFile(path, columns, replications, done, printer);
    }

    /**
     * Cuts a torn last line away: everything after the last line feed.
     *
     * @param path an existing file
     * @return the length of the file afterwards
     * @throws IOException when the file cannot be read or cut
     */
    static long repairTail(Path path) throws IOException {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            long pos = size;
            java.nio.ByteBuffer one = java.nio.ByteBuffer.allocate(8192);
            while (pos > 0) {
                int n = (int) Math.min(one.capacity(), pos);
                one.clear().limit(n);
                ch.read(one, pos - n);
                for (int i = n - 1; i >= 0; i--) {
                    if (one.get(i) == '\n') {
                        long keep = pos - n + i + 1;
                        if (keep < size) {
                            ch.truncate(keep);
                        }
                        return keep;
                    }
                }
                pos -= n;
            }
            ch.truncate(0);
            return 0;
        }
    }

    private static void readDone(Path path, ResultColumns columns, int points, int replications, BitSet done)
            throws IOException {
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
             CSVParser parser = FORMAT.parse(in)) {
            boolean first = true;
            for (CSVRecord rec : parser) {
                if (first) {
                    first = false;
                    if (!rec.toList().equals(columns.header())) {
                        throw new IllegalStateException(path + " holds results with other columns; "
                                + "use another output directory or delete it\n  found:    " + rec.toList()
                                + "\n  expected: " + columns.header());
                    }
                    continue;
                }
                if (rec.size() != columns.header().size()) {
                    throw new IllegalStateException(path + " line " + parser.getCurrentLineNumber()
                            + ": " + rec.size() + " fields, expected " + columns.header().size());
                }
                int point = Integer.parseInt(rec.get(0));
                int rep = Integer.parseInt(rec.get(1));
                if (point < 0 || point >= points || rep < 0 || rep >= replications) {
                    throw new IllegalStateException(path + " line " + parser.getCurrentLineNumber() + ": run ("
                            + point + ", " + rep + ") is outside this experiment (" + points + " points x "
                            + replications + " replications)");
                }
                done.set(point * replications + rep);
            }
        }
    }

    /** @return the file */
    public Path path() {
        return path;
    }

    /** @return the columns */
    public ResultColumns columns() {
        return columns;
    }

    /**
     * @param key a run
     * @return true when the file already holds its row
     */
    public synchronized boolean isDone(RunKey key) {
        return done.get(key.point() * replications + key.replication());
    }

    /** @return the number of runs recorded, from earlier sessions and this one */
    public synchronized int done() {
        return done.cardinality();
    }

    /** @return rows written in this session */
    public synchronized long written() {
        return written;
    }

    /**
     * Appends a run's row and flushes it.
     *
     * @param r the run's record
     * @throws UncheckedIOException when the row cannot be written
     */
    public synchronized void write(RunRecord r) {
        int index = r.key().point() * replications + r.key().replication();
        if (done.get(index)) {
            return;
        }
        try {
            printer.printRecord(columns.row(r));
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        done.set(index);
        written++;
    }

    @Override
    public synchronized void close() throws IOException {
        printer.close();
    }

    /**
     * Reads a results file's rows in file order.
     *
     * @param path the file
     * @param visitor called per row with its fields
     * @throws IOException when the file cannot be read
     */
    public static void read(Path path, java.util.function.Consumer<List<String>> visitor) throws IOException {
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
             CSVParser parser = FORMAT.parse(in)) {
            boolean first = true;
            for (CSVRecord rec : parser) {
                if (first) {
                    first = false;
                    continue;
                }
                visitor.accept(rec.toList());
            }
        }
    }
}
