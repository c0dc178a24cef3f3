// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.behaviour;

import io.orgsim.core.experiment.ResultColumns;
import io.orgsim.core.io.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The files of an ablation: {@value #CSV} (long format, one row per arm and behaviour, with
 * the deciding claim's numbers), {@value #CLAIMS} (one row per arm and claim) and
 * {@value #TABLE} (behaviour x arm, for docs/MODEL.md). Each file is written whole under a
 * temporary name and renamed.
 */
public final class AblationReport {

    /** The long-format table of verdicts. */
    public static final String CSV = "ablation.csv";
    /** Every claim of every arm. */
    public static final String CLAIMS = "ablation-claims.csv";
    /** The behaviour x arm table in Markdown. */
    public static final String TABLE = "ablation.md";

    private AblationReport() {
    }

    /**
     * @param results the arms' results, baseline first
     * @return the long-format CSV: arm, behaviour, holds, effect, ci_low, ci_high, p
     */
    public static String csv(List<Ablation.ArmResult> results) {
        return table(List.of("arm", "behaviour", "holds", "effect", "ci_low", "ci_high", "p", "claim"), rows -> {
            for (Ablation.ArmResult r : results) {
                for (Verdict v : r.verdicts()) {
                    Claim c = v.deciding();
                    rows.add(List.of(r.arm().name(), Integer.toString(v.behaviour().number()),
                            Boolean.toString(v.holds()), ResultColumns.number(c.effect()),
                            ResultColumns.number(c.effectLow()), ResultColumns.number(c.effectHigh()),
                            ResultColumns.number(c.p()), c.text()));
                }
            }
        });
    }

    /**
     * @param results the arms' results, baseline first
     * @return one row per arm and claim, with both means, the difference and its interval
     */
    public static String claimsCsv(List<Ablation.ArmResult> results) {
        return table(List.of("arm", "behaviour", "id", "role", "claim", "first", "second", "difference", "difference_ci_low",
                "difference_ci_high", "effect", "ci_low", "ci_high", "p", "holds"), rows -> {
            for (Ablation.ArmResult r : results) {
                for (Verdict v : r.verdicts()) {
                    for (Claim c : v.claims()) {
                        rows.add(List.of(r.arm().name(), Integer.toString(v.behaviour().number()), c.id(),
                                c.role().name().toLowerCase(Locale.ROOT), c.text(),
                                ResultColumns.number(c.first()), ResultColumns.number(c.second()),
                                ResultColumns.number(c.difference()), ResultColumns.number(c.ciLow()),
                                ResultColumns.number(c.ciHigh()), ResultColumns.number(c.effect()),
                                ResultColumns.number(c.effectLow()), ResultColumns.number(c.effectHigh()),
                                ResultColumns.number(c.p()), Boolean.toString(c.holds())));
                    }
                }
            }
        });
    }

    /**
     * The behaviour x arm table: whether each behaviour holds under each arm, with the deciding
     * claim's d_z (paired) and p, and which arms it fails without.
     *
     * @param ablation the experiment (for its settings)
     * @param results the arms' results, baseline first
     * @param command the command that produced the table, named above it
     * @return Markdown
     */
    public static String markdown(Ablation ablation, List<Ablation.ArmResult> results, String command) {
        BehaviourCatalog.Settings s = ablation.settings();
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Produced by `%s`: %d seeded replications per scenario, %s agents, "
                        + "seed %d, a claim holds at p < %s; each cell gives the weakest claim's d_z (paired) and p "
                        + "(all claims in %s).%n%n", command, s.replications(),
                s.agents().isPresent() ? Integer.toString(s.agents().getAsInt()) : "the presets' 300",
                s.seed(), ResultColumns.number(s.alpha()), CLAIMS));
        md.append("| behaviour |");
        for (Ablation.ArmResult r : results) {
            md.append(' ').append(r.arm().name()).append(" |");
        }
        md.append(" fails without |\n|---|");
        md.append("---|".repeat(results.size() + 1)).append('\n');
        for (int i = 0; i < results.get(0).verdicts().size(); i++) {
            Verdict base = results.get(0).verdicts().get(i);
            md.append("| ").append(base.behaviour().number()).append(". ").append(base.behaviour().statement())
                    .append(" |");
            List<String> needs = new ArrayList<>();
            for (Ablation.ArmResult r : results) {
                Verdict v = r.verdicts().get(i);
                Claim c = v.deciding();
                md.append(' ').append(v.holds() ? "holds" : "**fails**").append(String.format(Locale.ROOT,
                        " (d_z = %s, %s)", effect(c.effect()), pText(c.p()))).append(" |");
                if (base.holds() && !v.holds()) {
                    needs.add(r.arm().name());
                }
            }
            md.append(' ').append(!base.holds() ? "(fails in the baseline)"
                    : needs.isEmpty() ? "none of these arms" : String.join(", ", needs)).append(" |\n");
        }
        md.append("\nEach claim a behaviour rests on, and the arms under which it stops holding (the claim's d and p "
                + "under that arm):\n\n| claim | statement | baseline | fails without |\n|---|---|---|---|\n");
        for (int i = 0; i < results.get(0).verdicts().size(); i++) {
            List<Claim> base = results.get(0).verdicts().get(i).claims();
            for (int k = 0; k < base.size(); k++) {
                Claim c = base.get(k);
                if (c.role() != Claim.Role.ASSERTED) {
                    continue;
                }
                List<String> breaks = new ArrayList<>();
                for (Ablation.ArmResult r : results.subList(1, results.size())) {
                    Claim under = r.verdicts().get(i).claims().get(k);
                    if (c.holds() && !under.holds()) {
                        breaks.add(String.format(Locale.ROOT, "%s (d_z = %s, %s)", r.arm().name(), effect(under.effect()),
                                pText(under.p())));
                    }
                }
                md.append(String.format(Locale.ROOT, "| %s | %s | %s (d_z = %s, %s) | %s |\n", c.id(), c.text(),
                        c.holds() ? "holds" : "**fails**", effect(c.effect()), pText(c.p()),
                        !c.holds() ? "(fails in the baseline)" : breaks.isEmpty() ? "none" : String.join(", ", breaks)));
            }
        }
        return md.toString();
    }

    /**
     * Writes the three files.
     *
     * @param dir the output directory, created if needed
     * @param ablation the experiment
     * @param results the arms' results, baseline first
     * @param command the command named above the Markdown table
     * @return the files written
     * @throws IOException when a file cannot be written
     */
    public static List<Path> write(Path dir, Ablation ablation, List<Ablation.ArmResult> results, String command)
            throws IOException {
        List<Path> files = List.of(dir.resolve(CSV), dir.resolve(CLAIMS), dir.resolve(TABLE));
        AtomicFiles.writeString(files.get(0), csv(results));
        AtomicFiles.writeString(files.get(1), claimsCsv(results));
        AtomicFiles.writeString(files.get(2), markdown(ablation, results, command));
        return files;
    }

    private static String effect(double d) {
        return Double.isInfinite(d) ? (d > 0 ? "+inf" : "-inf") : String.format(Locale.ROOT, "%.3g", d);
    }

    private static String pText(double p) {
        return p < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3f", p);
    }

    private static String table(List<String> header, java.util.function.Consumer<List<List<String>>> fill) {
        List<List<String>> rows = new ArrayList<>();
        fill.accept(rows);
        StringBuilder out = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180)) {
            p.printRecord(header);
            for (List<String> row : rows) {
                p.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return out.toString();
    }
}
