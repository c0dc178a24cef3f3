// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.validation;

import ec.util.MersenneTwisterFast;

/**
 * The state and the phases of March's mutual-learning model, on primitive arrays: beliefs
 * are one {@code byte} per (individual, dimension), row-major by individual. Every random
 * draw comes from the one generator handed in, in a fixed order, so a seed fixes the run.
 * Nothing is allocated after construction.
 */
final class MarchModel {

    private final MarchParams params;
    private final MersenneTwisterFast random;
    private final int m;
    private final int n;
    private final MarchRules rules;

    private final byte[] reality;
    private final byte[] code;
    private final byte[] beliefs;
    private final double[] rate;
    /** One individual's actions this period, under {@link MarchRules#ACTIONS}. */
    private final byte[] actions;

    /** The superior group's tallies per dimension, read by code learning. */
    private final int[] plus;
    private final int[] minus;
    private int superiors;

    /**
     * Draws reality (each dimension +1 or -1 with probability 1/2), then the beliefs (each
     * -1, 0 or +1 with probability 1/3); the code starts at 0 everywhere.
     *
     * @param params the run's parameters
     * @param random the run's only generator
     */
    MarchModel(MarchParams params, MersenneTwisterFast random) {
        this.params = params;
        this.random = random;
        this.m = params.dimensions();
        this.n = params.individuals();
        this.rules = params.rules();
        this.reality = new byte[m];
        this.code = new byte[m];
        this.beliefs = new byte[n * m];
        this.rate = new double[n];
        this.actions = new byte[m];
        this.plus = new int[m];
        this.minus = new int[m];
        for (int d = 0; d < m; d++) {
            reality[d] = (byte) (random.nextBoolean() ? 1 : -1);
        }
        for (int i = 0; i < n; i++) {
            drawBeliefs(i);
            rate[i] = i < params.fastLearners() ? params.fastSocialization() : params.socialization();
        }
    }

    private void drawBeliefs(int i) {
        int base = i * m;
        for (int d = 0; d < m; d++) {
            beliefs[base + d] = (byte) (random.nextInt(3) - 1);
        }
    }

    // ---- phases, in the order a period runs them ----

    /** Each individual leaves with probability p3 and is replaced by a newcomer with random beliefs. */
    void turnover() {
        double p3 = params.turnover();
        if (p3 == 0) {
            return;
        }
        for (int i = 0; i < n; i++) {
            if (random.nextDouble() < p3) {
                drawBeliefs(i);
            }
        }
    }

    /** Each dimension of reality flips with probability p4. */
    void turbulence() {
        double p4 = params.turbulence();
        if (p4 == 0) {
            return;
        }
        for (int d = 0; d < m; d++) {
            if (random.nextDouble() < p4) {
                reality[d] = (byte) -reality[d];
            }
        }
    }

    /**
     * Finds the superior group, the individuals who do better against reality than the code,
     * and tallies its members' beliefs (or, under {@link MarchRules#ACTIONS}, their actions)
     * per dimension, from the state at the start of the period, before socialization changes
     * it. Under ACTIONS each individual first acts: a belief of +1 or -1 is acted on as it is,
     * a belief of 0 as +1 or -1 with probability 1/2, and the score of these actions is
     * compared with the code's score (the code does not act; a code value of 0 scores 0).
     */
    void assess() {
        int codeMerit = merit(code, 0);
        java.util.Arrays.fill(plus, 0);
        java.util.Arrays.fill(minus, 0);
        superiors = 0;
        for (int i = 0; i < n; i++) {
            int base = i * m;
            byte[] tallied = beliefs;
            int from = base;
            if (rules == MarchRules.ACTIONS) {
                act(base);
                tallied = actions;
                from = 0;
            }
            if (merit(tallied, from) <= codeMerit) {
                continue;
            }
            superiors++;
            for (int d = 0; d < m; d++) {
                byte b = tallied[from + d];
                if (b > 0) {
                    plus[d]++;
                } else if (b < 0) {
                    minus[d]++;
                }
            }
        }
    }

    /** Fills {@link #actions} with the individual's actions: its beliefs, a coin flip where it believes 0. */
    private void act(int base) {
        for (int d = 0; d < m; d++) {
            byte b = beliefs[base + d];
            actions[d] = b != 0 ? b : (byte) (random.nextBoolean() ? 1 : -1);
        }
    }

    /** Knowledge (matches) under the paper's rules, score (matches minus mismatches) under the others. */
    private int merit(byte[] values, int base) {
        return rules == MarchRules.PAPER ? matches(values, base) : score(values, base);
    }

    /**
     * Each belief that differs from a non-zero code value moves toward it with the
     * individual's p1: one step (opposite to 0, 0 to the code's value) under the actions and
     * original rules, straight to the code's value under the paper's. Reads the code as it
     * was at the start of the period.
     */
    void socialize() {
        boolean jump = rules == MarchRules.PAPER;
        for (int i = 0; i < n; i++) {
            double p1 = rate[i];
            if (p1 == 0) {
                continue;
            }
            int base = i * m;
            for (int d = 0; d < m; d++) {
                byte c = code[d];
                byte b = beliefs[base + d];
                if (c != 0 && b != c && random.nextDouble() < p1) {
                    beliefs[base + d] = jump ? c : (byte) (b + c);
                }
            }
        }
    }

    /**
     * On each dimension where the superior group's dominant belief or action (the sign of its
     * net vote) differs from the code, the code moves toward it with probability 1 - (1 - p2)^k:
     * one step under the original rules, straight to it under the actions and paper rules.
     */
    void learnCode() {
        double p2 = params.codeLearning();
        if (p2 == 0 || superiors == 0) {
            return;
        }
        boolean step = rules == MarchRules.ORIGINAL;
        for (int d = 0; d < m; d++) {
            int k = votes(d);
            if (k > 0 && random.nextDouble() < 1 - Math.pow(1 - p2, k)) {
                int dominant = Integer.signum(plus[d] - minus[d]);
                code[d] = step ? (byte) (code[d] + dominant) : (byte) dominant;
            }
        }
    }

    /**
     * @return k on dimension d when the dominant belief differs from the code, else 0: the net
     *     vote under the actions and original rules; those who differ minus those who agree
     *     under the paper's
     */
    private int votes(int d) {
        int net = plus[d] - minus[d];
        int dominant = Integer.signum(net);
        if (dominant == 0 || dominant == code[d]) {
            return 0;
        }
        if (rules != MarchRules.PAPER) {
            return Math.abs(net);
        }
        int agree = code[d] > 0 ? plus[d] : code[d] < 0 ? minus[d] : superiors - plus[d] - minus[d];
        return (superiors - agree) - agree;
    }

    // ---- equilibrium and measures ----

    /**
     * Whether no further change is possible: (a) socialization can change nothing, because
     * every individual with p1 &gt; 0 holds the code's value on every dimension where the code
     * is not 0; and (b) code learning can change nothing, because p2 is 0 or no superior
     * group can move the code. Under the original and paper rules (b) means that, for the
     * superior group of the current state, no dimension has a k &gt; 0 (in particular when the
     * group is empty); this refreshes the superior group, which the next period computes again
     * from the same state. Under the actions rules the group depends on the coin flips, so (b)
     * asks that no individual could beat the code's score however its coins fall: its beliefs'
     * score plus its number of 0 beliefs is at most the code's score. With no turnover and no
     * turbulence the state then never changes again.
     *
     * @return true at equilibrium
     */
    boolean atEquilibrium() {
        for (int i = 0; i < n; i++) {
            if (rate[i] == 0) {
                continue;
            }
            int base = i * m;
            for (int d = 0; d < m; d++) {
                if (code[d] != 0 && beliefs[base + d] != code[d]) {
                    return false;
                }
            }
        }
        if (params.codeLearning() == 0) {
            return true;
        }
        if (rules == MarchRules.ACTIONS) {
            return !anyoneCanBeatTheCode();
        }
        assess();
        for (int d = 0; d < m; d++) {
            if (votes(d) > 0) {
                return false;
            }
        }
        return true;
    }

    /** @return true when some individual's best possible actions score above the code */
    private boolean anyoneCanBeatTheCode() {
        int codeScore = score(code, 0);
        for (int i = 0; i < n; i++) {
            int base = i * m;
            int best = 0;
            for (int d = 0; d < m; d++) {
                byte b = beliefs[base + d];
                best += b == 0 ? 1 : b * reality[d];
            }
            if (best > codeScore) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param measure which measure
     * @return the code's knowledge of reality
     */
    double codeKnowledge(MarchMeasure measure) {
        return measure(measure, code, 0) / (double) m;
    }

    /**
     * @param measure which measure
     * @param from first individual, inclusive
     * @param to last individual, exclusive
     * @return the mean over those individuals of their beliefs' knowledge of reality; NaN when
     *     the range is empty
     */
    double individualKnowledge(MarchMeasure measure, int from, int to) {
        if (to <= from) {
            return Double.NaN;
        }
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += measure(measure, beliefs, i * m);
        }
        return sum / ((double) m * (to - from));
    }

    private int measure(MarchMeasure measure, byte[] values, int base) {
        return measure == MarchMeasure.SHARE ? matches(values, base) : score(values, base);
    }

    private int matches(byte[] values, int base) {
        int count = 0;
        for (int d = 0; d < m; d++) {
            if (values[base + d] == reality[d]) {
                count++;
            }
        }
        return count;
    }

    /** @return matches minus mismatches, a 0 counting neither */
    private int score(byte[] values, int base) {
        int score = 0;
        for (int d = 0; d < m; d++) {
            score += values[base + d] * reality[d];
        }
        return score;
    }

    /** @return the parameters */
    MarchParams params() {
        return params;
    }

    // ---- read access for tests ----

    byte belief(int i, int d) {
        return beliefs[i * m + d];
    }

    byte code(int d) {
        return code[d];
    }

    byte reality(int d) {
        return reality[d];
    }

    void setBelief(int i, int d, int value) {
        beliefs[i * m + d] = (byte) value;
    }

    void setCode(int d, int value) {
        code[d] = (byte) value;
    }

    void setReality(int d, int value) {
        reality[d] = (byte) value;
    }
}
