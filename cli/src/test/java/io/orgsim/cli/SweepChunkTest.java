// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgsim.core.experiment.ResultsFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** orgsim sweep --chunk i/N and --merge: the slices of a job array. */
class SweepChunkTest {

    @TempDir
    Path tmp;

    private Path file() throws IOException {
        Path f = tmp.resolve("exp.yaml");
        Files.writeString(f, """
                base:
                  params: {org.agents: 30, run.steps: 40}
                  shocks: [{week: 20, type: pivot}]
                design: {type: grid, factors: {leadership: [0.2, 0.5, 0.8]}}
                replications: 5
                seed: 9
                """);
        return f;
    }

    private static List<List<String>> sorted(Path results) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        ResultsFile.read(results, rows::add);
        rows.sort(Comparator.<List<String>>comparingInt(r -> Integer.parseInt(r.get(0)))
                .thenComparingInt(r -> Integer.parseInt(r.get(1))));
        return rows;
    }

    @Test
    void chunksZeroToNMinusOneHoldEveryRunOnceAndMergeToTheWholeSweep() throws IOException {
        Path f = file();
        Path whole = tmp.resolve("whole");
        assertThat(Cli.run("sweep", f.toString(), "--threads", "2", "--out", whole.toString()).exitCode()).isZero();

        Path out = tmp.resolve("chunked");
        Set<String> seen = new HashSet<>();
        int rows = 0;
        for (int i = 0; i < 4; i++) {
            Cli c = Cli.run("sweep", f.toString(), "--threads", "1", "--out", out.toString(), "--chunk", i + "/4");
            assertThat(c.exitCode()).as(c.err()).isZero();
            assertThat(c.out()).contains("chunk " + i + "/4: " + (i < 3 ? 4 : 3) + " of " + (i < 3 ? 4 : 3));
            Path part = out.resolve("chunks").resolve("part-" + i + "-of-4.csv");
            for (List<String> row : sorted(part)) {
                int k = Integer.parseInt(row.get(0)) * 5 + Integer.parseInt(row.get(1));
                assertThat(k % 4).as("run %s in chunk %d", k, i).isEqualTo(i);
                assertThat(seen.add(row.get(0) + "/" + row.get(1))).isTrue();
                rows++;
            }
        }
        assertThat(rows).isEqualTo(15);
        assertThat(seen).hasSize(15);
        assertThat(Files.exists(out.resolve("results.csv"))).isFalse();

        Cli again = Cli.run("sweep", f.toString(), "--out", out.toString(), "--chunk", "2/4");
        assertThat(again.out()).contains("(4 resumed, 0 run now");

        Cli merge = Cli.run("sweep", f.toString(), "--out", out.toString(), "--merge");
        assertThat(merge.exitCode()).as(merge.err()).isZero();
        assertThat(merge.out()).contains("merged 15 runs (0 failed)");
        assertThat(sorted(out.resolve("results.csv"))).isEqualTo(sorted(whole.resolve("results.csv")));
        assertThat(Files.readString(out.resolve("summary.csv"))).isEqualTo(Files.readString(whole.resolve("summary.csv")));
    }

    @Test
    void mergeRefusesMissingChunksAndWritesNothing() throws IOException {
        Path f = file();
        Path out = tmp.resolve("o");
        Cli none = Cli.run("sweep", f.toString(), "--out", out.toString(), "--merge");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("no part files");
        for (int i : new int[] {0, 2}) {
            assertThat(Cli.run("sweep", f.toString(), "--out", out.toString(), "--chunk", i + "/3").exitCode()).isZero();
        }
        Cli c = Cli.run("sweep", f.toString(), "--out", out.toString(), "--merge");
        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(c.err()).contains("lacks the parts of chunks [1] of 3").doesNotContain("\tat ");
        assertThat(Files.exists(out.resolve("results.csv"))).isFalse();
        assertThat(Files.exists(out.resolve("summary.csv"))).isFalse();

        Cli other = Cli.run("sweep", f.toString(), "--out", out.toString(), "--chunk", "1/4");
        assertThat(other.exitCode()).isZero();
        Cli mixed = Cli.run("sweep", f.toString(), "--out", out.toString(), "--merge");
        assertThat(mixed.exitCode()).isEqualTo(2);
        assertThat(mixed.err()).contains("different numbers of chunks [3, 4]");
    }

    @Test
    void badChunksAreUsageErrors() throws IOException {
        Path f = file();
        for (String bad : new String[] {"4/4", "-1/4", "1/0", "x", "1/2/3"}) {
            Cli c = Cli.run("sweep", f.toString(), "--out", tmp.resolve("b").toString(), "--chunk", bad);
            assertThat(c.exitCode()).as(bad).isEqualTo(2);
            assertThat(c.err()).as(bad).contains("chunk").doesNotContain("\tat ");
        }
        Cli both = Cli.run("sweep", f.toString(), "--out", tmp.resolve("b").toString(), "--chunk", "0/2", "--merge");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(Files.exists(tmp.resolve("b"))).isFalse();
    }
}
