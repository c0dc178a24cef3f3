// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.SpecException;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.junit.jupiter.api.Test;

class DesignTest {

    @Test
    void gridVariesTheLastFactorFastest() {
        Design g = Design.grid(List.of(Factor.levels("leadership", 0.1, 0.9),
                Factor.levels("management", 0.2, 0.5, 0.8)));
        assertThat(g.size()).isEqualTo(6);
        assertThat(g.point(0)).containsExactly(0.1, 0.2);
        assertThat(g.point(2)).containsExactly(0.1, 0.8);
        assertThat(g.point(3)).containsExactly(0.9, 0.2);
    }

    @Test
    void latinHypercubeHasOnePointPerStratumOfEveryFactor() {
        int n = 50;
        Design d = Design.latinHypercube(List.of(Factor.range("leadership", 0, 1),
                Factor.range("management.overhead", 0.1, 0.5)), n, 7);
        for (int j = 0; j < 2; j++) {
            double min = j == 0 ? 0 : 0.1;
            double width = j == 0 ? 1 : 0.4;
            boolean[] seen = new boolean[n];
            for (int i = 0; i < n; i++) {
                int stratum = (int) ((d.point(i)[j] - min) / width * n);
                assertThat(seen[stratum]).isFalse();
                seen[stratum] = true;
            }
        }
        assertThat(Design.latinHypercube(List.of(Factor.range("leadership", 0, 1)), 5, 7).point(3))
                .isEqualTo(Design.latinHypercube(List.of(Factor.range("leadership", 0, 1)), 5, 7).point(3));
    }

    @Test
    void sobolDesignIsTheScaledSobolSequenceInAnyAccessOrder() {
        Design d = Design.sobol(List.of(Factor.range("leadership", 0, 1), Factor.range("org.agents", 100, 300)), 20);
        SobolSequenceGenerator gen = new SobolSequenceGenerator(2);
        gen.nextVector();
        double[][] expected = new double[20][];
        for (int i = 0; i < 20; i++) {
            double[] u = gen.nextVector();
            expected[i] = new double[] {u[0], 100 + 200 * u[1]};
        }
        assertThat(d.point(7)).containsExactly(expected[7]);
        for (int i = 0; i < 20; i++) {
            assertThat(d.point(i)).as("point %d", i).containsExactly(expected[i]);
        }
    }

    @Test
    void applyRoundsWholeNumberParametersAndBuildNamesBadFields() {
        Design d = Design.list(List.of("org.agents", "leadership"), List.of(new double[] {123.6, 0.4}));
        ScenarioSpec spec = d.apply(ScenarioSpec.builder().build(), 0).build();
        assertThat(spec.agents()).isEqualTo(124);
        assertThat(spec.get(Param.VISION)).isEqualTo(0.4);

        assertThatThrownBy(() -> Design.list(List.of("leadership"), List.of(new double[] {1.5})))
                .isInstanceOf(SpecException.class).hasMessageContaining("points[0].leadership")
                .hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> Factor.range("leadership.visionn", 0, 1))
                .isInstanceOf(SpecException.class).hasMessageContaining("leadership.visionn");
        assertThatThrownBy(() -> Factor.range("management.overhead", 0, 2))
                .isInstanceOf(SpecException.class).hasMessageContaining("management.overhead = 2");
        Design tooFewAgents = Design.list(List.of("org.agents"), List.of(new double[] {10}));
        ScenarioSpec.Builder b = tooFewAgents.apply(ScenarioSpec.builder().set("org.networkDegree", 12).build(), 0);
        assertThatThrownBy(b::build).isInstanceOf(SpecException.class)
                .extracting(e -> ((SpecException) e).field()).isEqualTo("org.networkDegree");
    }

    @Test
    void seedsAreDeterministicDistinctAndIndependentOfTheReplicationCount() {
        assertThat(Seeds.runSeed(1, 2, 3, 10)).isEqualTo(Seeds.runSeed(1, 2, 3, 10));
        assertThat(Seeds.runSeed(1, 2, 3, 10)).isNotEqualTo(Seeds.runSeed(2, 2, 3, 10));
        assertThat(Seeds.runSeed(1, 2, 3, 10)).isEqualTo(Seeds.runSeed(1, 2, 3, 30)).isEqualTo(Seeds.runSeed(1, 2, 3));
        int points = 20_000;
        int reps = 10;
        long[] seeds = new long[points * reps];
        for (int p = 0; p < points; p++) {
            for (int r = 0; r < reps; r++) {
                seeds[p * reps + r] = Seeds.runSeed(42, p, r, reps);
            }
        }
        Arrays.sort(seeds);
        for (int i = 1; i < seeds.length; i++) {
            assertThat(seeds[i]).isNotEqualTo(seeds[i - 1]);
        }
    }

    @Test
    void seedsSurviveAReaderThatParsesEveryNumberAsADouble() {
        // R's read.csv, Excel and JavaScript read a seed as an IEEE double: it must come back exact
        for (long master : new long[] {1, -7, Long.MIN_VALUE, Long.MAX_VALUE, 20_260_101L}) {
            for (int p = 0; p < 200; p++) {
                for (int r = 0; r < 50; r++) {
                    long seed = Seeds.runSeed(master, p, r);
                    assertThat(seed).isBetween(0L, Seeds.LIMIT - 1);
                    assertThat((long) Double.parseDouble(Long.toString(seed))).isEqualTo(seed);
                }
            }
        }
        assertThatThrownBy(() -> Seeds.runSeed(1, Seeds.MAX_POINTS, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Seeds.runSeed(1, Seeds.MAX_POINTS - 1, Integer.MAX_VALUE)).isLessThan(Seeds.LIMIT);
    }
}
