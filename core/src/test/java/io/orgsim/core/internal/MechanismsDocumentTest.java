// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgsim.core.Metric;
import io.orgsim.core.Param;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The table of mechanism units in docs/MODEL.md is generated from {@link Mechanisms#CATALOG}:
 * this test writes it to core/target/docs/mechanisms.md and checks the document holds it.
 */
class MechanismsDocumentTest {

    @Test
    void modelDocumentHoldsTheMechanismTableGeneratedFromTheCatalog() throws IOException {
        StringBuilder table = new StringBuilder("| mechanism | switch | coefficients | state | metrics |\n|---|---|---|---|---|\n");
        for (Mechanism.Unit u : Mechanisms.CATALOG) {
            table.append("| ").append(u.name()).append(" | `").append(u.toggle().key()).append("` | ")
                    .append(u.params().stream().map(p -> "`" + p.key() + "`").collect(Collectors.joining(", ")))
                    .append(" | ").append(u.state().isEmpty() ? "-" : String.join(", ", u.state()))
                    .append(" | ").append(u.metrics().isEmpty() ? "-"
                            : u.metrics().stream().map(Metric::key).collect(Collectors.joining(", ")))
                    .append(" |\n");
        }
        table.append("| (structure) | - | ").append(Mechanisms.STRUCTURE.size()).append(" parameters: ")
                .append(Mechanisms.STRUCTURE.stream().map(Param::key).map(k -> "`" + k + "`").collect(Collectors.joining(", ")))
                .append(" | positions, network, directions, engagement, skill, traits of learning | all others |\n");
        Path out = Path.of("target", "docs");
        Files.createDirectories(out);
        Files.writeString(out.resolve("mechanisms.md"), table);
        String model = Files.readString(Path.of("..", "docs", "MODEL.md"));
        String begin = "<!-- mechanisms:begin -->\n";
        int from = model.indexOf(begin);
        int to = model.indexOf("<!-- mechanisms:end -->");
        assertThat(from).as("marker").isNotNegative();
        assertThat(model.substring(from + begin.length(), to))
                .as("docs/MODEL.md mechanisms table; regenerated in core/target/docs/mechanisms.md").isEqualTo(table.toString());
    }
}
