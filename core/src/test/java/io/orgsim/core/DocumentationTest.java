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

    @Test
    void modelDocumentListsEveryParameterWithItsDefaultAndRange() throws IOException {
        String model = Files.readString(ROOT.resolve("docs/MODEL.md"));
        for (Param p : Param.values()) {
            assertThat(model).as(p.key()).contains("| `" + p.key() + "` | " + Param.format(p.defaultValue())
                    + " | " + p.rangeText() + " |");
        }
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
