// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import io.orgsim.core.Metric;
import io.orgsim.core.TimeSeries;
import io.orgsim.core.io.AtomicFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The per-week series of every run of a sweep in one long (tidy) file, {@code series.csv}:
 * columns {@code point, replication, week}, then one column per {@link Metric} by key; rows
 * sorted by (point, replication, week), whatever the thread count or the interruptions.
 *
 * <p>While a sweep runs, each run's rows go to their own part file under {@code series/},
 * written atomically ({@link AtomicFiles}), so a kill never leaves half a run. At the end
 * of a session {@link #merge} streams the old {@code series.csv} and the parts, in key order,
 * into a new {@code series.csv} (renamed into place) and only then deletes the parts. Merging
 * again after a kill between the two steps gives the same file: a part replaces the rows of
 * its run.
 *
 * @since 0.1.0
 */
public final class SeriesFile {

    /** The file's name in a sweep's output directory. */
    public static final String NAME = "series.csv";
    /** The folder of part files, one per run, while a sweep runs. */
    public static final String PARTS = "series";

    private static final Comparator<RunKey> ORDER = Comparator.comparingInt(RunKey::point)
            .thenComparingInt(RunKey::replication);

    private SeriesFile() {
    }

    /** @return the header: point, replication, week, one column per metric */
    public static List<String> header() {
        List<String> h = new ArrayList<>(List.of("point", "replication", "week"));
        for (Metric m : Metric.values()) {
            h.add(m.key());
        }
        return h;
    }

    /**
     * @param out a sweep's output directory
     * @param key a run
     * @return the part file of the run's series (present only until the next merge)
     */
    public static Path part(Path out, RunKey key) {
        return out.resolve(PARTS).resolve("p" + key.point() + "-r" + key.replication() + ".csv");
    }

    /**
     * Writes one run's rows (no header) to its part file, atomically.
     *
     * @param out the sweep's output directory
     * @param key the run
     * @param s its series
     * @throws IOException when the file cannot be written
     */
    public static void writePart(Path out, RunKey key, TimeSeries s) throws IOException {
        Metric[] all = Metric.values();
        double[][] cols = new double[all.length][];
        for (Metric m : all) {
            cols[m.ordinal()] = s.column(m);
        }
        String prefix = key.point() + "," + key.replication() + ",";
        AtomicFiles.writeText(part(out, key), w -> {
            StringBuilder line = new StringBuilder(256);
            for (int t = 0; t < s.length(); t++) {
                line.setLength(0);
                line.append(prefix).append(t);
                for (double[] c : cols) {
                    line.append(',').append(ResultColumns.number(c[t]));
                }
                w.append(line).append('\n');
            }
        });
    }

    /**
     * Merges the part files into {@code series.csv}, keeping the runs already there, and deletes
     * the parts. Does nothing when there are no parts.
     *
     * @param out the sweep's output directory
     * @throws IOException when a file cannot be read or written
     */
    public static void merge(Path out) throws IOException {
        Path dir = out.resolve(PARTS);
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<RunKey> parts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.matches("p\\d+-r\\d+\\.csv")).forEach(n -> {
                int dash = n.indexOf("-r");
                parts.add(new RunKey(Integer.parseInt(n.substring(1, dash)),
                        Integer.parseInt(n.substring(dash + 2, n.length() - 4))));
            });
        }
        if (parts.isEmpty()) {
            return;
        }
        parts.sort(ORDER);
        Path target = out.resolve(NAME);
        AtomicFiles.writeText(target, w -> {
            try (BufferedReader old = Files.exists(target) ? Files.newBufferedReader(target, StandardCharsets.UTF_8)
                    : new BufferedReader(new java.io.StringReader(""))) {
                w.append(String.join(",", header())).append('\n');
                String line = old.readLine(); // the old header, if any
                line = line == null ? null : old.readLine();
                int next = 0;
                while (line != null) {
                    RunKey k = keyOf(line);
                    while (next < parts.size() && ORDER.compare(parts.get(next), k) < 0) {
                        copy(part(out, parts.get(next++)), w);
                    }
                    boolean replaced = next < parts.size() && parts.get(next).equals(k);
                    if (replaced) {
                        copy(part(out, parts.get(next++)), w);
                    }
                    while (line != null && keyOf(line).equals(k)) {
                        if (!replaced) {
                            w.append(line).append('\n');
                        }
                        line = old.readLine();
                    }
                }
                while (next < parts.size()) {
                    copy(part(out, parts.get(next++)), w);
                }
            }
        });
        for (RunKey k : parts) {
            Files.delete(part(out, k));
        }
        try (Stream<Path> left = Files.list(dir)) {
            if (left.findAny().isEmpty()) {
                Files.delete(dir);
            }
        }
    }

    private static RunKey keyOf(String line) {
        int a = line.indexOf(',');
        int b = line.indexOf(',', a + 1);
        return new RunKey(Integer.parseInt(line.substring(0, a)), Integer.parseInt(line.substring(a + 1, b)));
    }

    private static void copy(Path part, Writer w) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
            r.transferTo(w);
        }
    }
}
