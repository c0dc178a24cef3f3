// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.validation;

import java.util.Objects;

/**
 * The outcome of one run of March's model: the knowledge of the code, of the slow learners
 * and of the fast learners at period 0 (before any learning) and after each period, each on
 * both measures ({@link MarchMeasure}). A group's knowledge is its members' mean.
 *
 * @param seed the seed the run was given
 * @param periods the periods run
 * @param equilibrium true when a closed system reached equilibrium (always false for an open system)
 * @param code the code's knowledge, {@code periods + 1} values
 * @param slow the slow learners' knowledge, likewise; NaN when there are none
 * @param fast the fast learners' knowledge, likewise; NaN when there are none
 */
public record MarchRun(long seed, int periods, boolean equilibrium, MarchSeries code, MarchSeries slow,
                       MarchSeries fast) {

    /** Checks the series' lengths. */
    public MarchRun {
        for (MarchSeries s : new MarchSeries[] {Objects.requireNonNull(code, "code"),
                Objects.requireNonNull(slow, "slow"), Objects.requireNonNull(fast, "fast")}) {
            if (s.length() != periods + 1) {
                throw new IllegalArgumentException("series must have periods + 1 = " + (periods + 1) + " values");
            }
        }
    }

    /**
     * @param measure which measure
     * @return code knowledge at the end
     */
    public double codeAtEnd(MarchMeasure measure) {
        return code.at(measure, periods);
    }

    /**
     * @param measure which measure
     * @param period a period from 0; past the end of a run stopped at equilibrium, the final
     *     state, which would not have changed
     * @return code knowledge after that period
     * @throws IllegalArgumentException when the period is past the end of a run not at equilibrium
     */
    public double codeAt(MarchMeasure measure, int period) {
        return code.at(measure, index(period));
    }

    /**
     * @param measure which measure
     * @param period as for {@link #codeAt}
     * @return the slow learners' knowledge after that period; NaN when there are none
     */
    public double slowAt(MarchMeasure measure, int period) {
        return slow.at(measure, index(period));
    }

    /**
     * @param measure which measure
     * @param period as for {@link #codeAt}
     * @return the fast learners' knowledge after that period; NaN when there are none
     */
    public double fastAt(MarchMeasure measure, int period) {
        return fast.at(measure, index(period));
    }

    private int index(int period) {
        if (period < 0 || (period > periods && !equilibrium)) {
            throw new IllegalArgumentException("period " + period + " not in [0, " + periods + "]");
        }
        return Math.min(period, periods);
    }
}
