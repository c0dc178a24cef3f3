// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgsim.core.SpecException;
import io.orgsim.core.experiment.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ablation with explicit arms on small organizations. */
class AblationTest {

    private static final BehaviourCatalog.Settings SMALL = BehaviourCatalog.Settings.defaults()
            .withAgents(100).withReplications(20).withSeed(11).withThreads(2);

    /** Every quadrant gets the same levers: nothing is left to tell them apart but noise. */
    private static final Arm SAME_LEVERS = new Arm("same-levers", Map.of("leadership", 0.5, "management", 0.5));

    @Test
    void anArmThatRemovesWhatMakesABehaviourBreaksItInTheTable(@TempDir Path dir) throws Exception {
        Ablation ablation = new Ablation(List.of(SAME_LEVERS, new Arm("no-safety", Map.of("leadership.safety", 0.0))),
                EnumSet.of(Behaviour.BALANCED_WINS, Behaviour.NEITHER_WORST), SMALL);
        List<Ablation.ArmResult> results = ablation.run(Progress.Factory.NONE, r -> { });

        assertThat(results).extracting(r -> r.arm().name()).containsExactly("baseline", "same-levers", "no-safety");
        Verdict baseline = results.get(0).verdicts().get(1);
        Verdict sameLevers = results.get(1).verdicts().get(1);
        assertThat(baseline.behaviour()).isEqualTo(Behaviour.NEITHER_WORST);
        assertThat(baseline.holds()).as("%s", baseline.deciding()).isTrue();
        assertThat(sameLevers.holds()).as("%s", sameLevers.deciding()).isFalse();

        List<Path> files = AblationReport.write(dir, ablation, results, "orgsim ablate test.yaml");
        List<String> csv = Files.readAllLines(files.get(0));
        assertThat(csv.get(0)).isEqualTo("arm,behaviour,holds,effect,ci_low,ci_high,p,claim");
        assertThat(csv).hasSize(1 + 3 * 2).anyMatch(l -> l.startsWith("same-levers,4,false,"));
        String md = Files.readString(files.get(2));
        assertThat(md).contains("`orgsim ablate test.yaml`")
                .contains("| behaviour | baseline | same-levers | no-safety | fails without |");
        String row4 = md.lines().filter(l -> l.startsWith("| 4. ")).findFirst().orElseThrow();
        assertThat(row4).endsWith("| same-levers |").contains("**fails**");
        assertThat(Files.readAllLines(files.get(1))).hasSize(1 + 3 * (4 + 6));
    }

    @Test
    void badArmsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> new Arm("x", Map.of("leadership.safty", 0.0)))
                .isInstanceOf(SpecException.class).hasMessageStartingWith("arms.x.leadership.safty");
        assertThatThrownBy(() -> new Arm("x", Map.of("leadership.safety", 2.0)))
                .isInstanceOf(SpecException.class).hasMessageContaining("must be in [0, 1]");
        assertThatThrownBy(() -> new Ablation(List.of(Arm.baseline()), EnumSet.of(Behaviour.BALANCED_WINS), SMALL))
                .isInstanceOf(SpecException.class).hasMessageContaining("baseline");
    }
}
