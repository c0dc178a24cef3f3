// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios;

import io.orgsim.scenarios.behaviour.BehaviourCatalog;
import io.orgsim.scenarios.behaviour.Claim;
import io.orgsim.scenarios.behaviour.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Where the behaviour tests put the catalog's verdicts: each table is written to
 * {@code scenarios/target/behaviours/NAME.md}, where the tables of docs/MODEL.md come from,
 * and compared with docs/MODEL.md's copy.
 */
final class BehaviourTables {

    private BehaviourTables() {
    }

    /** @return every claim the verdicts rest on that does not hold, as readable lines */
    static List<String> failures(List<Verdict> verdicts) {
        return verdicts.stream().flatMap(v -> v.decisive().stream()).filter(c -> !c.holds())
                .map(BehaviourTables::describe).toList();
    }

    static String describe(Claim c) {
        return String.format(Locale.ROOT, "%s: %s, %.4g vs %.4g (d = %.2f, p = %.3g)", c.id(), c.text(), c.first(),
                c.second(), c.effect(), c.p());
    }

    /**
     * Writes the verdicts' claims as the table docs/MODEL.md shows.
     *
     * @return the table
     */
    static String write(String name, List<Verdict> verdicts) throws IOException {
        String table = BehaviourCatalog.table(verdicts);
        Path dir = Path.of("target", "behaviours");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(file(name)), table);
        return table;
    }

    /**
     * Checks that docs/MODEL.md holds this table between {@code <!-- behaviours/FILE:begin -->}
     * and {@code <!-- behaviours/FILE:end -->}, so that the document's numbers are the code's.
     *
     * @return null when it does, else a message naming the file to copy from
     */
    static String undocumented(String name, String table) throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "MODEL.md"));
        String marker = "<!-- behaviours/" + file(name);
        int from = doc.indexOf(marker + ":begin -->\n");
        int to = doc.indexOf(marker + ":end -->");
        if (from < 0 || to < from) {
            return "docs/MODEL.md has no block " + marker + ":begin/end -->";
        }
        String documented = doc.substring(from + (marker + ":begin -->\n").length(), to);
        return documented.equals(table) ? null
                : "docs/MODEL.md's table differs from the model's; copy scenarios/target/behaviours/" + file(name);
    }

    private static String file(String name) {
        return name.replaceAll("[^A-Za-z0-9]+", "-") + ".md";
    }
}
