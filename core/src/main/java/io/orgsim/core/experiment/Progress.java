// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

/**
 * Told about every finished run of a sweep, from worker threads. Implementations must be
 * thread-safe and quick.
 *
 * @since 0.1.0
 */
public interface Progress extends AutoCloseable {

    /** Shows nothing. */
    Progress NONE = new Progress() {
        @Override
        public void advance() {
        }
    };

    /** One more run finished. */
    void advance();

    /** The work is over; release the display. */
    @Override
    default void close() {
    }

    /** Makes a {@link Progress} for a task once its size is known. */
    @FunctionalInterface
    interface Factory {

        /** Creates no display. */
        Factory NONE = (task, total, done) -> Progress.NONE;

        /**
         * @param task a short label, for example {@code sweep}
         * @param total runs in the whole task
         * @param done runs already finished (resumed from an earlier session)
         * @return the display
         */
        Progress start(String task, long total, long done);
    }
}
