// SPDX-License-Identifier: Apache-2.0
package io.orgsim.viz;

import io.orgsim.core.io.AtomicFiles;
import io.orgsim.scenarios.behaviour.AblationReport;
import io.orgsim.scenarios.behaviour.Behaviour;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * The report of a finished {@code orgsim ablate} directory, from its files alone: the
 * behaviour x arm table (holds or fails, the deciding claim's paired d_z with its 95% interval
 * and p), one chart per behaviour of those effect sizes across the arms, every claim, and the
 * command and ablation file as run.
 */
public final class AblationPage {

    private static final List<String> COLUMNS = List.of("arm", "behaviour", "holds", "effect", "ci_low", "ci_high",
            "p", "claim");
    private static final List<String> CLAIM_COLUMNS = List.of("arm", "behaviour", "claim", "first", "second",
            "difference", "difference_ci_low", "difference_ci_high", "effect", "ci_low", "ci_high", "p", "holds");

    private AblationPage() {
    }

    /** @return whether the directory holds an ablation's tables */
    public static boolean isAblation(Path dir) {
        return Files.isRegularFile(dir.resolve(AblationReport.CSV));
    }

    /** One cell of the behaviour x arm table, as ablation.csv gives it. */
    record Verdict(String arm, int behaviour, boolean holds, double effect, double low, double high, double p,
                   String claim) {
    }

    /**
     * Writes {@code out/index.html} and its charts.
     *
     * @param dir the ablation's output directory
     * @param out the folder of the report (created if missing)
     * @param version the orgsim version, shown on the page
     * @param date the date shown on the page
     * @return the path of index.html
     * @throws IOException when a file is missing, not in the layout of docs/EXPERIMENTS.md, or cannot be written
     */
    public static Path write(Path dir, Path out, String version, String date) throws IOException {
        try {
            return report(dir, out, version, date);
        } catch (IllegalArgumentException e) {
            throw new IOException(dir.resolve(AblationReport.CSV) + ": " + e.getMessage(), e);
        }
    }

    private static Path report(Path dir, Path out, String version, String date) throws IOException {
        Map<Integer, Map<String, Verdict>> table = verdicts(dir.resolve(AblationReport.CSV));
        List<String> arms = new ArrayList<>(table.values().iterator().next().keySet());
        String md = ToolFiles.text(dir.resolve(AblationReport.TABLE));

        String name = dir.toAbsolutePath().normalize().getFileName().toString();
        Page page = new Page("Ablation: " + name, version, date);
        String settings = md == null ? null : ToolFiles.find(md, "Produced by `[^`]*`: ([^\\n]*)");
        page.section("Overview").paragraph(String.format(Locale.ROOT, "Ablation read from %s: %d behaviours of the "
                + "model brief evaluated on the baseline and under %d arms, each arm setting its parameters in every "
                + "scenario with the same seeds. %s Nothing was run to make this page.", dir, table.size(),
                arms.size() - 1, settings == null ? "" : upper(settings)));
        ToolFiles.command(page, md);

        List<String> header = new ArrayList<>(List.of("behaviour"));
        header.addAll(arms);
        header.add("fails without");
        List<List<String>> rows = new ArrayList<>();
        for (var e : table.entrySet()) {
            List<String> row = new ArrayList<>(List.of(e.getKey() + ". " + statement(e.getKey())));
            List<String> needs = new ArrayList<>();
            Verdict base = e.getValue().get(arms.get(0));
            for (String arm : arms) {
                Verdict v = e.getValue().get(arm);
                row.add(v == null ? "not evaluated" : (v.holds() ? "holds" : "FAILS") + " (d " + d(v.effect())
                        + ", 95% CI " + d(v.low()) + " to " + d(v.high()) + "; " + p(v.p()) + "; weakest claim: " + v.claim()
                        + ")");
                if (v != null && base.holds() && !v.holds()) {
                    needs.add(arm);
                }
            }
            row.add(!base.holds() ? "(fails in the baseline)" : needs.isEmpty() ? "none of these arms"
                    : String.join(", ", needs));
            rows.add(row);
        }
        page.section("Behaviours and arms").paragraph("Whether each behaviour holds on the baseline and under each "
                + "arm. Each cell gives the deciding claim (the weakest of the behaviour's claims) with its paired d_z, "
                + "the d's 95% confidence interval and the p-value; every claim is listed further down.")
                .table(header, rows);

        page.section("Effect sizes");
        Files.createDirectories(out.resolve("charts"));
        int height = ForestChart.height(arms.size());
        boolean grid = table.size() > 1;
        int width = grid ? 820 : Charts.WIDTH; // two abreast: drawn smaller, so their text reads larger
        if (grid) {
            page.html("<div style=\"display:grid;grid-template-columns:repeat(auto-fit,minmax(560px,1fr));"
                    + "gap:0 1.5em\">\n");
        }
        for (var e : table.entrySet()) {
            String file = "behaviour-" + e.getKey();
            JFreeChart chart = chart(e.getKey(), arms, e.getValue());
            ChartExport.png(chart, out.resolve("charts").resolve(file + ".png"), width, height);
            ChartExport.svg(chart, out.resolve("charts").resolve(file + ".svg"), width, height);
            long infinite = e.getValue().values().stream().filter(v -> !Double.isFinite(v.effect())
                    || !Double.isFinite(v.low()) || !Double.isFinite(v.high())).count();
            page.figure(file, String.format(Locale.ROOT, "Behaviour %d (%s): paired d_z of the deciding claim under "
                    + "each arm, with its 95%% confidence interval; blue where the behaviour holds, red where it "
                    + "fails.%s", e.getKey(), statement(e.getKey()), infinite == 0 ? "" : " " + infinite
                    + " arm(s) with an infinite d (no spread in the runs) are not drawn."), width, height);
        }
        if (grid) {
            page.html("</div>\n");
        }

        Path claimsFile = dir.resolve(AblationReport.CLAIMS);
        if (Files.exists(claimsFile)) {
            List<List<String>> claims = new ArrayList<>();
            for (Map<String, String> c : CsvRows.read(claimsFile, CLAIM_COLUMNS)) {
                claims.add(List.of(c.get("arm"), c.get("behaviour"), c.get("claim"), d(num(c, "first")),
                        d(num(c, "second")), d(num(c, "difference")) + " (" + d(num(c, "difference_ci_low")) + " to "
                                + d(num(c, "difference_ci_high")) + ")", d(num(c, "effect")) + " (" + d(num(c,
                                "ci_low")) + " to " + d(num(c, "ci_high")) + ")", p(num(c, "p")),
                        "true".equals(c.get("holds")) ? "yes" : "no"));
            }
            page.section("Every claim").paragraph("One row per arm and claim: the two means compared, their "
                    + "difference with its 95% interval, d_z with its 95% interval, p, and whether the claim "
                    + "holds (from " + AblationReport.CLAIMS + ").").table(List.of("arm", "behaviour", "claim",
                    "first", "second", "difference (95% CI)", "d (95% CI)", "p", "holds"), claims);
        }
        ToolFiles.asRun(page, dir, out);
        Path index = out.resolve("index.html");
        AtomicFiles.writeString(index, page.render());
        return index;
    }

    /** @return per behaviour (file order), per arm (file order), its verdict */
    static Map<Integer, Map<String, Verdict>> verdicts(Path file) throws IOException {
        Map<Integer, Map<String, Verdict>> table = new LinkedHashMap<>();
        List<String> arms = new ArrayList<>();
        for (Map<String, String> r : CsvRows.read(file, COLUMNS)) {
            int b;
            try {
                b = Integer.parseInt(r.get("behaviour"));
                Behaviour.number(b);
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ": behaviour '" + r.get("behaviour") + "' is not one of 1 to "
                        + Behaviour.values().length);
            }
            if (!arms.contains(r.get("arm"))) {
                arms.add(r.get("arm"));
            }
            table.computeIfAbsent(b, k -> new LinkedHashMap<>()).put(r.get("arm"), new Verdict(r.get("arm"), b,
                    "true".equals(r.get("holds")), num(r, "effect"), num(r, "ci_low"), num(r, "ci_high"),
                    num(r, "p"), r.get("claim")));
        }
        if (table.isEmpty()) {
            throw new IOException(file + ": no verdict");
        }
        // every behaviour lists the arms in the file's order (the baseline first)
        for (var e : table.entrySet()) {
            Map<String, Verdict> ordered = new LinkedHashMap<>();
            for (String a : arms) {
                ordered.put(a, e.getValue().get(a));
            }
            e.setValue(ordered);
        }
        return table;
    }

    static JFreeChart chart(int behaviour, List<String> arms, Map<String, Verdict> verdicts) {
        List<ForestChart.Point> holds = new ArrayList<>();
        List<ForestChart.Point> fails = new ArrayList<>();
        for (int i = 0; i < arms.size(); i++) {
            Verdict v = verdicts.get(arms.get(i));
            if (v != null) {
                (v.holds() ? holds : fails).add(new ForestChart.Point(i, v.effect(), v.low(), v.high()));
            }
        }
        return ForestChart.chart("Behaviour " + behaviour + ": effect under each arm",
                "paired d_z of the deciding claim; whiskers: 95% confidence interval", "d_z", arms,
                List.of(new ForestChart.Series("holds", Palette.BLUE, holds),
                        new ForestChart.Series("fails", Palette.VERMILLION, fails)), null, false);
    }

    private static double num(Map<String, String> row, String column) {
        try {
            return CsvRows.number(row.get(column));
        } catch (IOException e) {
            throw new IllegalArgumentException(column + ": " + e.getMessage(), e);
        }
    }

    private static String statement(int behaviour) {
        return Behaviour.number(behaviour).statement();
    }

    private static String upper(String s) {
        String t = s.strip();
        return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    private static String d(double v) {
        return ToolFiles.number(v);
    }

    private static String p(double p) {
        return ToolFiles.p(p);
    }
}
