// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The informal network: a symmetric Watts-Strogatz small world in compressed rows. */
class SmallWorldTest {

    @Test
    void withoutRewiringItIsTheRingLattice() {
        SmallWorld w = SmallWorld.build(20, 4, 0, new RandomStream(1, "network"));
        for (int i = 0; i < 20; i++) {
            assertThat(w.offsets[i + 1] - w.offsets[i]).isEqualTo(4);
            for (int k = w.offsets[i]; k < w.offsets[i + 1]; k++) {
                int d = Math.floorMod(w.neighbours[k] - i, 20);
                assertThat(d).isIn(1, 2, 18, 19);
            }
        }
    }

    @Test
    void rewiredTiesStaySymmetricWithoutSelfLoops() {
        int n = 500;
        SmallWorld w = SmallWorld.build(n, 6, 0.3, new RandomStream(2, "network"));
        assertThat(w.offsets[n]).isEqualTo(n * 6);
        int longTies = 0;
        for (int i = 0; i < n; i++) {
            for (int k = w.offsets[i]; k < w.offsets[i + 1]; k++) {
                int j = w.neighbours[k];
                assertThat(j).isNotEqualTo(i);
                assertThat(contains(w, j, i)).as("%d-%d symmetric", i, j).isTrue();
                int d = Math.floorMod(j - i, n);
                if (d > 3 && d < n - 3) {
                    longTies++;
                }
            }
        }
        // about 30% of the 1,500 edges rewired, each counted from both ends
        assertThat(longTies).isBetween(700, 1100);
    }

    @Test
    void theSameStreamGivesTheSameNetwork() {
        SmallWorld a = SmallWorld.build(100, 6, 0.1, new RandomStream(9, "network"));
        SmallWorld b = SmallWorld.build(100, 6, 0.1, new RandomStream(9, "network"));
        assertThat(a.neighbours).isEqualTo(b.neighbours);
        assertThat(a.offsets).isEqualTo(b.offsets);
    }

    private static boolean contains(SmallWorld w, int i, int j) {
        for (int k = w.offsets[i]; k < w.offsets[i + 1]; k++) {
            if (w.neighbours[k] == j) {
                return true;
            }
        }
        return false;
    }
}
