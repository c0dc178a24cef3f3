// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import io.orgsim.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The files of a calibration: {@value #TARGETS} (each target at the start and at the fit, with
 * 95% intervals), {@value #PARAMETERS} (each parameter's start, fit and uncertainty) and
 * {@value #TABLE} (both as Markdown tables, for docs/CALIBRATION.md). Each is written whole
 * under a temporary name and renamed.
 *
 * @since 0.1.0
 */
public final class CalibrationReport {

    /** The targets table. */
    public static final String TARGETS = "calibration-targets.csv";
    /** The parameters table. */
    public static final String PARAMETERS = "calibration-parameters.csv";
    /** Both tables in Markdown. */
    public static final String TABLE = "calibration.md";
    /** The evaluation log, from which a calibration resumes. */
    public static final String LOG = "evaluations.csv";

    private CalibrationReport() {
    }

    /**
     * @param r a calibration's result
     * @return the targets as CSV
     * @throws IOException never in practice (writes to a string)
     */
    public static String targetsCsv(CalibrationResult r) throws IOException {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180)) {
            p.printRecord("target", "kind", "relation", "x", "y", "value", "tolerance", "start_mean", "start_ci_low",
                    "start_ci_high", "start_sd", "start_met", "fit_mean", "fit_ci_low", "fit_ci_high", "fit_sd",
                    "fit_met", "source");
            for (CalibrationResult.TargetFit f : r.targets()) {
                Target t = f.target();
                p.printRecord(t.name(), t.kind().name().toLowerCase(Locale.ROOT), relation(t), t.x(),
                        t.y() == null ? "" : t.y(), n(t.value()), n(t.tolerance()), n(f.atStart().mean()),
                        n(f.atStart().ciLow()), n(f.atStart().ciHigh()), n(f.atStart().sd()), f.metAtStart(),
                        n(f.atFit().mean()), n(f.atFit().ciLow()), n(f.atFit().ciHigh()), n(f.atFit().sd()),
                        f.metAtFit(), t.source());
            }
        }
        return out.toString();
    }

    /**
     * @param r a calibration's result
     * @return the parameters as CSV
     * @throws IOException never in practice (writes to a string)
     */
    public static String parametersCsv(CalibrationResult r) throws IOException {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180)) {
            p.printRecord("parameter", "min", "max", "start", "value", "sd", "noise_sd");
            for (CalibrationResult.Parameter q : r.parameters()) {
                p.printRecord(q.key(), n(q.min()), n(q.max()), n(q.start()), n(q.value()), n(q.sd()), n(q.noiseSd()));
            }
        }
        return out.toString();
    }

    /**
     * @param r a calibration's result
     * @param command the command that produced it, named above the tables
     * @return the targets table and, after a search, the parameters table
     */
    public static String markdown(CalibrationResult r, String command) {
        StringBuilder md = new StringBuilder();
        boolean searched = r.searched();
        md.append(String.format(Locale.ROOT, "Produced by `%s`. Simulated values: mean over %d independent draws "
                + "of the population, with the 95%% confidence interval of that mean; met = within the target's "
                + "tolerance.%n%n", command, r.targets().get(0).atStart().n()));
        md.append(searched ? "| target | relation | target value | at the start | met | after the fit | met |\n"
                + "|---|---|---|---|---|---|---|\n"
                : "| target | relation | target value | simulated | met |\n|---|---|---|---|---|\n");
        for (CalibrationResult.TargetFit f : r.targets()) {
            Target t = f.target();
            md.append(String.format(Locale.ROOT, "| %s | %s | %s ± %s | %s | %s |", t.name(), relation(t), g(t.value()),
                    g(t.tolerance()), estimate(f.atStart()), f.metAtStart() ? "yes" : "no"));
            if (searched) {
                md.append(String.format(Locale.ROOT, " %s | %s |", estimate(f.atFit()), f.metAtFit() ? "yes" : "no"));
            }
            md.append('\n');
        }
        long metStart = r.targets().stream().filter(CalibrationResult.TargetFit::metAtStart).count();
        long metFit = r.targets().stream().filter(CalibrationResult.TargetFit::metAtFit).count();
        md.append(String.format(Locale.ROOT, "%nTargets met: %d of %d at the start", metStart, r.targets().size()));
        if (searched) {
            md.append(String.format(Locale.ROOT, ", %d of %d after the fit (objective %s -> %s, %d evaluations%s)",
                    metFit, r.targets().size(), g(r.startObjective()), g(r.fitObjective()), r.evaluations(),
                    r.budgetExhausted() ? ", stopped at the budget" : ""));
            md.append(".\n\n| parameter | range | start | fitted | sd | of which simulation noise |\n"
                    + "|---|---|---|---|---|---|\n");
            for (CalibrationResult.Parameter q : r.parameters()) {
                boolean identified = q.sd() < q.max() - q.min();
                md.append(String.format(Locale.ROOT, "| %s | [%s, %s] | %s | %s | %s%s | %s |%n", q.key(), g(q.min()),
                        g(q.max()), g(q.start()), g(q.value()), g(q.sd()),
                        identified ? "" : " (wider than the range: not identified by these targets)", g(q.noiseSd())));
            }
        } else {
            md.append(".\n");
        }
        return md.toString();
    }

    /**
     * Writes the three tables.
     *
     * @param dir the output directory
     * @param r the result
     * @param command the command named above the Markdown tables
     * @return the files written
     * @throws IOException when a file cannot be written
     */
    public static List<Path> write(Path dir, CalibrationResult r, String command) throws IOException {
        List<Path> files = List.of(dir.resolve(TARGETS), dir.resolve(PARAMETERS), dir.resolve(TABLE));
        AtomicFiles.writeString(files.get(0), targetsCsv(r));
        AtomicFiles.writeString(files.get(1), parametersCsv(r));
        AtomicFiles.writeString(files.get(2), markdown(r, command));
        return files;
    }

    private static String relation(Target t) {
        return t.kind() == Target.Kind.MEAN ? "mean" : t.relation() == Target.Relation.TRUE_SCORE ? "true-score"
                : String.format(Locale.ROOT, "observed (reliability %s, %s)", g(t.reliabilityX()), g(t.reliabilityY()));
    }

    private static String estimate(Estimate e) {
        return String.format(Locale.ROOT, "%s [%s, %s]", g(e.mean()), g(e.ciLow()), g(e.ciHigh()));
    }

    private static String g(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3g", v);
    }

    private static String n(double v) {
        return ResultColumns.number(v);
    }
}
