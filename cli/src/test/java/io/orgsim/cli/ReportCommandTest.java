// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
    void dashboardAndClassroomRefuseBadOptionsInOneLine() {
        // the servers themselves are tested in the web module, in a real browser
        Cli dashboard = Cli.run("dashboard", "--port", "70000", "--no-browser");
        assertThat(dashboard.exitCode()).isEqualTo(2);
        assertThat(dashboard.err()).contains("--port = 70000: must be in [0, 65535]").hasLineCount(1);
        Cli classroom = Cli.run("classroom", "--turns", "0", "--state", "target/never-written.json");
        assertThat(classroom.exitCode()).isEqualTo(2);
        assertThat(classroom.err()).contains("--turns = 0: must be in [1, 400]").hasLineCount(1);
        assertThat(java.nio.file.Path.of("target/never-written.json")).doesNotExist();
    }
}
