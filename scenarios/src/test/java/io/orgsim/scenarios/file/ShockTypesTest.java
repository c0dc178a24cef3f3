// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgsim.core.CapacityCut;
import io.orgsim.core.Crisis;
import io.orgsim.core.DemandSpike;
import io.orgsim.core.DepartureWave;
import io.orgsim.core.Shock;
import io.orgsim.core.StrategicPivot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShockTypesTest {

    private static final List<Shock> ONE_OF_EACH = List.of(new StrategicPivot(45), new CapacityCut(0.3, 12),
            new DemandSpike(0.5, 8), new DepartureWave(0.1, 0.3, 0.2),
            Crisis.of(new StrategicPivot(90), new CapacityCut(0.2, 10)));

    @Test
    void everyRegisteredTypeHasTheNameOfItsShock() {
        assertThat(ShockTypes.all()).hasSameSizeAs(ONE_OF_EACH);
        for (Shock s : ONE_OF_EACH) {
            assertThat(ShockTypes.of(s)).as(s.name()).hasValueSatisfying(t -> assertThat(t.name()).isEqualTo(s.name()));
            assertThat(ShockTypes.named(s.name())).isEqualTo(ShockTypes.of(s));
        }
    }

    @Test
    void aShockOfOnesOwnHasNoType() {
        Shock own = new Shock() {
            @Override
            public String name() {
                return "earthquake";
            }

            @Override
            public void apply(io.orgsim.core.ShockTarget target) {
            }
        };
        assertThat(ShockTypes.of(own)).isEmpty();
        assertThat(ShockTypes.named("earthquake")).isEmpty();
    }

    @Test
    void theDocsListEveryTypeAsTheRegistryDescribesIt() throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "EXPERIMENTS.md"), StandardCharsets.UTF_8);
        for (String line : ShockTypes.describe()) {
            assertThat(docs).as("docs/EXPERIMENTS.md, section Shock types (orgsim scenarios shocks)").contains(line);
        }
    }

    @Test
    void anOutOfRangeFieldIsRefusedWithTheRangeTheRegistryShows() {
        String file = "base:\n  shocks:\n    - {week: 10, type: capacity-cut, fraction: 1.5, weeks: 3}\n";
        String range = ShockTypes.named("capacity-cut").orElseThrow().fields().get(0).range();
        assertThatThrownBy(() -> ExperimentFiles.parse(Path.of("t.yaml"), file, "t"))
                .hasMessageContaining("fraction").hasMessageContaining(range);
    }
}
