// SPDX-License-Identifier: Apache-2.0
package io.orgsim.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The layouts the probe compares compute the same numbers, so that it compares like with like. */
class EngagementLayoutTest {

    @Test
    void everyLayoutGivesTheModelLayoutsEngagement() {
        for (Consumer<EngagementLayout> blockLayout : java.util.List.<Consumer<EngagementLayout>>of(
                EngagementLayout::blockArrays, EngagementLayout::blockArraysSplit)) {
            EngagementLayout model = new EngagementLayout();
            EngagementLayout block = new EngagementLayout();
            model.prepare();
            block.prepare();
            for (int week = 0; week < 300; week++) {
                model.teamLoops();
                blockLayout.accept(block);
            }
            int present = 0;
            for (int i = 0; i < EngagementLayout.agents(); i++) {
                if (model.isPresent(i)) {
                    present++;
                    double e = model.engagementOf(i)[0];
                    assertThat(e).isStrictlyBetween(0.0, 1.0); // a live value, not a clamp or a reset
                    assertThat(block.engagementOf(i)[1]).as("agent %d", i).isEqualTo(e);
                }
            }
            assertThat(present).isGreaterThan(EngagementLayout.agents() / 2);
        }
    }
}
