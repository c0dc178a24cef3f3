// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.validation;

/**
 * How knowledge of reality is measured, for the code (a code value of 0 never matches) or for
 * an individual's beliefs: both are reported for every figure.
 */
public enum MarchMeasure {

    /** The share of dimensions whose value equals reality, in [0, 1]: the paper's definition. */
    SHARE("knowledge"),

    /**
     * (matches - mismatches) / m, in [-1, 1], a 0 counting neither: the score that March's
     * program computes and reports (Christensen 2015; Watts and Gilbert 2014).
     */
    SCORE("score");

    private final String column;

    MarchMeasure(String column) {
        this.column = column;
    }

    /** @return the word used in CSV column names: {@code knowledge} or {@code score} */
    public String column() {
        return column;
    }
}
