// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orgsim.core.Metric;
import io.orgsim.core.Param;
import io.orgsim.core.Summary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RunCommandTest {

    @TempDir
    Path tmp;

    private Cli run(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", "balanced", "--steps", "40", "--agents", "30",
                "--out", out.toString()));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void writesSeriesWithOneRowPerStepAndOneColumnPerMetric() throws IOException {
        Cli cli = run(tmp.resolve("a"), "--seed", "3");

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        List<String> lines = Files.readAllLines(tmp.resolve("a/series.csv"));
        List<String> header = new ArrayList<>(List.of("week"));
        Stream.of(Metric.values()).map(Metric::key).forEach(header::add);
        assertThat(lines.get(0)).isEqualTo(String.join(",", header));
        assertThat(lines).hasSize(1 + 40);
        assertThat(lines.get(1)).startsWith("0,");
        assertThat(lines.get(40)).startsWith("39,");
        assertThat(lines.get(40).split(",")).hasSize(header.size());
        assertThat(cli.out()).contains("balanced: 30 agents, 40 weeks, seed 3").contains("pivot at week 20");
    }

    @Test
    void writesSummaryWithEveryParameterShockSummaryAndResilience() throws IOException {
        Cli cli = run(tmp.resolve("a"), "--seed", "3", "--set", "leadership.vision=0.6");

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(tmp.resolve("a/summary.json").toFile());
        assertThat(json.get("scenario").asText()).isEqualTo("balanced");
        assertThat(json.get("seed").asLong()).isEqualTo(3);
        for (Param p : Param.values()) {
            assertThat(json.get("params").has(p.key())).as(p.key()).isTrue();
        }
        assertThat(json.get("params").get("org.agents").asInt()).isEqualTo(30);
        assertThat(json.get("params").get("run.steps").asInt()).isEqualTo(40);
        assertThat(json.get("resilience_shock").get("week").asInt()).isEqualTo(20);
        assertThat(json.get("params").get("leadership.vision").asDouble()).isEqualTo(0.6);
        assertThat(json.get("params").get("leadership.safety").asDouble()).isEqualTo(0.8);
        for (Summary s : Summary.values()) {
            assertThat(json.get("summaries").has(s.key())).as(s.key()).isTrue();
        }
        JsonNode shock = json.get("shocks").get(0);
        assertThat(shock.get("week").asInt()).isEqualTo(20);
        assertThat(shock.get("type").asText()).isEqualTo("pivot");
        assertThat(shock.get("degrees").asDouble()).isEqualTo(60);
        assertThat(json.get("resilience")).hasSize(1);
        assertThat(json.get("resilience").get(0).get("week").asInt()).isEqualTo(20);
    }

    @Test
    void sameSeedGivesIdenticalSeriesAndOtherSeedDoesNot() throws IOException {
        assertThat(run(tmp.resolve("a"), "--seed", "11").exitCode()).isZero();
        assertThat(run(tmp.resolve("b"), "--seed", "11").exitCode()).isZero();
        assertThat(run(tmp.resolve("c"), "--seed", "12").exitCode()).isZero();

        byte[] a = Files.readAllBytes(tmp.resolve("a/series.csv"));
        assertThat(Files.readAllBytes(tmp.resolve("b/series.csv"))).isEqualTo(a);
        assertThat(Files.readAllBytes(tmp.resolve("c/series.csv"))).isNotEqualTo(a);
    }

    @Test
    void theWeekStepsOnAnyNumberOfThreadsWithIdenticalFiles() throws IOException {
        // 9,000 agents: three blocks of the parallel week
        List<String> big = List.of("run", "balanced", "--steps", "12", "--agents", "9000", "--seed", "5");
        for (String threads : List.of("1", "2", "3")) {
            List<String> argv = new ArrayList<>(big);
            argv.addAll(List.of("--threads", threads, "--out", tmp.resolve("t" + threads).toString()));
            Cli cli = Cli.run(argv.toArray(String[]::new));
            assertThat(cli.exitCode()).as(cli.err()).isZero();
        }
        for (String file : List.of("series.csv", "summary.json")) {
            String one = Files.readString(tmp.resolve("t1").resolve(file));
            assertThat(Files.readString(tmp.resolve("t2").resolve(file))).as(file).isEqualTo(one);
            assertThat(Files.readString(tmp.resolve("t3").resolve(file))).as(file).isEqualTo(one);
        }
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws IOException {
        assertThat(run(tmp.resolve("a")).exitCode()).isZero();
        assertThat(run(tmp.resolve("a")).exitCode()).isZero(); // overwrites in place

        try (Stream<Path> files = Files.list(tmp.resolve("a"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("series.csv",
                    "summary.json");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "run|nope|scenario",
        "run|balanced --agents -5|org.agents = -5",
        "run|balanced --agents 4|org.agents = 4",
        "run|balanced --steps 0|run.steps = 0",
        "run|balanced --set leadership=1.5|leadership = 1.5",
        "run|balanced --set no.such=1|no.such",
        "run|balanced --agents many|--agents",
        "run|balanced --bogus|--bogus",
        "run|balanced --threads 0|--threads = 0: must be in [1, 1024]",
        "run|balanced --threads 1025|--threads = 1025: must be in [1, 1024]",
        "compare|--replications 1|--replications = 1",
        "compare|--threads 0|--threads = 0",
        "compare|--steps 0|run.steps = 0",
    })
    void invalidInputExitsTwoWithOneLineNamingTheFieldAndWritesNothing(String command, String args,
                                                                       String expected) {
        Path out = tmp.resolve("never");
        List<String> argv = new ArrayList<>(List.of(command));
        argv.addAll(List.of(args.split(" ")));
        argv.addAll(List.of("--out", out.toString()));

        Cli cli = Cli.run(argv.toArray(String[]::new));

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains(expected).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(cli.err().strip().lines()).hasSize(1);
        assertThat(cli.out()).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void outThatIsAFileIsRejectedBeforeRunning() throws IOException {
        Path file = Files.writeString(tmp.resolve("file"), "x");

        Cli cli = run(file.resolve("sub"));

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("--out").contains("is a file");
    }

    @Test
    void helpListsDefaultsAndRanges() {
        Cli top = Cli.run("--help");
        assertThat(top.exitCode()).isZero();
        assertThat(top.out()).contains("run").contains("compare");

        Cli run = Cli.run("run", "--help");
        assertThat(oneLine(run.out())).contains("balanced, too-much-leadership, too-much-management, neither")
                .contains(range(Param.AGENTS)).contains(range(Param.STEPS)).contains("out/<scenario>")
                .contains("--threads=N").contains("in [1, 1024] (default: 1 below " + io.orgsim.core.Simulation.PARALLEL_AGENTS + " agents");

        Cli compare = Cli.run("compare", "--help");
        assertThat(oneLine(compare.out())).contains("(default: 30)").contains(range(Param.AGENTS))
                .contains(range(Param.STEPS)).contains("available processors");
    }

    @Test
    void versionAndNoCommand() {
        assertThat(Cli.run("--version").out()).startsWith("orgsim ");
        Cli none = Cli.run();
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("Usage: orgsim");
    }

    private static String oneLine(String help) {
        return help.replaceAll("\\s+", " ");
    }

    private static String range(Param p) {
        return p.rangeText().replace(" (whole number)", "");
    }
}
