// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.validation;

/**
 * A group's knowledge over the replications of a design point, on both measures.
 *
 * @param share the share of dimensions matching reality ({@link MarchMeasure#SHARE})
 * @param score (matches - mismatches) / m ({@link MarchMeasure#SCORE})
 */
public record Knowledge(Sample share, Sample score) {

    /**
     * @param measure which measure
     * @return that measure's sample
     */
    public Sample of(MarchMeasure measure) {
        return measure == MarchMeasure.SHARE ? share : score;
    }
}
