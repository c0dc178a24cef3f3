// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock that a process holds while it writes an output: a lock file beside the
 * output, locked with {@link FileChannel#tryLock()} (an {@code fcntl} lock on Unix, which the
 * kernel releases when the process dies, even by {@code kill -9}; NFS v4 and lockd-backed
 * v3 mounts honour it across hosts). The file holds {@code pid@host} of the holder so that a
 * second writer is refused at once with a message naming it. The lock file itself is left
 * in place on release: deleting it would let a third process lock a fresh file while a
 * second one still holds the old.
 *
 * @since 0.1.0
 */
public final class OutputLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock, or fails at once.
     *
     * @param lockFile the lock file (created if needed; a symlink is refused)
     * @param what what the lock protects, for the message (e.g. the output directory)
     * @return the held lock; close it to release it
     * @throws LockedException when another process (or another writer in this one) holds it
     * @throws IOException when the lock file cannot be opened
     */
    public static OutputLock acquire(Path lockFile, Object what) throws IOException {
        FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very process
        } catch (IOException e) {
            ch.close();
            throw e;
        }
        if (lock == null) {
            String holder = holder(ch);
            ch.close();
            throw new LockedException(what + " is being written by another process (" + holder + ", lock file "
                    + lockFile + "); wait for it to finish or stop it, then start again");
        }
        try {
            byte[] me = (ProcessHandle.current().pid() + "@" + Hosts.name() + "\n").getBytes(StandardCharsets.UTF_8);
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(me), 0);
            ch.force(false);
        } catch (IOException e) {
            ch.close();
            throw e;
        }
        return new OutputLock(ch, lock);
    }

    /** @return "pid P on host H", from the lock file, or what is known */
    private static String holder(FileChannel ch) {
        try {
            ByteBuffer b = ByteBuffer.allocate(256);
            ch.read(b, 0);
            String s = new String(b.array(), 0, b.position(), StandardCharsets.UTF_8).strip();
            int at = s.indexOf('@');
            if (at > 0) {
                return "pid " + s.substring(0, at) + " on host " + s.substring(at + 1);
            }
        } catch (IOException e) {
            // fall through: the holder is not known
        }
        return "holder unknown";
    }

    /**
     * Fails when some process holds a lock file right now (tested by taking it briefly).
     *
     * @param lockFile the lock file; nothing happens when it does not exist
     * @param what what the lock protects, for the message
     * @throws LockedException when it is held
     * @throws IOException when it cannot be opened
     */
    public static void checkFree(Path lockFile, Object what) throws IOException {
        if (Files.exists(lockFile, LinkOption.NOFOLLOW_LINKS)) {
            acquire(lockFile, what).close();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    /** Another writer holds the lock. */
    public static final class LockedException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        LockedException(String message) {
            super(message);
        }
    }
}
