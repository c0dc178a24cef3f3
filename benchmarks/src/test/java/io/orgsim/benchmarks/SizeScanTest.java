// SPDX-License-Identifier: Apache-2.0
package io.orgsim.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code SizeScan} names a bad size, and prints a line per size with every phase (it times nothing here). */
class SizeScanTest {

    @Test
    void namesABadSize() {
        assertThat(SizeScan.argumentProblem(new String[] {"300", "1000"})).isNull();
        assertThat(SizeScan.argumentProblem(new String[] {"300", "five"})).startsWith("agents = five: must be in [10, ");
        assertThat(SizeScan.argumentProblem(new String[] {"5"})).startsWith("agents = 5: must be in [10, ");
    }

    @Test
    void aLineHoldsTheRunAndEveryPhase() throws Exception {
        String line = SizeScan.line(20, 1);
        assertThat(line).contains("20 agents: run").contains("ns per agent-step");
        for (String phase : PhaseProfile.PHASES) {
            assertThat(line).contains(" " + phase + " ");
        }
    }
}
