// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @TempDir
    Path tmp;

    @Test
    void reportPrintsTheComparisonTableAndWritesAnOfflinePage() throws Exception {
        Path dir = tmp.resolve("report");
        Cli report = Cli.run("report", "--replications", "3", "--seed", "5", "--agents", "30", "--steps", "60",
                "--out", dir.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        Cli compare = Cli.run("compare", "--replications", "3", "--seed", "5", "--agents", "30", "--steps", "60");
        String table = compare.out().strip();
        assertThat(report.out()).contains(table);
        String html = Files.readString(dir.resolve("index.html"));
        assertThat(html).contains("<img").doesNotContain("http://").doesNotContain("https://");
        assertThat(dir.resolve("charts/resilience-0.png")).isNotEmptyFile();
    }

    @Test
    void badReplicationsAreRefusedBeforeAnythingIsWritten() {
        Path dir = tmp.resolve("never");
        Cli report = Cli.run("report", "--replications", "1", "--out", dir.toString());
        assertThat(report.exitCode()).isEqualTo(2);
        assertThat(report.err()).contains("--replications = 1");
        assertThat(dir).doesNotExist();
    }

    @Test
    void dashboardWithoutADisplaySaysSo() {
        // with a display the dashboard would open; the viz module tests that under Xvfb
        assumeTrue(java.awt.GraphicsEnvironment.isHeadless(), "a display is available");
        Cli dashboard = Cli.run("dashboard");
        assertThat(dashboard.exitCode()).isEqualTo(1);
        assertThat(dashboard.err()).contains("needs a display");
    }
}
