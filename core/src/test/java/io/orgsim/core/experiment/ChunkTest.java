// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgsim.core.SpecException;
import java.util.Iterator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ChunkTest {

    @ParameterizedTest
    @CsvSource({"1, 1, 1", "20, 10, 8", "7, 3, 16", "3, 5, 4", "100, 1, 7", "1, 1, 5"})
    void theChunksHoldEveryRunExactlyOnceInNearlyEqualShares(int points, int reps, int n) {
        int total = points * reps;
        int[] owner = new int[total];
        java.util.Arrays.fill(owner, -1);
        long min = Long.MAX_VALUE;
        long max = 0;
        for (int i = 0; i < n; i++) {
            Chunk c = new Chunk(i, n);
            long count = 0;
            for (Iterator<RunKey> it = c.runs(points, reps); it.hasNext(); ) {
                RunKey k = it.next();
                int index = k.point() * reps + k.replication();
                assertThat(owner[index]).as("run %d", index).isEqualTo(-1);
                assertThat(c.contains(k, reps)).isTrue();
                owner[index] = i;
                count++;
            }
            assertThat(count).isEqualTo(c.size(points, reps));
            min = Math.min(min, count);
            max = Math.max(max, count);
        }
        assertThat(owner).doesNotContain(-1);
        assertThat(max - min).isLessThanOrEqualTo(1);
        for (int k = 0; k < total; k++) {
            assertThat(owner[k]).isEqualTo(k % n);
        }
    }

    @Test
    void parsesIOverN() {
        assertThat(Chunk.parse("3/16")).isEqualTo(new Chunk(3, 16));
        assertThat(Chunk.parse(" 0 / 1 ")).isEqualTo(new Chunk(0, 1));
        assertThat(new Chunk(3, 16).partFileName()).isEqualTo("part-3-of-16.csv");
        for (String bad : new String[] {"16/16", "-1/4", "1/0", "a/b", "3", "1/2/3", ""}) {
            assertThatThrownBy(() -> Chunk.parse(bad)).as(bad).isInstanceOf(SpecException.class);
        }
    }
}
