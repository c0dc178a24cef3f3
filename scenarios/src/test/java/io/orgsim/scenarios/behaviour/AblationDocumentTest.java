// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/MODEL.md's ablation table covers the model as it is. Regenerating it takes 6,600 runs
 * (minutes of CPU), too many for the test run; this checks what can go stale cheaply: the
 * block names the command that produced it, has a column for the baseline and for every
 * mechanism switch of the model in order, and a row for every behaviour and every asserted
 * claim of the catalog.
 */
class AblationDocumentTest {

    private static final String BEGIN = "<!-- ablation:begin -->\n";
    private static final String END = "<!-- ablation:end -->";

    @Test
    void theDocumentedAblationCoversEveryMechanismAndAssertedClaim() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "MODEL.md"));
        int from = doc.indexOf(BEGIN);
        int to = doc.indexOf(END);
        assertThat(from).as("docs/MODEL.md has a block %s", BEGIN.strip()).isNotNegative();
        String block = doc.substring(from + BEGIN.length(), to);

        assertThat(block).startsWith("Produced by `orgsim ablate ");
        List<String> columns = new ArrayList<>(List.of("baseline"));
        Arm.mechanisms().forEach(a -> columns.add(a.name()));
        String header = block.lines().filter(l -> l.startsWith("| behaviour |")).findFirst().orElseThrow();
        assertThat(Arrays.stream(header.split("\\|")).map(String::strip).filter(c -> !c.isEmpty()).toList())
                .containsExactlyElementsOf(concat(List.of("behaviour"), columns, List.of("fails without")));
        for (Behaviour b : Behaviour.values()) {
            assertThat(block).as("row of behaviour %d", b.number()).contains("| " + b.number() + ". " + b.statement() + " |");
        }
        for (String id : BehaviourCatalog.HELD) {
            if (!id.startsWith("e")) {
                assertThat(block).as("row of claim %s", id).contains("\n| " + id + " | ");
            }
        }
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> p : parts) {
            all.addAll(p);
        }
        return all;
    }
}
