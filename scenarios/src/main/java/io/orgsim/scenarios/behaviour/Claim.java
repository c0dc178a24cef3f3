// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.behaviour;

/**
 * One directional statement of a behaviour, tested over seeded replications: "the first
 * sample's mean is larger than the second's". Signs read "first minus second", so a claim
 * that holds has a positive difference and a positive effect.
 *
 * @param id the claim's label, for example {@code 1a} (behaviour 1, first claim); {@code e1a}
 *           is the same claim at an equal lever budget, {@code x1} an explanatory measure
 * @param role whether the claim decides its behaviour's verdict (and is asserted by the tests)
 * @param text what is claimed, for example {@code balanced > too-much-leadership on cumulative_output}
 * @param first mean of the first sample
 * @param second mean of the second sample
 * @param difference mean difference, first minus second
 * @param ciLow low end of the 95% confidence interval of the mean paired difference
 * @param ciHigh high end of that interval
 * @param effect d_z, the mean paired difference over its sd
 * @param effectLow low end of an approximate 95% interval of d_z (normal approximation)
 * @param effectHigh high end of that interval
 * @param p two-sided p-value of the paired t-test (replications share their seeds)
 * @param holds true when the difference is positive and p is below the catalog's alpha
 */
public record Claim(String id, Role role, String text, double first, double second, double difference, double ciLow,
                    double ciHigh, double effect, double effectLow, double effectHigh, double p, boolean holds) {

    /** What a claim's result means for its behaviour. */
    public enum Role {
        /**
         * The claim held on the model when it last changed ({@link BehaviourCatalog#HELD}): the
         * behaviour's verdict rests on it and the behaviour tests assert it.
         */
        ASSERTED,
        /** A claim of the brief that did not hold then: measured and reported, never forced. */
        REPORTED,
        /** Not a claim of the brief: a measure that explains other claims' results. */
        EXPLANATORY
    }
}
