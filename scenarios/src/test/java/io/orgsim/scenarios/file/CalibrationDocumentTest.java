// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.file;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgsim.core.experiment.CalibrationReport;
import io.orgsim.core.experiment.CalibrationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/CALIBRATION.md's table of the published targets at the model's committed defaults is
 * the one the model gives: the test re-runs the command the table names
 * ({@code orgsim calibrate experiments/published-targets.yaml --budget 0 --threads 2}: no
 * search, 11 draws of 200 small units, a few seconds) and compares. After a change of the
 * model or of a default, copy {@code scenarios/target/docs/calibration-defaults.md} into the
 * block.
 */
class CalibrationDocumentTest {

    private static final String COMMAND = "orgsim calibrate experiments/published-targets.yaml --budget 0 --threads 2";
    private static final String BEGIN = "<!-- calibration/defaults:begin -->\n";
    private static final String END = "<!-- calibration/defaults:end -->";

    @Test
    void theTargetsAtTheDefaultsAreTheDocumentedOnes() throws Exception {
        TargetFiles.TargetFile f = TargetFiles.load(Path.of("..", "experiments", "published-targets.yaml"));
        CalibrationResult r = f.calibration().budget(0).threads(2).build().run();
        String table = CalibrationReport.markdown(r, COMMAND);
        Path generated = Path.of("target", "docs", "calibration-defaults.md");
        Files.createDirectories(generated.getParent());
        Files.writeString(generated, table);

        String doc = Files.readString(Path.of("..", "docs", "CALIBRATION.md"));
        int from = doc.indexOf(BEGIN);
        int to = doc.indexOf(END);
        assertThat(from).as("docs/CALIBRATION.md has a block %s", BEGIN.strip()).isNotNegative();
        assertThat(doc.substring(from + BEGIN.length(), to))
                .as("docs/CALIBRATION.md's table at the defaults; copy scenarios/target/docs/calibration-defaults.md")
                .isEqualTo(table);
    }
}
