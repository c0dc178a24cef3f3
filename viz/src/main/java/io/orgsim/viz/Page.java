// SPDX-License-Identifier: Apache-2.0
package io.orgsim.viz;

import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.TimedShock;
import io.orgsim.scenarios.file.ScenarioWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The HTML page every report shares: a title, a line with the orgsim version and the date, a
 * list of contents, sections, numbered figures, the experiment file as run and a parameter
 * table that fits the page. Self-contained: no scripts, fonts or styles from the network.
 */
final class Page {

    private final String title;
    private final String version;
    private final String date;
    private final List<String[]> contents = new ArrayList<>();
    private final StringBuilder body = new StringBuilder(64 * 1024);
    private int figures;

    /**
     * @param title the page's title
     * @param version the orgsim version that made it
     * @param date the day it was made, as text (ISO)
     */
    Page(String title, String version, String date) {
        this.title = title;
        this.version = version;
        this.date = date;
    }

    /** Starts a section listed in the contents. */
    Page section(String heading) {
        String id = "s" + (contents.size() + 1);
        contents.add(new String[] {id, heading});
        body.append("<h2 id=\"").append(id).append("\">").append(esc(heading)).append("</h2>\n");
        return this;
    }

    /** Appends raw HTML. */
    Page html(String html) {
        body.append(html);
        return this;
    }

    /** Appends a paragraph of text (escaped). */
    Page paragraph(String text) {
        body.append("<p>").append(esc(text)).append("</p>\n");
        return this;
    }

    /**
     * Appends a numbered figure.
     *
     * @param file the chart's file name under {@code charts/}, without extension
     * @param sentence what it shows, one plain sentence
     * @return the figure's number
     */
    int figure(String file, String sentence) {
        return figure(file, sentence, Charts.WIDTH, Charts.HEIGHT);
    }

    /** Appends a numbered figure drawn at another size than the default. */
    int figure(String file, String sentence, int width, int height) {
        int n = ++figures;
        body.append("<figure id=\"f").append(n).append("\"><img src=\"charts/").append(file)
                .append(".png\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" alt=\"").append(esc(sentence)).append("\"><figcaption><b>Figure ").append(n)
                .append(".</b> ").append(esc(sentence)).append(" <a href=\"charts/").append(file)
                .append(".svg\">SVG</a></figcaption></figure>\n");
        return n;
    }

    /** Appends a table: a header row and rows of cells, all escaped; numbers right-aligned. */
    Page table(List<String> header, List<List<String>> rows) {
        body.append("<div class=\"wide\"><table><thead><tr>");
        for (String h : header) {
            body.append("<th>").append(esc(h)).append("</th>");
        }
        body.append("</tr></thead><tbody>\n");
        for (List<String> row : rows) {
            body.append("<tr>");
            for (String c : row) {
                body.append(c.matches("[-+]?[0-9.,]+%?( \\(.*\\))?") ? "<td class=\"num\">" : "<td>")
                        .append(esc(c)).append("</td>");
            }
            body.append("</tr>\n");
        }
        body.append("</tbody></table></div>\n");
        return this;
    }

    /** Appends a file's text as a preformatted block. */
    Page file(String name, String text) {
        body.append("<details open><summary><code>").append(esc(name)).append("</code></summary><pre>")
                .append(esc(text)).append("</pre></details>\n");
        return this;
    }

    /**
     * Appends the table of parameters: one row per parameter, one value column per scenario,
     * then its meaning; shocks written as in a scenario file. Fits the page: fixed layout,
     * long keys and shocks wrap, the meaning column takes what is left.
     */
    Page parameters(List<String> names, List<ScenarioSpec> specs) {
        body.append("<table class=\"params\"><colgroup><col class=\"key\">");
        for (int i = 0; i < names.size(); i++) {
            body.append("<col>");
        }
        body.append("<col class=\"meaning\"></colgroup><thead><tr><th>Parameter</th>");
        for (String n : names) {
            body.append("<th>").append(esc(n)).append("</th>");
        }
        body.append("<th>Meaning</th></tr></thead><tbody>\n");
        for (Param p : Param.values()) {
            body.append("<tr><td><code>").append(esc(p.key())).append("</code></td>");
            for (ScenarioSpec spec : specs) {
                body.append("<td class=\"num\">").append(number(spec.get(p))).append("</td>");
            }
            body.append("<td>").append(esc(p.description())).append("</td></tr>\n");
        }
        body.append("<tr><td><code>shocks</code></td>");
        for (ScenarioSpec spec : specs) {
            body.append("<td class=\"shock\">");
            for (TimedShock t : spec.timedShocks()) {
                body.append("<code>").append(esc(shockText(t))).append("</code><br>");
            }
            body.append(spec.timedShocks().isEmpty() ? "none" : "").append("</td>");
        }
        body.append("<td>what happens and when, as written in a scenario file (docs/EXPERIMENTS.md)</td></tr>\n")
                .append("</tbody></table>\n");
        return this;
    }

    /** @return the shock as a scenario file writes it, or its own text for a shock type files do not know */
    static String shockText(TimedShock t) {
        try {
            return ScenarioWriter.shock(t);
        } catch (IllegalArgumentException e) {
            return t.shock().name() + " (" + t.timing() + ")";
        }
    }

    /** @return the whole page */
    String render() {
        StringBuilder h = new StringBuilder(body.length() + 8192);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:1320px;")
                .append("margin:0 auto;padding:1em 2em;color:#222;line-height:1.45;font-size:17px}\n")
                .append("h1{font-size:2em;margin-bottom:.2em}h2{margin-top:2em;border-bottom:2px solid #ccc}")
                .append(".meta{color:#555}nav ol{columns:2;column-gap:3em}\n")
                .append("figure{margin:1.5em 0}img{max-width:100%;height:auto;border:1px solid #ddd}\n")
                .append("figcaption{font-size:1.05em;margin-top:.4em}figcaption a{font-size:.85em;margin-left:.5em}\n")
                .append("table{border-collapse:collapse;margin:1em 0;font-size:.95em}")
                .append("th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}")
                .append("td.num{text-align:right;font-variant-numeric:tabular-nums}thead th{background:#f2f2f2}\n")
                .append(".wide{overflow-x:auto}")
                .append("table.params{table-layout:fixed;width:100%}table.params col.key{width:17em}")
                .append("table.params col.meaning{width:36%}table.params td,table.params th{overflow-wrap:anywhere}")
                .append("td.shock code{font-size:.85em}\n")
                .append(".swatch{display:inline-block;width:.9em;height:.9em;margin-right:.4em;")
                .append("vertical-align:-.1em;border-radius:2px}.ci{color:#555;font-size:.88em}\n")
                .append("pre{background:#f6f6f6;padding:.8em;overflow-x:auto;font-size:.9em;white-space:pre-wrap;")
                .append("overflow-wrap:anywhere}")
                .append("code{font-size:.92em}details{margin:1em 0}</style>\n</head>\n<body>\n");
        h.append("<h1>").append(esc(title)).append("</h1>\n<p class=\"meta\">orgsim ").append(esc(version))
                .append(" &middot; ").append(esc(date)).append(" &middot; ").append(figures)
                .append(figures == 1 ? " figure" : " figures").append("</p>\n");
        h.append("<nav><h2>Contents</h2><ol>\n");
        for (String[] c : contents) {
            h.append("<li><a href=\"#").append(c[0]).append("\">").append(esc(c[1])).append("</a></li>\n");
        }
        h.append("</ol></nav>\n").append(body);
        h.append("<p class=\"meta\">Made by orgsim ").append(esc(version)).append(" on ").append(esc(date))
                .append(". Opens offline: no scripts, fonts or styles are loaded from the network.</p>\n")
                .append("</body>\n</html>\n");
        return h.toString();
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(java.util.Locale.ROOT, "%.4g", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
