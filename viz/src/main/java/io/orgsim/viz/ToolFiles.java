// SPDX-License-Identifier: Apache-2.0
package io.orgsim.viz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the reports of calibrate and ablate share: the command as run (the first line of their
 * Markdown table names it), the input file as run ({@code experiment.yaml}, saved by the
 * command) and links to the directory's files.
 */
final class ToolFiles {

    /** The input file as run, saved beside the results with the command line as its first comment. */
    static final String INPUT = "experiment.yaml";

    private ToolFiles() {
    }

    /**
     * @param v a number of a calibration or ablation table
     * @return three significant digits (as their Markdown tables print them), whole numbers from 1,000 up with
     *     thousands separators rather than an exponent, infinities as +inf / -inf, NaN as n/a
     */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+inf" : "-inf";
        }
        return String.format(java.util.Locale.ROOT, Math.abs(v) >= 999.5 ? "%,.0f" : "%.3g", v);
    }

    /** @return the p-value as the ablation table prints it, kept on one line */
    static String p(double p) {
        return Double.isNaN(p) ? "p n/a" : p < 0.001 ? "p\u00a0<\u00a00.001"
                : String.format(java.util.Locale.ROOT, "p\u00a0=\u00a0%.3f", p);
    }

    /** @return the file's text, or null when there is no such file */
    static String text(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    }

    /** @return the first group of the pattern's first match, or null */
    static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** Adds the command that made the tables ("Produced by `...`" in their Markdown), when it is known. */
    static void command(Page page, String md) {
        String command = md == null ? null : find(md, "Produced by `([^`]*)`");
        if (command != null) {
            page.html("<p>Command as run: <code>" + Page.esc(command) + "</code></p>\n");
        }
    }

    /** Adds the section with the input file as run and links to every table of the directory. */
    static void asRun(Page page, Path dir, Path out) throws IOException {
        page.section("Files as run");
        String input = text(dir.resolve(INPUT));
        if (input != null) {
            page.file(INPUT, input);
        } else {
            page.paragraph("No input file was saved with these results (the command ran without one, or an older "
                    + "orgsim made them).");
        }
        List<String> files;
        try (Stream<Path> all = Files.list(dir)) {
            files = all.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".csv") || n.endsWith(".md"))
                    .sorted().toList();
        }
        StringBuilder links = new StringBuilder("<p>Files: ");
        Path from = out.toAbsolutePath().normalize();
        for (int i = 0; i < files.size(); i++) {
            String href = from.relativize(dir.toAbsolutePath().normalize().resolve(files.get(i))).toString()
                    .replace('\\', '/');
            links.append(i == 0 ? "" : ", ").append("<a href=\"").append(Page.esc(href)).append("\">")
                    .append(Page.esc(files.get(i))).append("</a>");
        }
        page.html(links.append(".</p>\n").toString());
    }
}
