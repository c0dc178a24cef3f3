// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import io.orgsim.core.experiment.Progress;

/**
 * A progress bar that appears only once the work has taken a second, and only on a terminal:
 * quick commands print no bar at all, long ones get count, rate and ETA.
 */
final class LazyProgress implements Progress {

    /** Work shorter than this shows no bar. */
    static final long DELAY_NANOS = 1_000_000_000L;

    private final String task;
    private final long total;
    private final String unit;
    private final long start = System.nanoTime();
    private long done;
    private Progress bar;

    private LazyProgress(String task, long total, long done, String unit) {
        this.task = task;
        this.total = total;
        this.done = done;
        this.unit = unit;
    }

    /**
     * @param unit what is counted, for example {@code runs} or {@code weeks}
     * @return a factory of bars that wait a second, drawn only when stderr is a terminal
     */
    static Progress.Factory factory(String unit) {
        return (task, total, done) -> System.console() == null ? Progress.NONE
                : new LazyProgress(task, total, done, unit);
    }

    @Override
    public synchronized void advance() {
        done++;
        if (bar == null && System.nanoTime() - start >= DELAY_NANOS) {
            bar = ConsoleProgress.start(task, total, done, unit);
        } else if (bar != null) {
            bar.advance();
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
