// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import io.orgsim.core.experiment.Progress;
import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A terminal progress bar (me.tongfei:progressbar) with count, rate and ETA, drawn on
 * standard error. Quiet (draws nothing) when {@link System#console()} is null, that is when
 * standard input or output is not a terminal: batch jobs, pipes and redirected output get no
 * escape codes. The library (core) knows only {@link Progress}; the bar and its terminal
 * library stay in the command-line program.
 */
final class ConsoleProgress implements Progress {

    private final ProgressBar bar;

    private ConsoleProgress(ProgressBar bar) {
        this.bar = bar;
    }

    /** @return a factory drawing a bar on a terminal and nothing otherwise */
    static Progress.Factory factory() {
        return (task, total, done) -> System.console() == null ? Progress.NONE : start(task, total, done);
    }

    /**
     * Draws a bar whatever the output is.
     *
     * @param task a short label
     * @param total runs in the whole task
     * @param done runs already finished
     * @return the bar
     */
    public static Progress start(String task, long total, long done) {
        return start(task, total, done, "runs");
    }

    /**
     * Draws a bar whatever the output is.
     *
     * @param task a short label
     * @param total units in the whole task
     * @param done units already finished
     * @param unit what is counted, for example {@code runs} or {@code weeks}
     * @return the bar
     */
    public static Progress start(String task, long total, long done, String unit) {
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .startsFrom(done, Duration.ZERO)
                .setUnit(" " + unit, 1)
                .showSpeed()
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(500)
                .build();
        return new ConsoleProgress(bar);
    }

    @Override
    public void advance() {
        bar.step();
    }

    @Override
    public void close() {
        bar.close();
    }
}
