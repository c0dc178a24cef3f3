// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core;

import io.orgsim.core.internal.MasonModel;
import io.orgsim.core.io.AtomicFiles;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import java.util.zip.GZIPInputStream;

/**
 * Checkpoints of a running {@link Simulation}: write one between two weeks, resume it later,
 * possibly in another process, and the run ends bit-identical to one never stopped.
 *
 * <p>A checkpoint holds a short header (format, week, and a fingerprint of the scenario: the
 * seed, the name, every parameter's effective value and every scheduled shock) followed by
 * MASON's own checkpoint of the model ({@link sim.engine.SimState#writeToCheckpoint}: the
 * organization's arrays, the recorded series, the random generator's state and the schedule
 * with its pending events). The spec itself is not stored: whoever resumes supplies it
 * again, and it must match the fingerprint. Checkpoints are for the same orgsim build; they
 * are not an archive format.
 *
 * <p>Everything after the format's name and number (the header too) is under a length and a
 * CRC-32 checked before anything else is read, so a damaged file is reported as damaged.
 * Files are written with {@link AtomicFiles}: a crash or a power loss leaves the previous
 * checkpoint intact, and a write killed part-way leaves a temporary file that the next write
 * in that directory removes.
 *
 * @since 0.1.0
 */
public final class Checkpoints {

    static final String MAGIC = "orgsim-checkpoint";
    static final int VERSION = 3; // 3: Model v2.1 (context, support, shared leadership; packed agent arrays)

    /** Classes a checkpoint may hold: the model's, MASON's and the JDK's; nothing else is read. */
    private static final ObjectInputFilter CLASSES =
            ObjectInputFilter.Config.createFilter("io.orgsim.**;sim.**;ec.util.*;java.**;!*");

    private Checkpoints() {
    }

    /**
     * Writes a checkpoint of a simulation between two weeks.
     *
     * @param sim the simulation; not stepped meanwhile
     * @param file the checkpoint file, created or replaced atomically
     * @throws IOException when the file cannot be written (the previous file is then intact),
     *     or the model holds something that cannot be saved (a pending shock fired with
     *     {@link Simulation#shockNow} that is not serializable)
     */
    public static void write(Simulation sim, Path file) throws IOException {
        MasonModel model = sim.model();
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        AtomicFiles.removeStaleTemporaries(dir); // of checkpoint writes killed part-way
        Path tmp = AtomicFiles.createTemporary(dir, file.getFileName().toString());
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                OutputStream raw = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
                DataOutputStream start = new DataOutputStream(raw);
                start.writeUTF(MAGIC);
                start.writeInt(VERSION);
                start.flush();
                // everything after the format, header included, is under the length and CRC-32 written
                // after it, so that a damaged file is told apart from one written by another build
                CheckedOutputStream summed = new CheckedOutputStream(raw, new CRC32());
                CountingStream counted = new CountingStream(summed);
                DataOutputStream body = new DataOutputStream(counted);
                body.writeInt(sim.week());
                byte[] print = String.join("\n", fingerprint(sim.spec())).getBytes(StandardCharsets.UTF_8);
                body.writeInt(print.length);
                body.write(print);
                body.flush();
                try {
                    model.writeToCheckpoint(counted);
                    counted.flush();
                    start.writeLong(counted.count);
                    start.writeLong(summed.getChecksum().getValue());
                } catch (java.io.NotSerializableException e) {
                    throw new IOException("cannot checkpoint week " + sim.week() + ": the model holds a "
                            + e.getMessage() + ", which cannot be saved (a shock fired by hand must be "
                            + "Serializable)", e);
                }
                start.flush();
                ch.force(true);
            }
            AtomicFiles.commit(tmp, file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Reads the week a checkpoint was written at, without reading the model.
     *
     * @param file a checkpoint file
     * @return the number of weeks stepped when it was written
     * @throws CheckpointException when the file is not a checkpoint of this format
     * @throws IOException when the file cannot be read
     */
    public static int week(Path file) throws IOException {
        try (DataInputStream in = open(file)) {
            return header(file, in).week;
        }
    }

    /**
     * Resumes a simulation from a checkpoint. Stepping it on gives, week for week, exactly what
     * the original simulation would have given. Observers are not part of a checkpoint: add
     * them again.
     *
     * @param file a checkpoint written by {@link #write}
     * @param spec the spec of the run that was checkpointed
     * @return the simulation at the checkpoint's week
     * @throws CheckpointException when the file is not a checkpoint, is damaged, or was written
     *     for another spec (the message names the first field that differs)
     * @throws IOException when the file cannot be read
     */
    public static Simulation resume(Path file, ScenarioSpec spec) throws IOException {
        try (DataInputStream in = open(file)) {
            Header h = header(file, in);
            String difference = firstDifference(h.fingerprint, fingerprint(spec));
            if (difference != null) {
                throw new CheckpointException(file + " was written for a different scenario (" + difference
                        + "); resume it with the scenario, seed and options it was started with");
            }
            Object state;
            try {
                ObjectInputStream objects = new ObjectInputStream(new GZIPInputStream(in));
                objects.setObjectInputFilter(CLASSES);
                state = objects.readObject();
            } catch (InvalidClassException | ClassNotFoundException e) {
                throw new CheckpointException(file + " was written by another orgsim build and cannot be read "
                        + "by this one (" + e.getMessage() + ")", e);
            } catch (IOException | RuntimeException e) {
                throw new CheckpointException(file + " is damaged: " + e, e);
            }
            if (!(state instanceof MasonModel model) || model.recorder().length() != h.week) {
                throw new CheckpointException(file + " is damaged: its model does not match its header");
            }
            model.reattach(spec);
            model.awakeFromCheckpoint();
            return new Simulation(spec, model);
        }
    }

    /**
     * Resumes a simulation from a checkpoint, to be stepped on a fixed number of threads (the
     * checkpoint does not hold one: the results are bit-identical whatever the number).
     *
     * @param file a checkpoint written by {@link #write}
     * @param spec the spec of the run that was checkpointed
     * @param threads threads that step each week, the caller's included; at least 1
     * @return the simulation at the checkpoint's week
     * @throws CheckpointException as {@link #resume(Path, ScenarioSpec)}
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException when threads is below 1
     */
    public static Simulation resume(Path file, ScenarioSpec spec, int threads) throws IOException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads = " + threads + ": must be at least 1");
        }
        Simulation sim = resume(file, spec);
        sim.model().organization().useThreads(threads);
        return sim;
    }

    /**
     * What a checkpoint must agree on with the spec that resumes it, one {@code key=value} per
     * line: seed, name, every parameter's effective value, every scheduled shock.
     */
    static List<String> fingerprint(ScenarioSpec spec) {
        List<String> lines = new ArrayList<>();
        lines.add("seed=" + spec.seed());
        lines.add("name=" + spec.name());
        for (Param p : Param.values()) {
            lines.add(p.key() + "=" + Param.format(spec.get(p)));
        }
        lines.add("shocks=" + spec.shocks().size());
        for (int i = 0; i < spec.shocks().size(); i++) {
            ScheduledShock s = spec.shocks().get(i);
            Shock shock = s.shock();
            // records describe their fields; other shocks only by class, as their toString may hold a hash
            String what = shock instanceof Record ? shock.toString() : shock.getClass().getName();
            lines.add("shock" + i + "=week " + s.week() + " " + shock.name() + " " + what);
        }
        return lines;
    }

    private static String firstDifference(List<String> saved, List<String> now) {
        for (int i = 0; i < Math.max(saved.size(), now.size()); i++) {
            String a = i < saved.size() ? saved.get(i) : "";
            String b = i < now.size() ? now.get(i) : "";
            if (!a.equals(b)) {
                int eq = a.indexOf('=');
                String key = eq > 0 ? a.substring(0, eq) : b.substring(0, Math.max(0, b.indexOf('=')));
                return key + ": checkpoint has " + a.substring(eq + 1) + ", this run "
                        + b.substring(b.indexOf('=') + 1);
            }
        }
        return null;
    }

    private record Header(int week, List<String> fingerprint) {
    }

    /** Counts the bytes written through it. */
    private static final class CountingStream extends java.io.FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    /** Bytes before the part under the CRC: the format's name and number. */
    private static final int PREFIX = 2 + MAGIC.length() + 4;

    /** Checks everything after the format against the length and CRC-32 written after it. */
    private static void verify(Path file) throws IOException {
        long size = Files.size(file);
        long body = size - PREFIX - 16;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            java.nio.ByteBuffer trailer = java.nio.ByteBuffer.allocate(16);
            if (body <= 0 || ch.read(trailer, size - 16) != 16) {
                throw new CheckpointException(file + " is damaged: it is cut short");
            }
            trailer.flip();
            long length = trailer.getLong();
            long crc = trailer.getLong();
            if (length != body) {
                throw new CheckpointException(file + " is damaged: it is cut short or has bytes added");
            }
            CRC32 sum = new CRC32();
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(1 << 16);
            long pos = PREFIX;
            long end = PREFIX + body;
            while (pos < end) {
                buf.clear().limit((int) Math.min(buf.capacity(), end - pos));
                int n = ch.read(buf, pos);
                if (n < 0) {
                    throw new CheckpointException(file + " is damaged: it is cut short");
                }
                buf.flip();
                sum.update(buf);
                pos += n;
            }
            if (sum.getValue() != crc) {
                throw new CheckpointException(file + " is damaged: its checksum does not match");
            }
        }
    }

    private static DataInputStream open(Path file) throws IOException {
        InputStream raw;
        try {
            raw = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new CheckpointException(file + " does not exist", e);
        }
        return new DataInputStream(new BufferedInputStream(raw));
    }

    /** Reads the format, checks the CRC of the rest, then reads the header. */
    private static Header header(Path file, DataInputStream in) throws IOException {
        try {
            byte[] start = new byte[2 + MAGIC.length()];
            in.readFully(start);
            if (start[0] != 0 || start[1] != MAGIC.length()
                    || !new String(start, 2, MAGIC.length(), StandardCharsets.UTF_8).equals(MAGIC)) {
                throw new CheckpointException(file + " is not an orgsim checkpoint");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new CheckpointException(file + " has checkpoint format " + version + "; this orgsim reads "
                        + "format " + VERSION);
            }
            verify(file);
            int week = in.readInt();
            int length = in.readInt();
            if (week < 0 || length < 0 || length > 64 << 20) {
                throw new CheckpointException(file + " is damaged: its header is invalid");
            }
            byte[] print = in.readNBytes(length);
            if (print.length != length) {
                throw new EOFException();
            }
            return new Header(week, List.of(new String(print, StandardCharsets.UTF_8).split("\n", -1)));
        } catch (EOFException e) {
            throw new CheckpointException(file + " is not an orgsim checkpoint, or is cut short", e);
        }
    }
}
