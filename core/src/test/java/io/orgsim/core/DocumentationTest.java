// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Keeps README.md and docs/MODEL.md in step with the code. */
class DocumentationTest {

    private static final Path ROOT = Path.of("..");

    /**
     * The parameter table of docs/MODEL.md is generated from {@link Param}: this test writes it
     * to core/target/docs/parameters.md and checks that the document holds exactly that.
     */
    @Test
    void modelDocumentHoldsTheParameterTableGeneratedFromTheCode() throws IOException {
        StringBuilder table = new StringBuilder("| key | default | range | meaning | why this default |\n|---|---|---|---|---|\n");
        for (Param p : Param.values()) {
            table.append("| `").append(p.key()).append("` | ").append(Param.format(p.defaultValue())).append(" | ")
                    .append(p.rangeText()).append(" | ").append(p.description()).append(" | ").append(p.reason())
                    .append(" |\n");
        }
        Path out = Path.of("target", "docs");
        Files.createDirectories(out);
        Files.writeString(out.resolve("parameters.md"), table);
        assertThat(block(Files.readString(ROOT.resolve("docs/MODEL.md")), "parameters"))
                .as("docs/MODEL.md parameters table; regenerated in core/target/docs/parameters.md").isEqualTo(table.toString());
    }

    /**
     * @return the text between {@code <!-- name:begin -->} and {@code <!-- name:end -->} lines
     */
    static String block(String document, String name) {
        String begin = "<!-- " + name + ":begin -->\n";
        int from = document.indexOf(begin);
        int to = document.indexOf("<!-- " + name + ":end -->");
        assertThat(from).as("marker " + begin.trim()).isNotNegative();
        assertThat(to).as("end marker of " + name).isGreaterThan(from);
        return document.substring(from + begin.length(), to);
    }

    @Test
    void readmeEmbeddingExampleIsTheCodeThatRunsHere() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        List<String> source = Files.readAllLines(Path.of("src/test/java/io/orgsim/core/EmbeddingExample.java"));
        int from = source.indexOf("        // README example begins") + 1;
        int to = source.indexOf("        // README example ends");
        String body = source.subList(from, to).stream().map(l -> l.substring(Math.min(8, l.length())))
                .collect(Collectors.joining("\n"));
        assertThat(readme).contains(body);
    }

    @Test
    void embeddingExampleRuns() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream previous = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            EmbeddingExample.main(new String[0]);
        } finally {
            System.setOut(previous);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("year 9: output").contains("pivot: depth");
    }
}
