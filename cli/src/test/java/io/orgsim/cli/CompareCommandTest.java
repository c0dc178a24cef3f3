// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgsim.core.Summary;
import io.orgsim.core.experiment.Seeds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

    private static final int R = 3;

    @TempDir
    Path tmp;

    private Cli compare(int threads, Path out) {
        return Cli.run("compare", "--replications", Integer.toString(R), "--seed", "5", "--steps", "40",
                "--agents", "30", "--threads", Integer.toString(threads), "--out", out.toString(), "--series");
    }

    @Test
    void resultsAreIdenticalWhateverTheThreadCount() throws IOException {
        Cli one = compare(1, tmp.resolve("one"));
        Cli two = compare(2, tmp.resolve("two"));

        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(two.exitCode()).as(two.err()).isZero();
        assertThat(table(two)).isEqualTo(table(one));
        for (String file : List.of("results.csv", "summary.csv", "differences.csv", "series.csv")) {
            assertThat(Files.readAllBytes(tmp.resolve("two").resolve(file)))
                    .as(file).isEqualTo(Files.readAllBytes(tmp.resolve("one").resolve(file)));
        }
    }

    @Test
    void writesOneRowPerRunAndOneRowPerScenarioAndSummary() throws IOException {
        Cli cli = compare(2, tmp.resolve("c"));
        assertThat(cli.exitCode()).as(cli.err()).isZero();

        List<String> runs = Files.readAllLines(tmp.resolve("c/results.csv"));
        assertThat(runs).hasSize(1 + 4 * R);
        assertThat(runs.get(0)).startsWith("point,replication,seed,scenario,status,cumulative_output,");
        assertThat(runs.get(1)).startsWith("0,0," + Seeds.runSeed(5, 0, 0, R) + ",balanced,ok,");
        // common random numbers: replication 0 of every scenario is the same organization
        assertThat(runs.get(1 + R)).startsWith("1,0," + Seeds.runSeed(5, 0, 0, R) + ",too-much-leadership,ok,");
        // so its report compares the scenarios paired
        assertThat(io.orgsim.viz.ResultsDir.read(tmp.resolve("c")).paired()).isTrue();

        List<String> summary = Files.readAllLines(tmp.resolve("c/summary.csv"));
        assertThat(summary.get(0)).isEqualTo("point,scenario,metric,statistic,value");
        assertThat(summary).hasSize(1 + 4 * Summary.values().length * 6);
        assertThat(summary.get(1)).isEqualTo("0,balanced,cumulative_output,n," + R);
        assertThat(Files.readAllLines(tmp.resolve("c/series.csv"))).hasSize(1 + 4 * R * 40);

        // each scenario minus the first, replication by replication, from the rows above
        List<String> differences = Files.readAllLines(tmp.resolve("c/differences.csv"));
        assertThat(differences.get(0)).isEqualTo("point,scenario,metric,statistic,value");
        assertThat(differences).hasSize(1 + 3 * Summary.values().length * 6);
        double[] d = new double[R];
        for (int r = 0; r < R; r++) {
            d[r] = Double.parseDouble(runs.get(1 + R + r).split(",")[5]) - Double.parseDouble(runs.get(1 + r).split(",")[5]);
        }
        assertThat(differences).contains("1,too-much-leadership,cumulative_output,n," + R,
                "1,too-much-leadership,cumulative_output,mean,"
                        + io.orgsim.core.experiment.ResultColumns.number(io.orgsim.core.experiment.Statistics.describe(d).mean()));
        assertThat(tmp.resolve("c/scenarios/balanced.yaml")).exists();

        for (Summary s : CompareCommand.TABLE) {
            assertThat(cli.out()).contains(s.key());
        }
        assertThat(cli.out()).contains("balanced").contains("too-much-management").contains(" ± ");
    }

    private static String table(Cli cli) {
        return cli.out().lines().filter(l -> !l.startsWith("wrote ")).reduce("", (a, b) -> a + b + "\n");
    }
}
