// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.validation;

import java.util.Objects;

/**
 * The parameters of one run of March's (1991) mutual-learning model.
 *
 * <p>A run lasts {@code horizon} periods, except that a closed system (no turnover and no
 * turbulence) stops as soon as it is at equilibrium, when no further change is possible, its
 * state then being final. {@link #closed} sets the horizon to {@link #EQUILIBRIUM_CAP}, a
 * generous cap that March's closed systems never come near. The first {@code fastLearners} individuals socialize at
 * {@code fastSocialization}, the others at {@code socialization}.
 *
 * @param dimensions m, the dimensions of reality (March: 30)
 * @param individuals n, the members of the organization (March: 50)
 * @param socialization p1, the rate at which individuals learn from the code
 * @param fastSocialization p1 of the fast learners
 * @param fastLearners how many individuals learn at {@code fastSocialization}, in [0, n]
 * @param codeLearning p2, the rate at which the code learns from the superior group
 * @param turnover p3, each individual's chance per period of being replaced by a newcomer
 * @param turbulence p4, each dimension of reality's chance per period of flipping
 * @param horizon the most periods run, at least 1
 * @param rules which reading of March's model to follow
 */
public record MarchParams(int dimensions, int individuals, double socialization, double fastSocialization,
                          int fastLearners, double codeLearning, double turnover, double turbulence, int horizon,
                          MarchRules rules) {

    /** March's number of dimensions of reality. */
    public static final int M = 30;
    /** March's number of individuals. */
    public static final int N = 50;
    /** The horizon {@link #closed} gives, a cap on the search for equilibrium. */
    public static final int EQUILIBRIUM_CAP = 100_000;

    /** Checks every field. */
    public MarchParams {
        Objects.requireNonNull(rules, "rules");
        if (dimensions < 1 || dimensions > 1_000_000) {
            throw new IllegalArgumentException("dimensions " + dimensions + " must be in [1, 1000000]");
        }
        if (individuals < 1 || individuals > 1_000_000) {
            throw new IllegalArgumentException("individuals " + individuals + " must be in [1, 1000000]");
        }
        if (fastLearners < 0 || fastLearners > individuals) {
            throw new IllegalArgumentException("fastLearners " + fastLearners + " must be in [0, " + individuals + "]");
        }
        probability("socialization", socialization);
        probability("fastSocialization", fastSocialization);
        probability("codeLearning", codeLearning);
        probability("turnover", turnover);
        probability("turbulence", turbulence);
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon " + horizon + " must be at least 1");
        }
    }

    /**
     * March's closed system with one socialization rate: m = 30, n = 50, no turnover or
     * turbulence, the actions rules (the default), run until equilibrium (at most
     * {@link #EQUILIBRIUM_CAP} periods).
     *
     * @param p1 socialization rate
     * @param p2 code learning rate
     * @return the parameters
     */
    public static MarchParams closed(double p1, double p2) {
        return new MarchParams(M, N, p1, p1, 0, p2, 0, 0, EQUILIBRIUM_CAP, MarchRules.ACTIONS);
    }

    /** @return true when there is neither turnover nor turbulence, so a run stops at equilibrium */
    public boolean closedSystem() {
        return turnover == 0 && turbulence == 0;
    }

    /** @return the population's mean socialization rate */
    public double meanSocialization() {
        return (fastLearners * fastSocialization + (individuals - fastLearners) * socialization) / individuals;
    }

    /**
     * @param value a new p1 for the slow (or only) learners
     * @return a copy
     */
    public MarchParams withSocialization(double value) {
        return new MarchParams(dimensions, individuals, value, fastSocialization, fastLearners, codeLearning, turnover,
                turbulence, horizon, rules);
    }

    /**
     * @param count how many fast learners
     * @param rate their socialization rate
     * @return a copy
     */
    public MarchParams withFastLearners(int count, double rate) {
        return new MarchParams(dimensions, individuals, socialization, rate, count, codeLearning, turnover, turbulence,
                horizon, rules);
    }

    /**
     * @param p3 turnover
     * @param p4 turbulence
     * @param periods the horizon
     * @return a copy
     */
    public MarchParams withEnvironment(double p3, double p4, int periods) {
        return new MarchParams(dimensions, individuals, socialization, fastSocialization, fastLearners, codeLearning,
                p3, p4, periods, rules);
    }

    /**
     * @param value the rules to follow
     * @return a copy
     */
    public MarchParams withRules(MarchRules value) {
        return new MarchParams(dimensions, individuals, socialization, fastSocialization, fastLearners, codeLearning,
                turnover, turbulence, horizon, value);
    }

    private static void probability(String name, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(name + " " + p + " must be a probability in [0, 1]");
        }
    }
}
