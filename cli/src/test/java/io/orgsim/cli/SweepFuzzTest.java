// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgsim.testing.Draw;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code orgsim sweep} on malformed experiment files (each one invalid by construction):
 * exit code 2, one line naming the file, and nothing written, not even the output directory.
 * The loader itself is fuzzed harder in scenarios (ExperimentFileFuzzTest); this checks the
 * command around it. A JUnit parameterized test over case numbers drawn by {@link Draw} from a
 * fixed seed.
 */
class SweepFuzzTest {

    static final int TRIES = 120;
    static final long SEED = 20261207;

    static IntStream cases() {
        return Draw.cases(TRIES);
    }

    static final String VALID = """
            base:
              params: {org.agents: 30, run.steps: 20}
              shocks: [{week: 10, type: pivot}]
            design:
              type: grid
              factors:
                leadership: [0.2, 0.8]
            replications: 2
            """;

    static final List<String> WRONG_VALUES = List.of("[1]", "{a: 1}", "true", "''", ".nan", "0x1F", "-1", "1e309",
            "99999999999999999999");

    /** An experiment file that is wrong by construction: text in one of six ways, or bytes that are not UTF-8. */
    static byte[] malformed(Draw d) {
        if (d.bool()) {
            byte[] b = d.bytes(1, 500);
            b[0] = (byte) 0xFF; // never valid UTF-8, so never a valid file
            return b;
        }
        String text = d.oneOf(
                x -> VALID + "zz" + x.alpha(1, 8) + ": 1\n",
                x -> {
                    String key = x.pick(List.of("replications", "seed", "threads", "name"));
                    String value = x.pick(WRONG_VALUES);
                    while (key.equals("seed") && value.equals("-1")) { // a negative seed is valid
                        value = x.pick(WRONG_VALUES);
                    }
                    return VALID + key + ": " + value + "\n";
                },
                x -> VALID.replace("[0.2, 0.8]", "[0.2, " + x.pick(List.of("1.5", "-0.1", ".inf", "1e300", "abc", "[0.5]"))
                        + "]"),
                x -> {
                    int depth = x.between(2, 1200);
                    return VALID + "threads: " + "[".repeat(depth) + "]".repeat(depth) + "\n";
                },
                x -> x.pick(List.of("", "\n", "# nothing\n", "---\n")),
                x -> VALID.substring(0, x.between(1, 60)) + "\n  - [");
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "case {0}")
    @MethodSource("cases")
    void malformedFilesExitWithTwoAndWriteNothing(int caseNumber) throws IOException {
        byte[] content = malformed(new Draw(SEED, caseNumber));
        Path dir = Files.createTempDirectory("orgsim-sweep-fuzz");
        try {
            Path file = dir.resolve("exp.yaml");
            Files.write(file, content);
            Path out = dir.resolve("out");
            Cli r = Cli.run("sweep", file.toString(), "--out", out.toString(), "--threads", "1");
            assertThat(r.exitCode()).as("%s", r.err()).isEqualTo(Main.EXIT_USAGE);
            assertThat(r.err()).startsWith("orgsim sweep: " + file).doesNotContain("Exception").endsWith("\n");
            assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
            assertThat(r.out()).isEmpty();
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly("exp.yaml");
            }
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

}
