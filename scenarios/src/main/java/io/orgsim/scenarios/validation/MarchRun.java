// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.validation;

/**
 * The outcome of one run of March's model. Knowledge is a share of the dimensions of reality:
 * of the code's values, or of an individual's beliefs, those equal to reality; a group's
 * knowledge is its members' mean.
 *
 * @param seed the seed the run was given
 * @param periods the periods run
 * @param equilibrium true when a closed system reached equilibrium (always false for an open system)
 * @param individualKnowledge the individuals' mean knowledge at the end
 * @param codeSeries code knowledge at period 0 (before any learning) and after each period,
 *     {@code periods + 1} values
 * @param slowSeries the slow learners' knowledge, likewise; NaN when there are none
 * @param fastSeries the fast learners' knowledge, likewise; NaN when there are none
 */
public record MarchRun(long seed, int periods, boolean equilibrium, double individualKnowledge, double[] codeSeries,
                       double[] slowSeries, double[] fastSeries) {

    /** Keeps the series to itself and checks their lengths. */
    public MarchRun {
        codeSeries = codeSeries.clone();
        slowSeries = slowSeries.clone();
        fastSeries = fastSeries.clone();
        if (codeSeries.length != periods + 1 || slowSeries.length != periods + 1 || fastSeries.length != periods + 1) {
            throw new IllegalArgumentException("series must have periods + 1 = " + (periods + 1) + " values");
        }
    }

    /** @return a copy of the code knowledge series */
    @Override
    public double[] codeSeries() {
        return codeSeries.clone();
    }

    /** @return a copy of the slow learners' knowledge series */
    @Override
    public double[] slowSeries() {
        return slowSeries.clone();
    }

    /** @return a copy of the fast learners' knowledge series */
    @Override
    public double[] fastSeries() {
        return fastSeries.clone();
    }

    /** @return code knowledge at the end */
    public double codeKnowledge() {
        return codeSeries[periods];
    }

    /** @return the slow learners' knowledge at the end; NaN when there are none */
    public double slowKnowledge() {
        return slowSeries[periods];
    }

    /** @return the fast learners' knowledge at the end; NaN when there are none */
    public double fastKnowledge() {
        return fastSeries[periods];
    }

    /**
     * @param period a period from 0; past the end of a run stopped at equilibrium, the final
     *     state, which would not have changed
     * @return code knowledge after that period
     * @throws IllegalArgumentException when the period is past the end of a run not at equilibrium
     */
    public double codeKnowledgeAt(int period) {
        return codeSeries[index(period)];
    }

    /**
     * @param period as for {@link #codeKnowledgeAt}
     * @return the slow learners' knowledge after that period
     */
    public double slowKnowledgeAt(int period) {
        return slowSeries[index(period)];
    }

    /**
     * @param period as for {@link #codeKnowledgeAt}
     * @return the fast learners' knowledge after that period
     */
    public double fastKnowledgeAt(int period) {
        return fastSeries[index(period)];
    }

    private int index(int period) {
        if (period < 0 || (period > periods && !equilibrium)) {
            throw new IllegalArgumentException("period " + period + " not in [0, " + periods + "]");
        }
        return Math.min(period, periods);
    }
}
