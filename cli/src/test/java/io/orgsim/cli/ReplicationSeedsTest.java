// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReplicationSeedsTest {

    @Test
    void mixIsTheFirstOutputOfSplittableRandom() {
        for (long x : new long[] {0, 1, -1, 42, Long.MAX_VALUE, Long.MIN_VALUE}) {
            assertThat(ReplicationSeeds.mix(x)).as("x = %d", x).isEqualTo(new SplittableRandom(x).nextLong());
        }
    }

    @Test
    void seedFollowsTheDocumentedRule() {
        long m = 1234;
        long expected = ReplicationSeeds.mix(ReplicationSeeds.mix(ReplicationSeeds.mix(m) ^ 2) ^ 7);
        assertThat(ReplicationSeeds.seed(m, 2, 7)).isEqualTo(expected);
    }

    @Test
    void seedsDifferAcrossScenariosReplicationsAndMasterSeeds() {
        Set<Long> seen = new HashSet<>();
        for (long master = 0; master < 4; master++) {
            for (int s = 0; s < 8; s++) {
                for (int r = 0; r < 500; r++) {
                    seen.add(ReplicationSeeds.seed(master, s, r));
                }
            }
        }
        assertThat(seen).hasSize(4 * 8 * 500);
    }
}
