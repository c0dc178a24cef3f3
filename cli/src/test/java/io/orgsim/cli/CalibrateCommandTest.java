// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrateCommandTest {

    @TempDir
    Path tmp;

    private Path targets() throws IOException {
        Path f = tmp.resolve("targets.yaml");
        Files.writeString(f, """
                population:
                  units: 8
                  params: {org.agents: 20, run.steps: 60, run.warmup: 10}
                  sample: {leadership: {min: 0.1, max: 0.9}}
                  seed: 3
                targets:
                  leadership-engagement:
                    correlation: {x: leadership, y: late_engagement}
                    relation: observed
                    reliability: {x: 0.8, y: 0.8}
                    value: 0.4
                    tolerance: 0.1
                  turnover: {mean: turnover_rate, value: 0.15, tolerance: 0.03}
                """);
        return f;
    }

    @Test
    void calibrateFitsWritesItsTablesAndResumesFromItsLog() throws IOException {
        Path out = tmp.resolve("out");
        String[] args = {"calibrate", targets().toString(), "--fit", "turnover.base=0.001:0.01", "--budget", "6",
            "--replications", "2", "--threads", "2", "--out", out.toString()};
        Cli first = Cli.run(args);
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).contains("calibrate: search");
        assertThat(first.out()).contains("| leadership-engagement | observed (reliability 0.800, 0.800) |")
                .contains("| turnover.base | [0.00100, 0.0100] |");
        assertThat(Files.readAllLines(out.resolve("calibration-targets.csv"))).hasSize(3);
        assertThat(out.resolve("calibration.md")).exists();

        Cli again = Cli.run(args);
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).isEqualTo(first.out().replace(first.out().lines().filter(l -> l.contains("evaluations ("))
                .findFirst().orElseThrow(), again.out().lines().filter(l -> l.contains("evaluations ("))
                .findFirst().orElseThrow()));
        assertThat(again.err().lines().filter(l -> l.contains("  objective")))
                .isNotEmpty().allMatch(l -> l.contains("(not simulated: in the log)"));
    }

    @Test
    void badOptionsAndTargetsGetOneLineNamingTheField() throws IOException {
        Path t = targets();
        String[][] cases = {{"--fit", "turnover.base=0.01"}, {"--fit", "turnover.bse=0:0.01"},
            {"--fit", "turnover.base=0:0.9"}, {"--budget", "-1"}, {"--replications", "1"}, {"--units", "2"}};
        for (String[] c : cases) {
            Cli bad = Cli.run("calibrate", t.toString(), c[0], c[1], "--out", tmp.resolve("never").toString());
            assertThat(bad.exitCode()).as(bad.err()).isEqualTo(Main.EXIT_USAGE);
            assertThat(bad.err().strip()).doesNotContain("\n").contains(c[0]);
        }
        Path broken = tmp.resolve("broken.yaml");
        Files.writeString(broken, Files.readString(t).replace("tolerance: 0.03", "tolerance: -1"));
        Cli bad = Cli.run("calibrate", broken.toString(), "--out", tmp.resolve("never").toString());
        assertThat(bad.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(bad.err().strip()).doesNotContain("\n").contains("targets.turnover.tolerance");
        assertThat(tmp.resolve("never")).doesNotExist();
    }
}
