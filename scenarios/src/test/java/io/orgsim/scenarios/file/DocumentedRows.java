// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Checks that a table the tests made from a command's files is the one a document shows. */
final class DocumentedRows {

    private DocumentedRows() {
    }

    /**
     * Writes the rows to {@code target/docs/GENERATED} (to paste into the document when the
     * model changes), then checks that each is a whole line of the document.
     *
     * @param rows the table's rows, as markdown
     * @param generated the file name under target/docs
     * @param document the document's name under docs/
     * @param table what the table is, for the message
     */
    static void assertInDocument(List<String> rows, String generated, String document, String table)
            throws IOException {
        Path file = Path.of("target", "docs", generated);
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", rows) + "\n");
        String doc = Files.readString(Path.of("..", "docs", document));
        assertThat(rows).as("rows of docs/" + document + "'s " + table + " table; regenerated in scenarios/" + file)
                .allMatch(row -> doc.contains("\n" + row + "\n"));
    }
}
