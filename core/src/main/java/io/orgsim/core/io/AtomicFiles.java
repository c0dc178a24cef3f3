// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way orgsim writes an output file, so that readers see either the old file or the
 * whole new one, also after a crash or a power loss:
 *
 * <ol>
 *   <li>the content goes to a temporary file in the target's directory, with a name no other
 *   writer uses ({@code .NAME.HOST.PID.RANDOM.tmp}), opened with {@code CREATE_NEW} and
 *   {@code NOFOLLOW_LINKS}, so a planted file or symlink is never written through;</li>
 *   <li>the file is forced to disk, moved over the target in one rename (which replaces a
 *   symlink at the target rather than following it), and the directory is forced, so the
 *   rename itself survives a power loss;</li>
 *   <li>on any failure the temporary file is removed and the target is left as it was.</li>
 * </ol>
 *
 * <p>A process killed between steps 1 and 2 leaves its temporary file behind;
 * {@link #removeStaleTemporaries} removes those of dead processes when a directory is opened
 * again.
 *
 * @since 0.1.0
 */
public final class AtomicFiles {

    /** Temporary names: {@code .NAME.HOST.PID.RANDOM.tmp}. */
    private static final Pattern TEMPORARY = Pattern.compile("\\.(.+)\\.([^.]+)\\.(\\d+)\\.([0-9a-f]{16})\\.tmp");
    /** Temporaries of other hosts are left alone unless older than this (their pid cannot be checked). */
    static final Duration FOREIGN_STALE_AFTER = Duration.ofDays(1);

    private AtomicFiles() {
    }

    /** Something that writes a whole file as bytes. */
    @FunctionalInterface
    public interface Bytes {
        /**
         * @param out the stream to write to; closed by the caller
         * @throws IOException when writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /** Something that writes a whole file as text. */
    @FunctionalInterface
    public interface Text {
        /**
         * @param out the writer to write to (UTF-8); closed by the caller
         * @throws IOException when writing fails
         */
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Writes one file, creating its directory if needed.
     *
     * @param target the file to create or replace
     * @param content what to write
     * @throws IOException when writing or moving fails; the target is then unchanged
     */
    public static void write(Path target, Bytes content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = createTemporary(dir, target.getFileName().toString());
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                OutputStream out = new java.io.BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16) {
                    @Override
                    public void close() throws IOException {
                        flush(); // content may close its stream; the channel is closed here
                    }
                };
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            moveOver(tmp, target);
            forceDirectory(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Creates a new empty temporary file for a target in its directory, under a name no other
     * writer uses, without following links. The caller writes it and then calls
     * {@link #commit}, or deletes it.
     *
     * @param dir the target's directory
     * @param name the target's file name
     * @return the temporary file
     * @throws IOException when it cannot be created
     */
    public static Path createTemporary(Path dir, String name) throws IOException {
        String host = Hosts.name().replaceAll("[^A-Za-z0-9-]", "_");
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve("." + name + "." + host + "." + ProcessHandle.current().pid() + "."
                    + String.format("%016x", ThreadLocalRandom.current().nextLong()) + ".tmp");
            OpenOption[] options = {StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS};
            try {
                FileChannel.open(tmp, options).close();
                return tmp;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 8) {
                    throw e;
                }
            }
        }
    }

    /**
     * Moves a finished temporary file over its target and forces the directory.
     *
     * @param tmp a temporary file from {@link #createTemporary}, already forced to disk
     * @param target the target, in the same directory
     * @throws IOException when the move fails; the target is then unchanged
     */
    public static void commit(Path tmp, Path target) throws IOException {
        moveOver(tmp, target);
        forceDirectory(target.toAbsolutePath().getParent());
    }

    private static void moveOver(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Forces a directory's entries to disk, so that a file created or renamed in it survives a
     * power loss. File systems that cannot open a directory for this are left as they are.
     *
     * @param dir a directory
     * @throws IOException when forcing fails
     */
    public static void forceDirectory(Path dir) throws IOException {
        FileChannel ch;
        try {
            ch = FileChannel.open(dir, StandardOpenOption.READ);
        } catch (IOException | UnsupportedOperationException e) {
            return; // e.g. Windows: directories cannot be opened; renames there are durable by themselves
        }
        try (ch) {
            ch.force(true);
        }
    }

    /**
     * Removes the temporary files that killed writers left in a directory: those of this host
     * whose process is gone, and those of other hosts older than a day. Files being written
     * by live processes are kept.
     *
     * @param dir a directory; nothing happens when it does not exist
     * @return how many files were removed
     * @throws IOException when the directory cannot be listed
     */
    public static int removeStaleTemporaries(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        String host = Hosts.name().replaceAll("[^A-Za-z0-9-]", "_");
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*.tmp")) {
            for (Path f : files) {
                Matcher m = TEMPORARY.matcher(f.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                boolean stale;
                if (m.group(2).equals(host)) {
                    Optional<ProcessHandle> owner = ProcessHandle.of(Long.parseLong(m.group(3)));
                    stale = owner.isEmpty() || !owner.get().isAlive();
                } else {
                    FileTime t = Files.getLastModifiedTime(f, LinkOption.NOFOLLOW_LINKS);
                    stale = t.toInstant().isBefore(Instant.now().minus(FOREIGN_STALE_AFTER));
                }
                if (stale && Files.deleteIfExists(f)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    /**
     * Writes one UTF-8 text file, creating its directory if needed.
     *
     * @param target the file to create or replace
     * @param content what to write
     * @throws IOException when writing or moving fails; the target is then unchanged
     */
    public static void writeText(Path target, Text content) throws IOException {
        write(target, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                @Override
                public void close() throws IOException {
                    flush(); // content may close its writer; the file itself is closed by write()
                }
            };
            content.writeTo(w);
            w.flush();
        });
    }

    /**
     * @param target the file to create or replace
     * @param text its UTF-8 content
     * @throws IOException when writing or moving fails; the target is then unchanged
     */
    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
