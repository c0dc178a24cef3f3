// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.orgsim.testing.Draw;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzing of the experiment-file loader: valid files mutated at random (truncated, values
 * replaced by wrong types, odd YAML forms and huge numbers, unknown and duplicate keys, deep
 * nesting, junk inserted), binary junk, and a few hostile documents. Each input gives either a
 * valid experiment or a {@link ScenarioFileException} that names the file and a line or a
 * field; never another exception. The loader writes nothing (checked on its directory; the
 * cli test checks that {@code orgsim sweep} writes nothing either). Each property is a JUnit
 * parameterized test over case numbers drawn by {@link Draw} from the property's fixed seed.
 */
class ExperimentFileFuzzTest {

    static final int MUTANT_TRIES = 1000;
    static final int JUNK_TRIES = 300;
    static final long MUTANT_SEED = 20261205;
    static final long JUNK_SEED = 20261206;

    static IntStream mutantCases() {
        return Draw.cases(MUTANT_TRIES);
    }

    static IntStream junkCases() {
        return Draw.cases(JUNK_TRIES);
    }

    /** Two valid files that use every section between them. */
    static final List<String> VALID = List.of("""
            name: demo
            base:
              preset: too-much-leadership
              params:
                org.agents: 40
                run.steps: 30
                management.overhead: 0.2
              shocks:
                - {week: 10, type: pivot, degrees: 45}
                - {week: 12, type: capacity-cut, fraction: 0.3, weeks: 8}
                - {week: 14, type: demand-spike, excess: 0.5, weeks: 4}
                - week: 20
                  type: crisis
                  shocks:
                    - {type: departure-wave, fraction: 0.1, leadFraction: 0.3}
                    - {type: pivot}
              seed: 9
            design:
              type: grid
              factors:
                leadership: {levels: [0.2, 0.8]}
                org.teamSize: [4, 8, 12]
            replications: 5
            threads: 2
            outputs:
              dir: out/x
              series: true
              metrics: [cumulative_output, shock1_depth]
            """, """
            base:
              params: {org.agents: 30, run.steps: 20}
            design:
              type: lhs
              samples: 10
              seed: 4
              factors:
                leadership: {min: 0, max: 1}
                management.process: {min: 0.1, max: 0.9}
            sensitivity:
              method: morris
              samples: 6
              levels: 6
              factors: {leadership: {min: 0.1, max: 0.9}, management: {min: 0.1, max: 0.9}}
              outputs: [engagement]
            seed: 3
            """);

    /** Values that are wrong somewhere, odd YAML, or out of any range. */
    static final List<String> ODD_VALUES = List.of("[1, 2]", "{a: 1}", "\"text\"", "true", "null", "~", "''",
            "1e309", "-1e309", "99999999999999999999999", "-9223372036854775809", "4.9e-324", ".nan", ".NaN",
            ".inf", "-.inf", "0x1F", "0o17", "017", "1_000", "190:20:30", "2001-12-14", "!!binary aGVsbG8=",
            "&a 1", "*nope", "@", "`", "'unterminated", "\"unterminated", "|", ">", "- x", ":", "? x", "%YAML 1.2",
            "!!python/object:os.system [ls]", "!custom 3", "\t1", "1 # comment", "0.5.5", "--1", "+1", "1e-400",
            "2147483648", "-2147483649", "NaN", "Infinity", "\u0000", "\uFEFF1", "\u202E1");

    record Mutant(String kind, String text, boolean mustFail) {
        @Override
        public String toString() {
            return kind + ":\n" + text;
        }
    }

    static final Pattern KEY_LINE = Pattern.compile("(?m)^( *)([A-Za-z.]+):");

    static final List<String> HUGE = List.of("1e18", "1e300", "2147483647", "9223372036854775807", "1e9", "-1e9",
            "123456789012345678901234567890");

    /** A valid file mutated once, in one of nine ways. */
    static Mutant mutant(Draw d) {
        String doc = d.pick(VALID);
        int where = d.between(0, 10_000);
        return d.oneOf(
                x -> new Mutant("truncated", doc.substring(0, where % doc.length()), false),
                x -> new Mutant("value replaced", replaceValue(doc, where, x.pick(ODD_VALUES)), false),
                x -> new Mutant("unknown key", insertKey(doc, where, "zz" + x.alpha(1, 10)), true),
                x -> new Mutant("duplicate key", duplicateKeyLine(doc, where), true),
                x -> new Mutant("line deleted", deleteLine(doc, where), false),
                x -> new Mutant("re-indented", reindent(doc, where, x.pick(List.of(" ", "\t", "   "))), false),
                x -> {
                    int at = where % (doc.length() + 1);
                    return new Mutant("junk inserted", doc.substring(0, at) + x.text(1, 8) + doc.substring(at), false);
                },
                x -> {
                    int depth = x.between(2, 1500);
                    String deep = x.bool() ? "[".repeat(depth) + "1" + "]".repeat(depth)
                            : "{a: ".repeat(depth) + "1" + "}".repeat(depth);
                    return new Mutant("deep nesting", replaceValue(doc, where, deep), true);
                },
                x -> new Mutant("huge number", replaceNumber(doc, where, x.pick(HUGE)), false));
    }

    static String replaceValue(String d, int i, String value) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = Pattern.compile("(?m):[ ]+([^\\n{}\\[\\],]+)").matcher(d);
        while (m.find()) {
            spans.add(new int[] {m.start(1), m.end(1)});
        }
        int[] s = spans.get(i % spans.size());
        return d.substring(0, s[0]) + value + d.substring(s[1]);
    }

    static String replaceNumber(String d, int i, String value) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = Pattern.compile("(?<![A-Za-z.])\\d+(\\.\\d+)?").matcher(d);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        int[] s = spans.get(i % spans.size());
        return d.substring(0, s[0]) + value + d.substring(s[1]);
    }

    static List<Integer> keyLines(String d) {
        List<Integer> starts = new ArrayList<>();
        Matcher m = KEY_LINE.matcher(d);
        while (m.find()) {
            starts.add(m.start());
        }
        return starts;
    }

    static String insertKey(String d, int i, String key) {
        List<Integer> starts = keyLines(d);
        int at = starts.get(i % starts.size());
        Matcher m = KEY_LINE.matcher(d);
        m.find(at);
        return d.substring(0, at) + m.group(1) + key + ": 1\n" + d.substring(at);
    }

    static String duplicateKeyLine(String d, int i) {
        List<Integer> starts = keyLines(d);
        int at = starts.get(i % starts.size());
        int end = d.indexOf('\n', at) + 1;
        String line = d.substring(at, end);
        // the same key again right after this key's whole block
        Matcher m = KEY_LINE.matcher(line);
        m.find();
        int indent = m.group(1).length();
        int blockEnd = end;
        while (blockEnd < d.length()) {
            int next = d.indexOf('\n', blockEnd) + 1;
            String l = d.substring(blockEnd, next == 0 ? d.length() : next);
            int lead = l.length() - l.stripLeading().length();
            if (!l.isBlank() && lead <= indent && !l.stripLeading().startsWith("- ")) {
                break;
            }
            if (!l.isBlank() && lead < indent) {
                break;
            }
            blockEnd = next == 0 ? d.length() : next;
        }
        return d.substring(0, blockEnd) + m.group(1) + m.group(2) + ": 1\n" + d.substring(blockEnd);
    }

    static String deleteLine(String d, int i) {
        String[] lines = d.split("\n", -1);
        int k = i % lines.length;
        List<String> out = new ArrayList<>(List.of(lines));
        out.remove(k);
        return String.join("\n", out);
    }

    static String reindent(String d, int i, String pad) {
        String[] lines = d.split("\n", -1);
        lines[i % lines.length] = pad + lines[i % lines.length];
        return String.join("\n", lines);
    }

    // ---------------------------------------------------------------- properties

    @ParameterizedTest(name = "case {0}")
    @MethodSource("mutantCases")
    void mutatedFilesGiveAValidExperimentOrALocatedError(int caseNumber) {
        Mutant m = mutant(new Draw(MUTANT_SEED, caseNumber));
        Throwable thrown = catchThrowable(() -> ExperimentFiles.parse(Path.of("fuzz.yaml"), m.text(), "fuzz"));
        if (m.mustFail()) {
            assertThat(thrown).as("%s", m).isNotNull();
        }
        if (thrown != null) {
            assertClearError(thrown, "fuzz.yaml", m.toString());
        }
    }

    /** The mutants above include every kind of mutation, each at least 50 times. */
    @Test
    void mutantCasesCoverEveryKindOfMutation() {
        Map<String, Integer> counts = new TreeMap<>();
        mutantCases().forEach(i -> counts.merge(mutant(new Draw(MUTANT_SEED, i)).kind(), 1, Integer::sum));
        assertThat(counts).as("%s", counts).hasSize(9).allSatisfy((kind, n) -> assertThat(n).as(kind).isGreaterThanOrEqualTo(50));
    }

    /** Random bytes, alone or after a valid beginning (so the parser gets further before it meets them). */
    static byte[] junk(Draw d) {
        byte[] bytes = d.bytes(0, 3000);
        if (d.bool()) {
            return bytes;
        }
        String doc = d.pick(VALID);
        byte[] head = doc.substring(0, Math.min(d.between(0, 600), doc.length())).getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + bytes.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bytes, 0, all, head.length, bytes.length);
        return all;
    }

    static Path dir;

    @BeforeAll
    static void makeDir() throws IOException {
        dir = Files.createTempDirectory("orgsim-fuzz");
    }

    @AfterAll
    static void removeDir() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    @ParameterizedTest(name = "case {0}")
    @MethodSource("junkCases")
    void binaryJunkFromAFileGivesALocatedError(int caseNumber) throws IOException {
        byte[] bytes = junk(new Draw(JUNK_SEED, caseNumber));
        Path file = dir.resolve("junk.yaml");
        Files.write(file, bytes);
        Throwable thrown = catchThrowable(() -> ExperimentFiles.load(file));
        if (thrown != null) {
            assertClearError(thrown, file.toString(), bytes.length + " bytes");
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("the loader writes nothing")
                    .containsExactly("junk.yaml");
        }
    }

    @Test
    void emptyBlankAndCommentOnlyFilesAreErrors() {
        for (String text : new String[] {"", " ", "\n\n", "# only a comment\n", "---\n", "...\n", "\uFEFF"}) {
            Throwable thrown = catchThrowable(() -> ExperimentFiles.parse(Path.of("e.yaml"), text, "e"));
            assertClearError(thrown, "e.yaml", "\"" + text + "\"");
        }
    }

    @Test
    void hostileDocumentsAreErrors() {
        String aliases = "a: &a [1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
                + "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
                + "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n";
        String grid = "design: {type: grid, factors: {leadership: [0.5]}}\n";
        String levels = "[" + "0.1,".repeat(99) + "0.2]";
        List<String> docs = List.of(
                aliases,
                "x: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n",
                "x: " + "{a: ".repeat(20_000) + "1" + "}".repeat(20_000) + "\n",
                "- " .repeat(5000) + "1\n",
                grid + "---\n" + grid,
                "design: {type: lhs, samples: 2000000000, factors: {leadership: {min: 0, max: 1}}}\n",
                "design: {type: grid, factors: {leadership: L, management: L, leadership.vision: L, "
                        .replace("L", levels) + "leadership.safety: L, management.process: L}}\n".replace("L", levels),
                "outputs: {dir: \"a\\0b\"}\n" + grid,
                "name: " + "a".repeat(200_000) + "\n" + grid + "oops: 1\n",
                "base: {params: {leadership: .nan}}\n" + grid,
                "replications: 0x10\n" + grid,
                "seed: 1e3\n" + grid,
                "base: {shocks: [{week: 1, type: crisis, shocks: [{type: crisis, shocks: [{type: crisis, shocks: []}]}]}]}\n"
                        + grid);
        for (String d : docs) {
            Throwable thrown = catchThrowable(() -> ExperimentFiles.parse(Path.of("h.yaml"), d, "h"));
            assertClearError(thrown, "h.yaml", d.length() > 200 ? d.substring(0, 200) + "..." : d);
        }
    }

    @Test
    void unreadableFilesAreErrors() throws IOException {
        Path missing = dir.resolve("missing.yaml");
        assertClearError(catchThrowable(() -> ExperimentFiles.load(missing)), missing.toString(), "missing");
        Path folder = Files.createDirectories(dir.resolve("folder.yaml"));
        assertClearError(catchThrowable(() -> ExperimentFiles.load(folder)), folder.toString(), "a directory");
        Files.delete(folder);
    }

    /** The loader's own exception, naming the file and a line or a field, in one line of text. */
    static void assertClearError(Throwable thrown, String source, String input) {
        assertThat(thrown).as("input: %s", input).isInstanceOf(ScenarioFileException.class);
        ScenarioFileException e = (ScenarioFileException) thrown;
        assertThat(e.source()).isEqualTo(source);
        assertThat(e.getMessage()).as("input: %s", input).startsWith(source + ":");
        assertThat(e.line() > 0 || !e.field().isEmpty() || e.getMessage().contains("cannot be read"))
                .as("%s locates the error (input: %s)", e.getMessage(), input).isTrue();
        assertThat(e.getMessage()).as("input: %s", input).doesNotContain("\tat ").hasSizeLessThan(2000);
    }
}
