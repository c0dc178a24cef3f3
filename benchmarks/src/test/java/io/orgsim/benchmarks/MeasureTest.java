// SPDX-License-Identifier: Apache-2.0
package io.orgsim.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code Measure}'s steal figure reads the machine's counters, or says it cannot. */
class MeasureTest {

    @Test
    void stealIsAShareOfTheMachinesTimeOrUnknown() {
        long[] start = Measure.cpuTicks();
        assertThat(Measure.stealSince(null)).isEqualTo("steal unknown");
        if (start != null) {
            assertThat(start[0]).isPositive();
            assertThat(start[1]).isBetween(0L, start[0]);
            double spin = 0;
            for (int i = 0; i < 50_000_000; i++) { // some CPU time, so that the counters move
                spin += Math.sqrt(i);
            }
            assertThat(spin).isPositive();
            assertThat(Measure.stealSince(start)).matches("steal (unknown|\\d+\\.\\d%)");
            assertThat(Measure.stealSince(new long[] {start[0] - 100, start[1]}))
                    .as("100 ticks ago, none stolen since then at most all").matches("steal \\d+\\.\\d%");
        }
    }
}
