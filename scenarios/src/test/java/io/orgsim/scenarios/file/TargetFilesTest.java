// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgsim.core.experiment.Target;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetFilesTest {

    private static final Path SHIPPED = Path.of("..", "experiments", "published-targets.yaml");

    @Test
    void theShippedTargetsParseAndSayWhichRelationEachIs() throws IOException {
        TargetFiles.TargetFile f = TargetFiles.load(SHIPPED);
        assertThat(f.targets()).hasSize(9);
        assertThat(f.targets().stream().filter(t -> t.kind() == Target.Kind.CORRELATION))
                .hasSize(7).allMatch(t -> t.relation() == Target.Relation.TRUE_SCORE && t.tolerance() == 0.10);
        assertThat(f.population().units()).isEqualTo(200);
        // team effectiveness: a standardized composite of attitudes and performance
        assertThat(f.targets()).filteredOn(t -> t.name().equals("shared-leadership-effectiveness"))
                .singleElement().satisfies(t -> assertThat(t.y().standardized()).isTrue())
                .satisfies(t -> assertThat(t.y().keys()).containsExactly("late_engagement", "mean_output"));
        try (InputStream in = TargetFiles.class.getResourceAsStream(
                "/io/orgsim/scenarios/calibration/published-targets.yaml")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as("the copy in the resources")
                    .isEqualTo(Files.readString(SHIPPED));
        }
    }

    private static final String POPULATION = """
            population:
              units: 10
              sample: {leadership: {min: 0.1, max: 0.9}}
            """;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "targets: {a: {mean: turnover_rate, value: 0.1, tolerance: 0}}|targets.a.tolerance = 0: must be positive",
        "targets: {a: {correlation: {x: leadership, y: engagement}, value: 0.3, tolerance: 0.1}}|targets.a needs relation",
        "targets: {a: {correlation: {x: leadership, y: engagment}, relation: true-score, value: 0.3, tolerance: 0.1}}"
                + "|targets.a.correlation.y = \"engagment\": is neither a parameter",
        "targets: {a: {correlation: {x: leadership, y: engagement}, relation: observed, value: 0.3, tolerance: 0.1}}"
                + "|targets.a needs reliability",
        "targets: {a: {correlation: {x: leadership, y: engagement}, relation: true-score, value: 1.3, tolerance: 0.1}}"
                + "|targets.a.value = 1.3: a correlation must be in [-1, 1]",
        "targets: {a: {mean: turnover_rate, valu: 0.1, tolerance: 0.1}}|did you mean value?",
        "targets: {a: {correlation: {x: leadership, y: {standardised: [engagement, mean_output]}}, relation: true-score,"
                + " value: 0.3, tolerance: 0.1}}|did you mean standardized?",
        "targets: {a: {mean: turnover_rate, value: 0.1, tolerance: 0.1}}\\nfit: {turnover.base: {min: 0, max: 0.9}}"
                + "|fit.turnover.base.max = 0.9: must be in [0, 0.5]",
        "targets: {a: {mean: turnover_rate, value: 0.1, tolerance: 0.1}}\\nfit: {leadership: {min: 0, max: 0.9}}"
                + "|fit.leadership is drawn per unit",
    })
    void aBadTargetFileGetsOneLineNamingTheField(String body, String message) {
        assertThatThrownBy(() -> TargetFiles.parse(Path.of("t.yaml"), POPULATION + body.replace("\\n", "\n"), "t"))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").startsWith("t.yaml:"));
    }

    @Test
    void targetAndAblationFilesAboveTheSizeCapAreRefusedBeforeParsing(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path big = dir.resolve("big.yaml");
        Files.writeString(big, "name: \"" + "x".repeat((int) ExperimentFiles.MAX_BYTES) + "\"\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TargetFiles.load(big)).isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("at most " + ExperimentFiles.MAX_BYTES + " bytes");
        assertThatThrownBy(() -> AblationFiles.load(big, 1)).isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("at most " + ExperimentFiles.MAX_BYTES + " bytes");
    }
}
