// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.validation;

/**
 * A group's knowledge at period 0 and after each period of a run, on both measures.
 *
 * @param share the share of dimensions matching reality ({@link MarchMeasure#SHARE})
 * @param score (matches - mismatches) / m ({@link MarchMeasure#SCORE})
 */
public record MarchSeries(double[] share, double[] score) {

    /** Keeps the values to itself and checks that both series have the same length. */
    public MarchSeries {
        share = share.clone();
        score = score.clone();
        if (share.length != score.length) {
            throw new IllegalArgumentException("share and score series of " + share.length + " and " + score.length
                    + " values");
        }
    }

    /** @return a copy of the share series */
    @Override
    public double[] share() {
        return share.clone();
    }

    /** @return a copy of the score series */
    @Override
    public double[] score() {
        return score.clone();
    }

    /** @return the number of values: periods + 1 */
    public int length() {
        return share.length;
    }

    /**
     * @param measure which measure
     * @param index 0 for the start, t for after period t
     * @return the value
     */
    public double at(MarchMeasure measure, int index) {
        return measure == MarchMeasure.SHARE ? share[index] : score[index];
    }
}
