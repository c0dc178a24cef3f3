// SPDX-License-Identifier: Apache-2.0
package io.orgsim.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.orgsim.core.experiment.Estimate;
import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void estimateUsesStudentT() {
        Estimate e = Stats.estimate(new double[] {1, 2, 3, 4});
        // sd = 1.2910, t(0.975, 3) = 3.1824, half = 3.1824 * 1.2910 / 2
        assertThat(e.mean()).isEqualTo(2.5);
        assertThat(e.halfWidth()).isCloseTo(3.182446 * 1.290994 / 2, within(1e-5));
        assertThat(e.n()).isEqualTo(4);
    }

    @Test
    void oneReplicationHasNoWidth() {
        Estimate e = Stats.estimate(new double[] {7});
        assertThat(e.ciLow()).isEqualTo(7);
        assertThat(e.ciHigh()).isEqualTo(7);
    }

    @Test
    void bandIsThePerStepEstimate() {
        double[][] runs = {{1, 10, 5}, {3, 20, 5}, {5, 60, 5}};
        Band b = Stats.band(runs);
        for (int t = 0; t < 3; t++) {
            Estimate e = Stats.estimate(new double[] {runs[0][t], runs[1][t], runs[2][t]});
            assertThat(b.at(t)).usingRecursiveComparison().ignoringFields("sd").isEqualTo(e); // a band keeps no sd
        }
        assertThat(b.lower()[2]).isEqualTo(5);
    }

    @Test
    void bandRejectsRaggedRuns() {
        assertThatThrownBy(() -> Stats.band(new double[][] {{1, 2}, {1}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("replication 1");
    }

    @Test
    void spreadRejectsRaggedRuns() {
        // a shorter replication was read past its end, or a longer one cut short, before the check
        assertThatThrownBy(() -> Stats.spread(new double[][] {{1, 2}, {1, 2, 3}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("replication 1 has 3 steps");
    }
}
