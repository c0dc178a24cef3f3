// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The append-only log of a calibration's evaluations, so that a crashed calibration resumes:
 * the search is deterministic, so started again it asks for the same parameter vectors in the
 * same order, and each one already in the log is answered from it instead of simulated.
 *
 * <p>Line 1 names the calibration ({@code # orgsim calibration log v1 sha256=...}, the hash of
 * everything that determines its evaluations); a log of another calibration is refused. Line 2
 * is the CSV header; then one line per evaluation: the population draw, the parameter values
 * (as {@link Double#toString}, which reads back to the same double), the objective and each
 * target's simulated value. Each line is flushed as it is written; a torn last line (a kill
 * while writing) is cut away on open.
 */
final class EvaluationLog implements Closeable {

    /** The first line's prefix. */
    static final String MAGIC = "# orgsim calibration log v1 sha256=";

    /** A parameter vector of one population draw, compared bit for bit. */
    private record Key(int replicate, List<Long> bits) {
        static Key of(int replicate, double[] params) {
            return new Key(replicate, Arrays.stream(params).mapToObj(Double::doubleToLongBits).toList());
        }
    }

    private final Map<Key, double[]> entries = new HashMap<>();
    private final BufferedWriter writer;
    private final int params;
    private final int resumed;

    private EvaluationLog(BufferedWriter writer, int params) {
        this.writer = writer;
        this.params = params;
        this.resumed = 0;
    }

    private EvaluationLog(BufferedWriter writer, int params, Map<Key, double[]> entries, int lines) {
        this.writer = writer;
        this.params = params;
        this.entries.putAll(entries);
        this.resumed = lines;
    }

    /** @return a log kept in memory only */
    static EvaluationLog inMemory(int params) {
        return new EvaluationLog(null, params);
    }

    /**
     * Opens a log, reading what an earlier session wrote.
     *
     * @param file the log
     * @param identity what determines the calibration's evaluations
     * @param header the CSV header line
     * @param params the number of parameters
     * @param targets the number of targets
     * @return the log, positioned to append
     * @throws IOException when the file cannot be read or written
     * @throws IllegalStateException when the file belongs to another calibration or is damaged
     */
    static EvaluationLog open(Path file, String identity, String header, int params, int targets) throws IOException {
        String first = MAGIC + identity;
        Map<Key, double[]> read = new HashMap<>();
        if (Files.exists(file) && Files.size(file) > 0) {
            cutTornLine(file);
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (!lines.isEmpty()) {
                if (!lines.get(0).equals(first) || lines.size() > 1 && !lines.get(1).equals(header)) {
                    throw new IllegalStateException(file + " is the log of another calibration (its targets, "
                            + "population, parameters, ranges, seed or replications differ); use another --out or "
                            + "delete it");
                }
                for (int i = 2; i < lines.size(); i++) {
                    String[] cells = lines.get(i).split(",", -1);
                    if (cells.length != 1 + params + 1 + targets) {
                        throw new IllegalStateException(file + ":" + (i + 1) + ": damaged line (" + cells.length
                                + " cells, " + (2 + params + targets) + " expected)");
                    }
                    try {
                        int replicate = Integer.parseInt(cells[0]);
                        double[] p = new double[params];
                        for (int j = 0; j < params; j++) {
                            p[j] = Double.parseDouble(cells[1 + j]);
                        }
                        double[] t = new double[targets];
                        for (int j = 0; j < targets; j++) {
                            t[j] = Double.parseDouble(cells[2 + params + j]);
                        }
                        read.put(Key.of(replicate, p), t);
                    } catch (NumberFormatException e) {
                        throw new IllegalStateException(file + ":" + (i + 1) + ": damaged line: " + e.getMessage());
                    }
                }
                if (lines.size() == 1) {
                    append(file, header + "\n");
                }
                return new EvaluationLog(writer(file), params, read, Math.max(0, lines.size() - 2));
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, first + "\n" + header + "\n", StandardCharsets.UTF_8);
        return new EvaluationLog(writer(file), params, read, 0);
    }

    /** @return evaluations (lines) an earlier session wrote */
    int resumed() {
        return resumed;
    }

    /**
     * @param replicate the population draw
     * @param p the parameter values
     * @return the targets' simulated values, or null when not evaluated yet
     */
    double[] get(int replicate, double[] p) {
        double[] t = entries.get(Key.of(replicate, p));
        return t == null ? null : t.clone();
    }

    /**
     * Records one evaluation and flushes it.
     *
     * @param replicate the population draw
     * @param p the parameter values
     * @param objective the objective
     * @param targets the targets' simulated values
     * @throws IOException when writing fails
     */
    void put(int replicate, double[] p, double objective, double[] targets) throws IOException {
        if (p.length != params) {
            throw new IllegalArgumentException(p.length + " parameters, " + params + " expected");
        }
        entries.put(Key.of(replicate, p), targets.clone());
        if (writer == null) {
            return;
        }
        StringBuilder line = new StringBuilder().append(replicate);
        for (double v : p) {
            line.append(',').append(v);
        }
        line.append(',').append(objective);
        for (double v : targets) {
            line.append(',').append(v);
        }
        writer.write(line.append('\n').toString());
        writer.flush();
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.close();
        }
    }

    private static BufferedWriter writer(Path file) throws IOException {
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /** Cuts everything after the last line feed: a line a kill cut short. */
    private static void cutTornLine(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            long keep = size;
            ByteBuffer one = ByteBuffer.allocate(1);
            while (keep > 0) {
                one.clear();
                ch.read(one, keep - 1);
                if (one.get(0) == '\n') {
                    break;
                }
                keep--;
            }
            if (keep < size) {
                ch.truncate(keep);
            }
        }
    }

    /** @return the header cells for the given names */
    static String header(List<String> paramKeys, List<String> targetNames) {
        List<String> cells = new ArrayList<>();
        cells.add("replicate");
        cells.addAll(paramKeys);
        cells.add("objective");
        cells.addAll(targetNames);
        return String.join(",", cells);
    }
}
