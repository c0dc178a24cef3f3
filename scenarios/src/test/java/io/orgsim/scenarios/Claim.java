// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * One behaviour claim "a exceeds b" measured over seeded replications, with Cohen's d and a
 * Welch (or, for two measures of the same runs, paired) t-test; it holds when a's mean is the
 * larger at p < 0.01. The behaviour tests write their claims to
 * {@code scenarios/target/behaviours/}, where the tables of docs/MODEL.md come from.
 *
 * @param id the claim's label, for example {@code 1a}
 * @param a the scenario expected to be larger
 * @param b the scenario compared with
 * @param measure what is compared
 * @param meanA mean of a
 * @param meanB mean of b
 * @param d Cohen's d (pooled standard deviation; for a paired claim, mean difference over its standard deviation)
 * @param p two-sided p-value
 */
record Claim(String id, String a, String b, String measure, double meanA, double meanB, double d, double p) {

    static final double ALPHA = 0.01;

    static Claim greater(String id, String a, double[] x, String b, double[] y, String measure) {
        double pooled = Math.sqrt((StatUtils.variance(x) + StatUtils.variance(y)) / 2);
        return new Claim(id, a, b, measure, StatUtils.mean(x), StatUtils.mean(y),
                (StatUtils.mean(x) - StatUtils.mean(y)) / pooled, new TTest().tTest(x, y));
    }

    static Claim paired(String id, String a, double[] x, String b, double[] y, String measure) {
        double[] diff = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            diff[i] = x[i] - y[i];
        }
        return new Claim(id, a, b, measure, StatUtils.mean(x), StatUtils.mean(y),
                StatUtils.mean(diff) / Math.sqrt(StatUtils.variance(diff)), new TTest().pairedTTest(x, y));
    }

    boolean holds() {
        return meanA > meanB && p < ALPHA;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: %s %s %.4g vs %s %.4g (d = %.2f, p = %.3g)", id, measure, a, meanA, b, meanB,
                d, p);
    }

    /**
     * Writes claims as the markdown table docs/MODEL.md shows, to scenarios/target/behaviours/NAME.md.
     *
     * @return the table
     */
    static String write(String name, List<Claim> claims) throws IOException {
        StringBuilder s = new StringBuilder("| claim | a | b | measure | mean a | mean b | Cohen's d | p | holds |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        for (Claim c : claims) {
            s.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %.4g | %.4g | %.2f | %.2g | %s |%n", c.id, c.a, c.b,
                    c.measure, c.meanA, c.meanB, c.d, c.p, c.holds() ? "yes" : "**no**"));
        }
        Path dir = Path.of("target", "behaviours");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(file(name)), s.toString());
        return s.toString();
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
