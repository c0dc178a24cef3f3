// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {

    @TempDir
    Path tmp;

    private Path file(String body) throws IOException {
        Path f = tmp.resolve("exp.yaml");
        Files.writeString(f, """
                base:
                  params: {org.agents: 30, run.steps: 40}
                  shocks: [{week: 20, type: pivot}]
                """ + body);
        return f;
    }

    @Test
    void sweepRunsTheFileAndResumesWithTheSameCommand() throws IOException {
        Path f = file("""
                design: {type: grid, factors: {leadership: [0.2, 0.8]}}
                replications: 3
                """);
        Path out = tmp.resolve("out");
        Cli first = Cli.run("sweep", f.toString(), "--threads", "2", "--out", out.toString(), "--seed", "4");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("6 of 6 runs done (0 resumed, 6 run now").contains("0 failed");
        assertThat(Files.readAllLines(out.resolve("results.csv"))).hasSize(7);
        assertThat(Files.readAllLines(out.resolve("summary.csv"))).hasSize(1 + 2 * io.orgsim.core.Summary.values().length * 6);

        Cli again = Cli.run("sweep", f.toString(), "--threads", "1", "--out", out.toString(), "--seed", "4");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("6 of 6 runs done (6 resumed, 0 run now");

        Cli other = Cli.run("sweep", f.toString(), "--out", out.toString(), "--seed", "5");
        assertThat(other.exitCode()).isEqualTo(2);
        assertThat(other.err()).contains("different experiment").doesNotContain("\tat ");
    }

    @Test
    void seedsCommonGivesEveryPointTheReplicationsSeeds() throws IOException {
        Path f = file("""
                design: {type: grid, factors: {leadership: [0.2, 0.8]}}
                replications: 2
                seeds: common
                """);
        Path out = tmp.resolve("out");
        Cli c = Cli.run("sweep", f.toString(), "--threads", "2", "--out", out.toString());
        assertThat(c.exitCode()).as(c.err()).isZero();
        java.util.List<String> rows = Files.readAllLines(out.resolve("results.csv"));
        java.util.function.IntFunction<String> seedOf = row -> rows.get(row).split(",")[2];
        assertThat(seedOf.apply(1)).isEqualTo(seedOf.apply(3)); // (0, 0) and (1, 0)
        assertThat(seedOf.apply(2)).isEqualTo(seedOf.apply(4)).isNotEqualTo(seedOf.apply(1));
        assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"seeds\": \"common\"");
        assertThat(c.out()).contains("differences.csv (each point minus point 0, paired by replication)");
        assertThat(Files.readAllLines(out.resolve("differences.csv")).get(1)).startsWith("1,0.8,");

        Cli independent = Cli.run("sweep", f.toString(), "--seeds", "independent", "--out", tmp.resolve("own").toString());
        assertThat(independent.exitCode()).as(independent.err()).isZero();
        assertThat(Files.readString(tmp.resolve("own").resolve("manifest.json"))).doesNotContain("\"seeds\"");
        Cli bad = Cli.run("sweep", f.toString(), "--seeds", "shared", "--out", tmp.resolve("bad").toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--seeds").contains("independent, common").doesNotContain("\tat ");
        assertThat(Files.exists(tmp.resolve("bad"))).isFalse();
    }

    @Test
    void aBadFileGivesOneLineWithFileLineFieldAndRange() throws IOException {
        Path f = file("""
                design: {type: grid, factors: {leadership: [0.2, 1.8]}}
                """);
        Cli c = Cli.run("sweep", f.toString(), "--out", tmp.resolve("x").toString());
        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(c.err().strip()).isEqualTo("orgsim sweep: " + f + ":4:50: design.factors.leadership[1] = 1.8: "
                + "must be in [0, 1]");
        assertThat(Files.exists(tmp.resolve("x"))).isFalse();
    }

    @Test
    void sensitivityPrintsTheIndices() throws IOException {
        Path f = file("""
                sensitivity:
                  method: morris
                  samples: 3
                  factors: {leadership: {min: 0, max: 1}, management: {min: 0, max: 1}}
                  outputs: [cumulative_output]
                """);
        Cli c = Cli.run("sensitivity", f.toString(), "--threads", "2", "--out", tmp.resolve("m").toString());
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(c.out()).contains("cumulative_output (Morris").contains("leadership").contains("mu*");
        assertThat(Files.readAllLines(tmp.resolve("m").resolve("sensitivity.csv"))).hasSize(3);

        // --seeds common: every sample's runs on the same seeds, recorded in the manifest; no differences.csv
        Cli common = Cli.run("sensitivity", f.toString(), "--threads", "2", "--seeds", "common", "--out",
                tmp.resolve("mc").toString());
        assertThat(common.exitCode()).as(common.err()).isZero();
        java.util.List<String> rows = Files.readAllLines(tmp.resolve("mc").resolve("results.csv"));
        assertThat(rows.stream().skip(1).map(r -> r.split(",")[2]).distinct()).hasSize(1);
        assertThat(Files.readString(tmp.resolve("mc").resolve("manifest.json"))).contains("\"seeds\": \"common\"");
        assertThat(tmp.resolve("mc").resolve("differences.csv")).doesNotExist();
    }
}
