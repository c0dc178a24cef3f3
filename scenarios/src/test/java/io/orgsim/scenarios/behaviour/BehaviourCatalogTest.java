// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgsim.core.SpecException;
import io.orgsim.core.experiment.Progress;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The catalog on small organizations with fixed seeds. */
class BehaviourCatalogTest {

    private static final BehaviourCatalog.Settings SMALL = BehaviourCatalog.Settings.defaults()
            .withAgents(60).withReplications(12).withSeed(7).withThreads(2);

    @Test
    void everyBehaviourIsJudgedFromItsClaimsWithConsistentNumbers() {
        AtomicLong runs = new AtomicLong();
        Progress counting = runs::incrementAndGet;
        List<Verdict> verdicts = BehaviourCatalog.evaluate(EnumSet.allOf(Behaviour.class), Map.of(), SMALL, counting);

        assertThat(verdicts).extracting(v -> v.behaviour().number()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(runs.get()).isEqualTo(BehaviourCatalog.runs(EnumSet.allOf(Behaviour.class), SMALL))
                .isEqualTo(11L * 12);
        assertThat(verdicts.stream().flatMap(v -> v.claims().stream()).map(Claim::id)).containsExactly(
                "1a", "1b", "1c", "1d", "2a", "2b", "2c", "2d", "2e", "2f", "2g",
                "3a", "3b", "3c", "3d", "3e", "3f", "3g", "3h", "3i", "3j", "x1", "x2",
                "4a", "4b", "4c", "4d", "4e", "4f", "5a", "5b", "6a", "6b");
        for (Verdict v : verdicts) {
            assertThat(v.decisive()).isNotEmpty().allMatch(c -> BehaviourCatalog.HELD.contains(c.id()));
            assertThat(v.holds()).isEqualTo(v.decisive().stream().allMatch(Claim::holds));
            assertThat(v.claims()).contains(v.deciding());
            assertThat(v.decisive()).contains(v.deciding());
            for (Claim c : v.claims()) {
                assertThat(c.p()).as(c.text()).isBetween(0.0, 1.0);
                assertThat(c.difference()).as(c.text()).isBetween(c.ciLow(), c.ciHigh());
                assertThat(c.holds()).as(c.text()).isEqualTo(c.difference() > 0 && c.p() < SMALL.alpha());
            }
        }
    }

    @Test
    void theVerdictsDoNotDependOnTheThreadCount() {
        EnumSet<Behaviour> b = EnumSet.of(Behaviour.NEITHER_WORST, Behaviour.LEADERSHIP_AS_CHOICE);
        List<Verdict> one = BehaviourCatalog.evaluate(b, Map.of(), SMALL.withThreads(1), Progress.NONE);
        List<Verdict> three = BehaviourCatalog.evaluate(b, Map.of(), SMALL.withThreads(3), Progress.NONE);
        assertThat(three).isEqualTo(one);
    }

    @Test
    void anOverrideOutOfRangeIsRefusedBeforeAnythingRuns() {
        assertThatThrownBy(() -> BehaviourCatalog.evaluate(EnumSet.of(Behaviour.BALANCED_WINS),
                Map.of("leadership.safety", 1.5), SMALL, () -> {
                    throw new AssertionError("ran");
                }))
                .isInstanceOf(SpecException.class).hasMessageContaining("leadership.safety");
    }
}
