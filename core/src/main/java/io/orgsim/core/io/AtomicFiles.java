// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that readers see either the old file or the whole new one: the content
 * goes to a temporary file in the same directory, which then replaces the target in one
 * move. A failure leaves the previous file as it was and no temporary file behind.
 */
public final class AtomicFiles {

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
        // named per process; unlike createTempFile it keeps the permissions the umask gives
        Path tmp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
                + Thread.currentThread().getId() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
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
