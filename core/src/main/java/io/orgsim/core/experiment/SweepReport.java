// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What one session of a sweep did.
 *
 * @param total runs in the whole sweep
 * @param resumed runs already recorded when this session started
 * @param ran runs recorded by this session
 * @param failed runs of this session that failed
 * @param elapsed wall time of this session
 * @param results the results file
 * @param summary the per-point statistics file
 * @since 0.1.0
 */
public record SweepReport(int total, int resumed, long ran, int failed, Duration elapsed, Path results,
                          Path summary) {

    /** @return runs per second in this session */
    public double runsPerSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s == 0 ? 0 : ran / s;
    }
}
