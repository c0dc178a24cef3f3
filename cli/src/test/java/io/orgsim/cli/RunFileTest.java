// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenario files, with any shock timing, run from the command line. */
class RunFileTest {

    @TempDir
    Path tmp;

    @Test
    void aPresetWrittenOutAsAFileRunsLikeThePreset() throws Exception {
        Path file = tmp.resolve("tech.yaml");
        Cli show = Cli.run("scenarios", "show", "technology-balanced");
        assertThat(show.exitCode()).as(show.err()).isZero();
        Files.writeString(file, show.out());
        Cli fromFile = Cli.run("run", file.toString(), "--seed", "9", "--out", tmp.resolve("a").toString());
        Cli fromPreset = Cli.run("run", "technology-balanced", "--seed", "9", "--out", tmp.resolve("b").toString());
        assertThat(fromFile.exitCode()).as(fromFile.err()).isZero();
        assertThat(Files.readString(tmp.resolve("a/series.csv"))).isEqualTo(Files.readString(tmp.resolve("b/series.csv")));
        assertThat(fromFile.out()).contains("pivot at week");
    }

    @Test
    void periodicAndRandomShocksFromAFile() throws Exception {
        Path file = tmp.resolve("shocks.yaml");
        Files.writeString(file, String.join("\n",
                "name: shocks",
                "base:",
                "  preset: balanced",
                "  params: {run.steps: 156, org.agents: 60}",
                "  shocks:",
                "    - {type: capacity-cut, fraction: 0.2, weeks: 4, every: {first: 20, period: 50}}",
                "    - {type: demand-spike, excess: 0.5, weeks: 3, poisson: {perYear: 2, from: 10}}",
                "design: {type: single}",
                ""));
        Cli run = Cli.run("run", file.toString(), "--out", tmp.resolve("c").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("capacity-cut at week 20", "capacity-cut at week 70", "capacity-cut at week 120");
    }

    @Test
    void aShorterHorizonKeepsPeriodsAndMovesStartsInProportion() throws Exception {
        Path file = tmp.resolve("periodic.yaml");
        Files.writeString(file, String.join("\n",
                "name: periodic",
                "base:",
                "  preset: balanced",
                "  params: {run.steps: 200, org.agents: 60}",
                "  shocks:",
                "    - {type: capacity-cut, fraction: 0.2, weeks: 4, every: {first: 40, period: 30}}",
                "design: {type: single}",
                ""));
        Cli run = Cli.run("run", file.toString(), "--steps", "100", "--out", tmp.resolve("e").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("capacity-cut at week 20", "capacity-cut at week 50", "capacity-cut at week 80");
    }

    @Test
    void aBrokenFileIsNamedWithItsLine() throws Exception {
        Path file = tmp.resolve("broken.yaml");
        Files.writeString(file, "name: x\nbase:\n  preset: balanced\n  params: {leadership: 7}\ndesign: {type: single}\n");
        Cli run = Cli.run("run", file.toString(), "--out", tmp.resolve("d").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("broken.yaml:4").contains("leadership");
        assertThat(tmp.resolve("d")).doesNotExist();
    }
}
