// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@code orgsim sweep} on malformed experiment files (each one invalid by construction):
 * exit code 2, one line naming the file, and nothing written, not even the output directory.
 * The loader itself is fuzzed harder in scenarios (ExperimentFileFuzzTest); this checks the
 * command around it. Seed fixed.
 */
class SweepFuzzTest {

    static final int TRIES = 120;

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

    @Provide
    Arbitrary<byte[]> malformed() {
        Arbitrary<String> unknownKey = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8)
                .map(k -> VALID + "zz" + k + ": 1\n");
        Arbitrary<String> wrongType = Combinators.combine(
                        Arbitraries.of("replications", "seed", "threads", "name"),
                        Arbitraries.of("[1]", "{a: 1}", "true", "''", ".nan", "0x1F", "-1", "1e309", "99999999999999999999"))
                .as((k, v) -> VALID + k + ": " + v + "\n")
                .filter(s -> !s.endsWith("seed: -1\n"));
        Arbitrary<String> badValue = Arbitraries.of("1.5", "-0.1", ".inf", "1e300", "abc", "[0.5]")
                .map(v -> VALID.replace("[0.2, 0.8]", "[0.2, " + v + "]"));
        Arbitrary<String> nested = Arbitraries.integers().between(2, 1200)
                .map(d -> VALID + "threads: " + "[".repeat(d) + "]".repeat(d) + "\n");
        Arbitrary<String> empty = Arbitraries.of("", "\n", "# nothing\n", "---\n");
        Arbitrary<String> cut = Arbitraries.integers().between(1, 60).map(i -> VALID.substring(0, i) + "\n  - [");
        Arbitrary<byte[]> text = Arbitraries.oneOf(unknownKey, wrongType, badValue, nested, empty, cut)
                .map(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Arbitrary<byte[]> junk = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(500)
                .map(b -> {
                    b[0] = (byte) 0xFF; // never valid UTF-8, so never a valid file
                    return b;
                });
        return Arbitraries.oneOf(text, junk);
    }

    @Property(tries = TRIES, seed = "20261207")
    void malformedFilesExitWithTwoAndWriteNothing(@ForAll("malformed") byte[] content) throws IOException {
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
