// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import io.orgsim.core.Summary;
import io.orgsim.core.io.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntUnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * An append-only results file: one RFC 4180 row per run (LF line ends).
 *
 * <ul>
 *   <li><b>Whole rows only.</b> Each row goes to the file in one positioned write at the end
 *   of the last complete row. When a write fails (a full disk, an I/O error) the file is cut
 *   back to the last complete row and no further row is written, so a partial row can never
 *   sit before a later one; the session fails and a later resume finds a clean file.</li>
 *   <li><b>Durability.</b> The file is forced to disk at least every {@link #FORCE_EVERY_MS}
 *   ms while rows are written and when it is closed, before a sweep reports its runs done.
 *   After a power loss the rows of the last few seconds may be missing; they are run again
 *   on resume.</li>
 *   <li><b>Resume.</b> Opening an existing file checks every row against the experiment
 *   ({@link Expected}: the run's point and replication in range, its seed, its design values,
 *   its status and numbers, each run once) before adopting anything; a row that does not
 *   belong is refused with its line, field and reason and the file is left as it was. Only
 *   then is a torn last line (a write cut off by a kill) cut away.</li>
 *   <li><b>No links.</b> A results file that is a symbolic link is refused; orgsim never
 *   writes through a link.</li>
 * </ul>
 *
 * <p>Rows appear in the order runs finish; {@link #writeSorted} writes them in
 * {@code (point, replication)} order at the end of a sweep. Thread-safe: {@link #write} may be
 * called from several threads.
 *
 * @since 0.1.0
 */
public final class ResultsFile implements AutoCloseable {

    /** The CSV dialect of every output file: RFC 4180 quoting, with LF line ends (docs/OUTPUTS.md). */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
    /** Longest time between two forces of the file to disk while rows are written. */
    public static final long FORCE_EVERY_MS = 2_000;
    /** Most runs whose rows {@link #writeSorted} puts in order (12 bytes of index each). */
    public static final int SORT_LIMIT = 10_000_000;

    /** What every row of an experiment's results file must hold; see {@link ResultsFile#open}. */
    public interface Expected {
        /** @return the design's number of points */
        int points();

        /** @return replications per point */
        int replications();

        /**
         * @param key a run of the experiment
         * @return the seed the experiment gives it
         */
        long seed(RunKey key);

        /**
         * @param point a design point
         * @return the values as applied (whole-number parameters rounded), in key order
         */
        double[] values(int point);

        /**
         * @param key a run in range
         * @return null when the run belongs in this file, else why not (e.g. another chunk's run)
         */
        default String misplaced(RunKey key) {
            return null;
        }
    }

    private final Path path;
    private final ResultColumns columns;
    private final BitSet done;
    private final int replications;
    private final FileChannel channel;
    private long end;
    private long written;
    private long lastForce = System.nanoTime();
    private IOException broken;

    private ResultsFile(Path path, ResultColumns columns, int replications, BitSet done, FileChannel channel,
                        long end) {
        this.path = path;
        this.columns = columns;
        this.replications = replications;
        this.done = done;
        this.channel = channel;
        this.end = end;
    }

    /**
     * Creates the file, or resumes it when it exists, after checking every row.
     *
     * @param path the file
     * @param columns its columns
     * @param expected what the rows must hold
     * @return the open file
     * @throws IOException when the file cannot be read or written
     * @throws IllegalStateException when a row does not belong to this experiment (the file is unchanged)
     */
    public static ResultsFile open(Path path, ResultColumns columns, Expected expected) throws IOException {
        return open(path, columns, expected, adopted -> { });
    }

    /**
     * Creates the file, or resumes it when it exists, after checking every row and handing the
     * first adopted successful row to a last check (before anything in the file is changed).
     *
     * @param path the file
     * @param columns its columns
     * @param expected what the rows must hold
     * @param lastCheck given the first adopted successful row (when there is one); throws to refuse the file
     * @return the open file
     * @throws IOException when the file cannot be read or written
     * @throws IllegalStateException when a row does not belong to this experiment (the file is unchanged)
     */
    static ResultsFile open(Path path, ResultColumns columns, Expected expected,
                            java.util.function.Consumer<Adopted> lastCheck) throws IOException {
        refuseLink(path);
        BitSet done = new BitSet();
        Scan scan = Files.exists(path) ? scan(path, columns, expected, done) : null;
        if (scan != null && scan.firstOkRow != null) {
            lastCheck.accept(new Adopted(scan.firstOkRow, scan.firstOkLine));
        }
        FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        try {
            long end;
            if (scan == null || scan.complete == 0) {
                ch.truncate(0);
                byte[] header = line(columns.header());
                writeFully(ch, header, 0);
                ch.force(true);
                AtomicFiles.forceDirectory(path.toAbsolutePath().getParent());
                end = header.length;
            } else {
                end = scan.complete;
                if (ch.size() > end) {
                    ch.truncate(end); // a torn last line: its run is run again
                    ch.force(false);
                }
            }
            return new ResultsFile(path, columns, expected.replications(), done, ch, end);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    /**
     * Checks a results file written by another session without opening it for writing: every
     * row as {@link #open} does, and that no process is appending to it is the caller's job.
     *
     * @param path the file
     * @param columns its columns
     * @param expected what the rows must hold
     * @param done set to the runs the file holds
     * @return the first successful row and its line (null row when there is none), for a spot check
     * @throws IOException when the file cannot be read
     * @throws IllegalStateException when a row does not belong or the file has a torn last line
     */
    static Adopted check(Path path, ResultColumns columns, Expected expected, BitSet done) throws IOException {
        refuseLink(path);
        Scan scan = scan(path, columns, expected, done);
        if (scan.complete < Files.size(path)) {
            throw new IllegalStateException(path + " ends in a torn line (its task was stopped while writing); run "
                    + "that task again, it resumes and repairs its file");
        }
        return new Adopted(scan.firstOkRow, scan.firstOkLine);
    }

    /** The first successful row adopted from a file, and its line. */
    record Adopted(List<String> row, long line) {
    }

    private static void refuseLink(Path path) {
        if (Files.isSymbolicLink(path)) {
            throw new IllegalStateException(path + " is a symbolic link; orgsim does not write through links: "
                    + "use the directory the link points to, or remove the link");
        }
    }

    private record Scan(long complete, List<String> firstOkRow, long firstOkLine) {
    }

    /** Checks every complete row; returns the length up to the last line feed. */
    private static Scan scan(Path path, ResultColumns columns, Expected expected, BitSet done) throws IOException {
        long complete = lengthOfCompleteLines(path);
        if (complete == 0) {
            return new Scan(0, null, 0);
        }
        RowCheck check = new RowCheck(path, columns, expected);
        List<String> firstOk = null;
        long firstOkLine = 0;
        try (InputStream raw = Channels.newInputStream(FileChannel.open(path, StandardOpenOption.READ));
             Reader in = new InputStreamReader(limit(raw, complete), StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
             CSVParser parser = FORMAT.parse(in)) {
            boolean first = true;
            for (CSVRecord rec : parser) {
                long line = rec.getRecordNumber();
                if (first) {
                    first = false;
                    if (!rec.toList().equals(columns.header())) {
                        throw new IllegalStateException(path + " holds results with other columns; nothing was "
                                + "changed: use another output directory or delete this one. found: " + rec.toList()
                                + "; expected: " + columns.header());
                    }
                    continue;
                }
                List<String> row = rec.toList();
                RunKey key = check.row(line, row);
                int k = key.point() * expected.replications() + key.replication();
                if (done.get(k)) {
                    throw check.refuse(line, "point", row.get(0), "run (" + key.point() + ", " + key.replication()
                            + ") appears a second time (two writers once shared this file)");
                }
                done.set(k);
                if (firstOk == null && "ok".equals(row.get(columns.indexOf("status")))) {
                    firstOk = row;
                    firstOkLine = line;
                }
            }
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(path + " is not UTF-8 text (damaged?); nothing was changed: use another "
                    + "output directory or delete this one");
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new IllegalStateException(path + " is not UTF-8 text (damaged?); nothing was changed: use "
                        + "another output directory or delete this one");
            }
            throw new IllegalStateException(path + " cannot be read as CSV (" + e.getCause().getMessage()
                    + "); nothing was changed: use another output directory or delete this one");
        }
        return new Scan(complete, firstOk, firstOkLine);
    }

    private static InputStream limit(InputStream in, long bytes) {
        return new java.io.FilterInputStream(in) {
            private long left = bytes;

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int b = super.read();
                left -= b < 0 ? 0 : 1;
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int n = super.read(b, off, (int) Math.min(len, left));
                left -= Math.max(0, n);
                return n;
            }
        };
    }

    /** How {@link ResultColumns#number} writes a double. */
    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("-?(\\d+(\\.\\d+)?(E-?\\d+)?|Infinity)|NaN");

    /** Checks the fields of one data row against the experiment. */
    private static final class RowCheck {
        private final Path path;
        private final ResultColumns columns;
        private final Expected expected;
        private final int status;
        private final int firstSummary;
        private final int shocks;

        RowCheck(Path path, ResultColumns columns, Expected expected) {
            this.path = path;
            this.columns = columns;
            this.expected = expected;
            this.status = columns.indexOf("status");
            this.firstSummary = status + 1;
            this.shocks = (columns.header().size() - firstSummary - Summary.values().length - 1)
                    / ResultColumns.SHOCK_FIELDS.length;
        }

        RunKey row(long line, List<String> row) {
            if (row.size() != columns.header().size()) {
                throw new IllegalStateException(path + " line " + line + ": " + row.size() + " fields, expected "
                        + columns.header().size() + "; nothing was changed: use another output directory or delete "
                        + "this one");
            }
            int point = whole(line, row, 0, expected.points());
            int rep = whole(line, row, 1, expected.replications());
            RunKey key = new RunKey(point, rep);
            String misplaced = expected.misplaced(key);
            if (misplaced != null) {
                throw refuse(line, "point", row.get(0), misplaced);
            }
            long seed = expected.seed(key);
            if (!row.get(2).equals(Long.toString(seed))) {
                throw refuse(line, "seed", row.get(2), "this experiment gives run (" + point + ", " + rep
                        + ") the seed " + seed);
            }
            double[] values = expected.values(point);
            for (int i = 0; i < values.length; i++) {
                String want = ResultColumns.number(values[i]);
                if (!row.get(3 + i).equals(want)) {
                    throw refuse(line, columns.header().get(3 + i), row.get(3 + i), "this experiment's point "
                            + point + " has " + want);
                }
            }
            String s = row.get(status);
            if (!s.equals("ok") && !s.equals("failed")) {
                throw refuse(line, "status", s, "must be ok or failed");
            }
            if (s.equals("ok")) {
                for (int i = 0; i < Summary.values().length; i++) {
                    decimal(line, row, firstSummary + i, false);
                }
                int base = firstSummary + Summary.values().length;
                for (int j = 0; j < shocks; j++) {
                    int c = base + j * ResultColumns.SHOCK_FIELDS.length;
                    if (row.get(c).isEmpty()) {
                        continue; // a shock past the horizon has no figures
                    }
                    whole(line, row, c + 1, Integer.MAX_VALUE);
                    decimal(line, row, c + 2, true);
                    decimal(line, row, c + 3, true);
                    wholeOrMinusOne(line, row, c + 4);
                    decimal(line, row, c + 5, true);
                    String rec = row.get(c + 6);
                    if (!rec.equals("true") && !rec.equals("false")) {
                        throw refuse(line, columns.header().get(c + 6), rec, "must be true or false");
                    }
                }
            }
            return key;
        }

        private int whole(long line, List<String> row, int col, int below) {
            String v = row.get(col);
            int n;
            try {
                n = Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw refuse(line, columns.header().get(col), v, "must be a whole number");
            }
            if (n < 0 || n >= below) {
                throw refuse(line, columns.header().get(col), v, "must be in [0, " + (below - 1) + "] for this "
                        + "experiment (" + expected.points() + " points x " + expected.replications()
                        + " replications)");
            }
            return n;
        }

        private void wholeOrMinusOne(long line, List<String> row, int col) {
            String v = row.get(col);
            try {
                if (Integer.parseInt(v) >= -1) {
                    return;
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            throw refuse(line, columns.header().get(col), v, "must be a whole number of at least -1");
        }

        private void decimal(long line, List<String> row, int col, boolean emptyAllowed) {
            String v = row.get(col);
            if (v.isEmpty() && emptyAllowed) {
                return;
            }
            if (!NUMBER.matcher(v).matches()) {
                throw refuse(line, columns.header().get(col), v, "must be a number");
            }
        }

        IllegalStateException refuse(long line, String field, String value, String why) {
            String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
            return new IllegalStateException(path + " line " + line + ", field " + field + " = \"" + shown + "\": "
                    + why + "; the file holds results of another experiment or is damaged, and nothing was changed: "
                    + "use another output directory or delete this one");
        }
    }

    /** @return the length of the file up to and with its last line feed */
    static long lengthOfCompleteLines(Path path) throws IOException {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            long pos = ch.size();
            ByteBuffer buf = ByteBuffer.allocate(8192);
            while (pos > 0) {
                int n = (int) Math.min(buf.capacity(), pos);
                buf.clear().limit(n);
                readFully(ch, buf, pos - n);
                for (int i = n - 1; i >= 0; i--) {
                    if (buf.get(i) == '\n') {
                        return pos - n + i + 1;
                    }
                }
                pos -= n;
            }
            return 0;
        }
    }

    private static void readFully(FileChannel ch, ByteBuffer buf, long at) throws IOException {
        long pos = at;
        while (buf.hasRemaining()) {
            int n = ch.read(buf, pos);
            if (n < 0) {
                throw new java.io.EOFException();
            }
            pos += n;
        }
    }

    private static void writeFully(FileChannel ch, byte[] bytes, long at) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        long pos = at;
        while (buf.hasRemaining()) {
            pos += ch.write(buf, pos);
        }
    }

    private static byte[] line(List<String> fields) {
        StringBuilder s = new StringBuilder(256);
        try (CSVPrinter p = new CSVPrinter(s, FORMAT)) {
            p.printRecord(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
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

    /**
     * @return a copy of the set of runs recorded so far (bit {@code point x replications +
     *     replication}), from earlier sessions and this one
     */
    public synchronized BitSet doneRuns() {
        return (BitSet) done.clone();
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
     * Appends a run's row in one write; forces the file when the last force is older than
     * {@link #FORCE_EVERY_MS}.
     *
     * @param r the run's record
     * @throws UncheckedIOException when the row cannot be written: the file is then cut back
     *     to its last complete row and refuses further rows
     */
    public void write(RunRecord r) {
        byte[] bytes = line(columns.row(r)); // formatted outside the lock: writers wait only for the write itself
        append(r.key().point() * replications + r.key().replication(), bytes);
    }

    private synchronized void append(int index, byte[] bytes) {
        if (done.get(index)) {
            return;
        }
        if (broken != null) {
            throw new UncheckedIOException(path + ": an earlier write failed", broken);
        }
        try {
            writeFully(channel, bytes, end);
        } catch (IOException e) {
            broken = e;
            try {
                channel.truncate(end); // never leave a partial row that a later row would follow
            } catch (IOException ignored) {
                // the next open cuts the torn line instead
            }
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
        end += bytes.length;
        done.set(index);
        written++;
        long now = System.nanoTime();
        if (now - lastForce >= TimeUnit.MILLISECONDS.toNanos(FORCE_EVERY_MS)) {
            force();
            lastForce = now;
        }
    }

    private void force() {
        try {
            channel.force(false);
        } catch (IOException e) {
            broken = e;
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Forces the rows to disk and closes the file.
     *
     * @throws IOException when forcing or closing fails
     */
    @Override
    public synchronized void close() throws IOException {
        try {
            if (broken == null) {
                channel.force(false);
            }
        } finally {
            channel.close();
        }
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

    /**
     * Writes the rows of checked results files to one file in {@code (point, replication)}
     * order, atomically, so that a sweep's {@code results.csv} is byte-identical whatever the
     * number of threads or chunks. Each source holds each of its runs once (as {@link #open}
     * and {@link #check} ensure); rows are copied byte for byte.
     *
     * @param sources the files, each with the header line first
     * @param sourceOf for a run number {@code point x replications + replication}, the index of its source
     * @param total the number of runs, each in some source
     * @param replications replications per point
     * @param target the file to write
     * @throws IOException when a file cannot be read or written
     */
    static void writeSorted(List<Path> sources, IntUnaryOperator sourceOf, int total, int replications, Path target)
            throws IOException {
        long[] offset = new long[total];
        int[] length = new int[total];
        List<FileChannel> channels = new ArrayList<>();
        try {
            byte[] header = null;
            for (Path s : sources) {
                channels.add(FileChannel.open(s, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
                byte[] h = index(s, replications, offset, length);
                header = header == null ? h : header;
            }
            byte[] head = header;
            AtomicFiles.write(target, out -> {
                out.write(head);
                ByteBuffer buf = ByteBuffer.allocate(1 << 16);
                for (int k = 0; k < total; k++) {
                    if (length[k] == 0) {
                        throw new IllegalStateException("run " + k + " has no row in " + sources);
                    }
                    if (buf.capacity() < length[k]) {
                        buf = ByteBuffer.allocate(length[k]);
                    }
                    buf.clear().limit(length[k]);
                    readFully(channels.get(sourceOf.applyAsInt(k)), buf, offset[k]);
                    out.write(buf.array(), 0, length[k]);
                }
            });
        } finally {
            for (FileChannel ch : channels) {
                ch.close();
            }
        }
    }

    /** Records where each row of one file starts and how long it is; returns the header line. */
    private static byte[] index(Path file, int replications, long[] offset, int[] length) throws IOException {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS),
                1 << 16)) {
            java.io.ByteArrayOutputStream header = new java.io.ByteArrayOutputStream();
            int b;
            while ((b = in.read()) >= 0) {
                header.write(b);
                if (b == '\n') {
                    break;
                }
            }
            long pos = header.size();
            long start = pos;
            long point = 0;
            long rep = 0;
            int field = 0;
            while ((b = in.read()) >= 0) {
                pos++;
                if (b == ',') {
                    field++;
                } else if (b == '\n') {
                    int k = (int) (point * replications + rep);
                    offset[k] = start;
                    length[k] = (int) (pos - start);
                    start = pos;
                    point = 0;
                    rep = 0;
                    field = 0;
                } else if (field == 0 && b >= '0' && b <= '9') {
                    point = point * 10 + (b - '0');
                } else if (field == 1 && b >= '0' && b <= '9') {
                    rep = rep * 10 + (b - '0');
                }
            }
            return header.toByteArray();
        }
    }
}
