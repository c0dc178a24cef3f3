// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The rules of March's model, one at a time, on hand-set states. */
class MarchModelTest {

    /** Three dimensions, reality all +1, code and beliefs all 0. */
    private static MarchModel tiny(double p1, double p2, MarchRules rules, int individuals) {
        return tiny(3, p1, p2, rules, individuals);
    }

    private static MarchModel tiny(int dimensions, double p1, double p2, MarchRules rules, int individuals) {
        MarchParams p = new MarchParams(dimensions, individuals, p1, p1, 0, p2, 0, 0, 1000, rules);
        MarchModel m = new MarchModel(p, new MersenneTwisterFast(7));
        for (int d = 0; d < dimensions; d++) {
            m.setReality(d, 1);
            m.setCode(d, 0);
            for (int i = 0; i < individuals; i++) {
                m.setBelief(i, d, 0);
            }
        }
        return m;
    }

    @Test
    void initialStateIsDrawnAsMarchSays() {
        MarchParams p = MarchParams.closed(0.5, 0.5);
        MarchModel m = new MarchModel(p, new MersenneTwisterFast(11));
        int[] counts = new int[3];
        for (int d = 0; d < p.dimensions(); d++) {
            assertThat(m.code(d)).isZero();
            assertThat(m.reality(d)).isIn((byte) -1, (byte) 1);
            for (int i = 0; i < p.individuals(); i++) {
                counts[m.belief(i, d) + 1]++;
            }
        }
        // 1500 beliefs, each value with probability 1/3: 500 +- 4 sd (about 73).
        for (int c : counts) {
            assertThat(c).isBetween(427, 573);
        }
        assertThat(m.codeKnowledge(MarchMeasure.SHARE)).isZero();
        assertThat(m.codeKnowledge(MarchMeasure.SCORE)).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = MarchRules.class, names = {"ACTIONS", "ORIGINAL"})
    void socializationMovesOneStepTowardTheCode(MarchRules rules) {
        MarchModel m = tiny(1.0, 0, rules, 1);
        m.setCode(0, 1);
        m.setBelief(0, 0, -1);
        m.setCode(1, 0);
        m.setBelief(0, 1, -1);
        m.socialize();
        assertThat(m.belief(0, 0)).as("opposite moves to 0").isEqualTo((byte) 0);
        assertThat(m.belief(0, 1)).as("a zero code leaves beliefs alone").isEqualTo((byte) -1);
        m.socialize();
        assertThat(m.belief(0, 0)).as("0 moves to the code").isEqualTo((byte) 1);
        m.socialize();
        assertThat(m.belief(0, 0)).isEqualTo((byte) 1);
    }

    @Test
    void paperSocializationJumpsToTheCode() {
        MarchModel m = tiny(1.0, 0, MarchRules.PAPER, 1);
        m.setCode(0, -1);
        m.setBelief(0, 0, 1);
        m.socialize();
        assertThat(m.belief(0, 0)).isEqualTo((byte) -1);
    }

    @Test
    void socializationRateIsP1() {
        MarchParams p = new MarchParams(1000, 10, 0.3, 0.3, 0, 0, 0, 0, 10, MarchRules.ORIGINAL);
        MarchModel m = new MarchModel(p, new MersenneTwisterFast(3));
        int differing = 0;
        for (int d = 0; d < 1000; d++) {
            m.setCode(d, 1);
            for (int i = 0; i < 10; i++) {
                m.setBelief(i, d, 0);
            }
        }
        m.socialize();
        for (int d = 0; d < 1000; d++) {
            for (int i = 0; i < 10; i++) {
                differing += m.belief(i, d) == 1 ? 1 : 0;
            }
        }
        // 10000 trials at 0.3: 3000 +- 4 sd (about 183).
        assertThat(differing).isBetween(2817, 3183);
    }

    @Test
    void originalCodeLearningUsesTheNetVoteOfTheSuperiorGroupAndMovesOneStep() {
        // Reality +1 everywhere; the code (all 0) scores 0. Individuals 0-2 score 2, 2 and 1
        // and are superior; individual 3 scores -3 and is not.
        MarchModel m = tiny(4, 0, 1.0, MarchRules.ORIGINAL, 4);
        int[][] beliefs = {{1, -1, 1, 1}, {1, 1, -1, 1}, {1, -1, 0, 1}, {-1, 0, -1, -1}};
        set(m, beliefs);
        m.assess();
        m.learnCode();
        assertThat(m.code(0)).as("3 for, none against").isEqualTo((byte) 1);
        assertThat(m.code(1)).as("net vote -1 among the superior").isEqualTo((byte) -1);
        assertThat(m.code(2)).as("tied among the superior; the inferior individual has no say").isEqualTo((byte) 0);

        m.setCode(0, -1);
        m.assess();
        m.learnCode();
        assertThat(m.code(0)).as("an opposite code moves one step, to 0").isEqualTo((byte) 0);
    }

    @Test
    void actionsCodeLearningUsesTheNetVoteOfTheSuperiorGroupsActionsAndJumps() {
        // No 0 beliefs, so actions are the beliefs: reality +1 everywhere, the code (all 0)
        // scores 0; individuals 0-2 score 2, 2 and 2 and are superior, individual 3 (-4) is not.
        MarchModel m = tiny(4, 0, 1.0, MarchRules.ACTIONS, 4);
        int[][] beliefs = {{1, -1, 1, 1}, {1, 1, -1, 1}, {1, -1, 1, 1}, {-1, -1, -1, -1}};
        set(m, beliefs);
        m.setCode(0, -1);
        m.assess();
        m.learnCode();
        assertThat(m.code(0)).as("3 for, none against: an opposite code jumps").isEqualTo((byte) 1);
        assertThat(m.code(1)).as("net vote -1 among the superior").isEqualTo((byte) -1);
        assertThat(m.code(2)).as("net vote +1; the inferior individual has no say").isEqualTo((byte) 1);
    }

    @Test
    void actionsZeroBeliefsActAsACoinFlip() {
        // One individual: 0 on dimensions 0-999, right (+1) on 1000-1999, so its actions score
        // at least 0 + 1000 - 1000 and, but for 2^-1000, above the code's 0. With p2 = 1 the
        // code takes every action it sees once, so it shows the coin flips on 0-999.
        int half = 1000;
        MarchModel m = tiny(2 * half, 0, 1.0, MarchRules.ACTIONS, 1);
        for (int d = half; d < 2 * half; d++) {
            m.setBelief(0, d, 1);
        }
        m.assess();
        m.learnCode();
        int plus = 0;
        for (int d = 0; d < half; d++) {
            assertThat(m.code(d)).isIn((byte) -1, (byte) 1);
            plus += m.code(d) == 1 ? 1 : 0;
        }
        // 1000 flips at 1/2: 500 +- 4 sd (about 63).
        assertThat(plus).isBetween(437, 563);
        assertThat(m.belief(0, 0)).as("acting leaves the belief alone").isZero();
    }

    @Test
    void actionsSuperiorGroupIsChosenByTheScoreOfActionsNotOfBeliefs() {
        // Reality +1; the code is +1 on dimension 0 (score 1). The individual's beliefs score
        // 0 (0 everywhere), but when both its coins come up +1 its actions score 2 and beat
        // the code, and the code learns dimension 1; when they do not, nothing changes.
        int learned = 0;
        int trials = 4000;
        MarchParams p = new MarchParams(2, 1, 0, 0, 0, 1.0, 0, 0, 10, MarchRules.ACTIONS);
        MarchModel m = new MarchModel(p, new MersenneTwisterFast(9));
        for (int t = 0; t < trials; t++) {
            m.setReality(0, 1);
            m.setReality(1, 1);
            m.setCode(0, 1);
            m.setCode(1, 0);
            m.setBelief(0, 0, 0);
            m.setBelief(0, 1, 0);
            m.assess();
            m.learnCode();
            learned += m.code(1) == 1 ? 1 : 0;
            assertThat(m.code(1)).as("a losing action is never learned").isNotEqualTo((byte) -1);
        }
        // Probability 1/4: 1000 +- 4 sd (about 110).
        assertThat(learned).isBetween(890, 1110);
    }

    @Test
    void actionsEquilibriumAsksThatNoCoinFlipCouldBeatTheCode() {
        MarchModel m = tiny(0.5, 0.5, MarchRules.ACTIONS, 1);
        m.setCode(0, 1);
        m.setBelief(0, 0, 1);
        assertThat(m.atEquilibrium()).as("two 0 beliefs where the code is 0: lucky flips beat the code").isFalse();
        m.setBelief(0, 1, -1);
        assertThat(m.atEquilibrium()).as("one 0 belief, one wrong: at best a tie with the code").isTrue();
        m.setBelief(0, 1, 1);
        assertThat(m.atEquilibrium()).as("a right belief where the code is 0 beats it").isFalse();
    }

    private static void set(MarchModel m, int[][] beliefs) {
        for (int i = 0; i < beliefs.length; i++) {
            for (int d = 0; d < beliefs[i].length; d++) {
                m.setBelief(i, d, beliefs[i][d]);
            }
        }
    }

    @Test
    void paperCodeLearningCountsDifferersMinusAgreersAndJumps() {
        // Code +1 on dimension 1 (reality +1), so the code scores 1 knowledge point; superior
        // individuals need 2 matches: individuals 0-2 match on dimensions 0 and 2.
        MarchModel m = tiny(0, 1.0, MarchRules.PAPER, 4);
        m.setCode(1, 1);
        for (int i = 0; i < 3; i++) {
            m.setBelief(i, 0, 1);
            m.setBelief(i, 2, 1);
        }
        m.setBelief(0, 1, -1);
        m.setBelief(1, 1, -1);
        m.setBelief(2, 1, 1);
        m.assess();
        m.learnCode();
        assertThat(m.code(1)).as("2 differ, 1 agrees: k = 1, jump to -1").isEqualTo((byte) -1);
        assertThat(m.code(0)).isEqualTo((byte) 1);

        MarchModel z = tiny(0, 1.0, MarchRules.PAPER, 4);
        for (int i = 0; i < 4; i++) {
            z.setBelief(i, 0, 1);
        }
        z.setBelief(0, 1, 1);
        z.assess();
        z.learnCode();
        assertThat(z.code(1)).as("1 differs from the 0 code, 3 agree: k < 0, no change").isEqualTo((byte) 0);
    }

    @Test
    void codeLearningRateIsOneMinusOneMinusP2ToTheK() {
        int changed = 0;
        int trials = 4000;
        MarchParams p = new MarchParams(1, 3, 0, 0, 0, 0.3, 0, 0, 10, MarchRules.ORIGINAL);
        MarchModel m = new MarchModel(p, new MersenneTwisterFast(5));
        for (int t = 0; t < trials; t++) {
            m.setReality(0, 1);
            m.setCode(0, 0);
            m.setBelief(0, 0, 1);
            m.setBelief(1, 0, 1);
            m.setBelief(2, 0, 0);
            m.assess();
            m.learnCode();
            changed += m.code(0) == 1 ? 1 : 0;
        }
        double expected = 1 - Math.pow(0.7, 2);
        double sd = Math.sqrt(trials * expected * (1 - expected));
        assertThat((double) changed).isBetween(trials * expected - 4 * sd, trials * expected + 4 * sd);
    }

    @Test
    void equilibriumIsReachedOnlyWhenNothingCanChange() {
        MarchModel m = tiny(0.5, 0.5, MarchRules.ORIGINAL, 2);
        m.setCode(0, 1);
        m.setBelief(0, 0, 1);
        m.setBelief(1, 0, 0);
        assertThat(m.atEquilibrium()).as("individual 1 can still be socialized").isFalse();
        m.setBelief(1, 0, 1);
        assertThat(m.atEquilibrium()).isTrue();
        // A belief that differs from a 0 code: individual 1 is then superior (score 2 > 1) and
        // the code can learn its +1.
        m.setBelief(1, 2, 1);
        assertThat(m.atEquilibrium()).isFalse();
        // The same belief when wrong: individual 1 is not superior, so nothing can change it.
        m.setBelief(1, 2, -1);
        assertThat(m.atEquilibrium()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(MarchRules.class)
    void closedRunsStopAtAStateThatNeverChanges(MarchRules rules) {
        for (double p1 : new double[] {0.1, 0.9}) {
            MarchParams p = MarchParams.closed(p1, 0.5).withRules(rules);
            MarchState state = new MarchState(p, 42);
            MarchRun run = state.runToEnd();
            assertThat(run.equilibrium()).isTrue();
            MarchModel m = state.model();
            byte[] before = snapshot(m, p);
            for (int t = 0; t < 300; t++) {
                m.assess();
                m.socialize();
                m.learnCode();
            }
            assertThat(snapshot(m, p)).isEqualTo(before);
            for (MarchMeasure measure : MarchMeasure.values()) {
                assertThat(run.codeAt(measure, run.periods() + 1000)).isEqualTo(run.codeAtEnd(measure));
            }
        }
    }

    private static byte[] snapshot(MarchModel m, MarchParams p) {
        byte[] s = new byte[p.dimensions() * (p.individuals() + 1)];
        for (int d = 0; d < p.dimensions(); d++) {
            s[d] = m.code(d);
            for (int i = 0; i < p.individuals(); i++) {
                s[p.dimensions() * (i + 1) + d] = m.belief(i, d);
            }
        }
        return s;
    }

    @Test
    void aSeedFixesTheRunAndSeedsDiffer() {
        MarchParams p = MarchParams.closed(0.5, 0.5).withEnvironment(0.05, 0.02, 60);
        MarchRun a = March1991.run(p, 99);
        MarchRun b = March1991.run(p, 99);
        MarchRun c = March1991.run(p, 100);
        for (MarchSeries[] pair : new MarchSeries[][] {{a.code(), b.code()}, {a.slow(), b.slow()}}) {
            assertThat(pair[0].share()).isEqualTo(pair[1].share());
            assertThat(pair[0].score()).isEqualTo(pair[1].score());
        }
        assertThat(a.fast().share()).containsOnly(Double.NaN).hasSize(61);
        assertThat(a.fast().score()).containsOnly(Double.NaN).hasSize(61);
        assertThat(a.periods()).isEqualTo(60);
        assertThat(a.equilibrium()).isFalse();
        assertThat(c.code().share()).isNotEqualTo(a.code().share());
    }

    @Test
    void figuresDoNotDependOnTheThreadCount() {
        List<EquilibriumPoint> one = MarchStudy.of(6, 3, 1).figure1(new double[] {0.2, 0.8}, new double[] {0.5});
        List<EquilibriumPoint> two = MarchStudy.of(6, 3, 2).figure1(new double[] {0.2, 0.8}, new double[] {0.5});
        assertThat(one).usingRecursiveComparison().isEqualTo(two);
    }

    @Test
    void paramsAreChecked() {
        assertThatThrownBy(() -> MarchParams.closed(1.5, 0.5)).hasMessageContaining("socialization 1.5");
        assertThatThrownBy(() -> MarchParams.closed(0.5, Double.NaN)).hasMessageContaining("codeLearning");
        assertThatThrownBy(() -> MarchParams.closed(0.5, 0.5).withFastLearners(51, 0.9))
                .hasMessageContaining("fastLearners 51");
        assertThatThrownBy(() -> MarchParams.closed(0.5, 0.5).withEnvironment(0, 0.1, 0))
                .hasMessageContaining("horizon");
        assertThatThrownBy(() -> MarchStudy.of(1, 0, 1)).hasMessageContaining("replications");
    }
}
