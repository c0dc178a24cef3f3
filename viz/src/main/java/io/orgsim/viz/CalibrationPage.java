// SPDX-License-Identifier: Apache-2.0
package io.orgsim.viz;

import io.orgsim.core.experiment.CalibrationReport;
import io.orgsim.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * The report of a finished {@code orgsim calibrate} directory, from its files alone: each
 * target with its simulated value, 95% interval, tolerance and whether it is met (at the start
 * and after the fit), a chart of every target's distance from its value in tolerances, the
 * fitted parameters with their uncertainty, and the command and target file as run.
 */
public final class CalibrationPage {

    private static final List<String> TARGET_COLUMNS = List.of("target", "relation", "value", "tolerance",
            "start_mean", "start_ci_low", "start_ci_high", "start_met", "fit_mean", "fit_ci_low", "fit_ci_high",
            "fit_met", "source");
    private static final List<String> PARAMETER_COLUMNS = List.of("parameter", "min", "max", "start", "value", "sd",
            "noise_sd");

    private CalibrationPage() {
    }

    /** @return whether the directory holds a calibration's tables */
    public static boolean isCalibration(Path dir) {
        return Files.isRegularFile(dir.resolve(CalibrationReport.TARGETS));
    }

    /**
     * Writes {@code out/index.html} and its chart.
     *
     * @param dir the calibration's output directory
     * @param out the folder of the report (created if missing)
     * @param version the orgsim version, shown on the page
     * @param date the date shown on the page
     * @return the path of index.html
     * @throws IOException when a file is missing, not in the layout of docs/CALIBRATION.md, or cannot be written
     */
    public static Path write(Path dir, Path out, String version, String date) throws IOException {
        List<Map<String, String>> targets = CsvRows.read(dir.resolve(CalibrationReport.TARGETS), TARGET_COLUMNS);
        Path parametersFile = dir.resolve(CalibrationReport.PARAMETERS);
        List<Map<String, String>> parameters = Files.exists(parametersFile)
                ? CsvRows.read(parametersFile, PARAMETER_COLUMNS) : List.of();
        String md = ToolFiles.text(dir.resolve(CalibrationReport.TABLE));
        boolean searched = md != null ? md.contains("| after the fit |") : !parameters.isEmpty();
        if (targets.isEmpty()) {
            throw new IOException(dir.resolve(CalibrationReport.TARGETS) + ": no target");
        }

        Files.createDirectories(out.resolve("charts"));
        JFreeChart chart = chart(targets, searched);
        int height = ForestChart.height(targets.size());
        ChartExport.png(chart, out.resolve("charts").resolve("targets.png"), Charts.WIDTH, height);
        ChartExport.svg(chart, out.resolve("charts").resolve("targets.svg"), Charts.WIDTH, height);

        String name = dir.toAbsolutePath().normalize().getFileName().toString();
        Page page = new Page("Calibration: " + name, version, date);
        long metStart = targets.stream().filter(t -> "true".equals(t.get("start_met"))).count();
        long metFit = targets.stream().filter(t -> "true".equals(t.get("fit_met"))).count();
        String draws = md == null ? null : ToolFiles.find(md, "mean over (\\d+) independent draws");
        page.section("Overview").paragraph(String.format(Locale.ROOT, "Calibration read from %s: %d targets, "
                        + "%d met at the start%s; %d fitted parameter%s. Simulated values are the mean over %s "
                        + "independent draws of the population with the Student-t 95%% confidence interval of that "
                        + "mean; a target is met when the mean is within its tolerance (docs/CALIBRATION.md). Nothing "
                        + "was run to make this page.", dir, targets.size(), metStart,
                searched ? String.format(Locale.ROOT, ", %d after the fit", metFit) : " (the targets were only "
                        + "measured, no search)", searched ? parameters.size() : 0,
                searched && parameters.size() == 1 ? "" : "s",
                draws == null ? "the" : draws));
        ToolFiles.command(page, md);

        page.section("Targets");
        page.figure("targets", String.format(Locale.ROOT, "Each target's simulated value minus its target value, "
                + "in tolerances, with its 95%% confidence interval; inside the shaded band (within one tolerance) "
                + "the target is met. %d of %d met %s.", searched ? metFit : metStart, targets.size(),
                searched ? "after the fit" : "at the model's values"), Charts.WIDTH, height);
        List<String> header = new ArrayList<>(List.of("target", "relation", "target value", "tolerance",
                searched ? "at the start (95% CI)" : "simulated (95% CI)", "met"));
        if (searched) {
            header.addAll(List.of("after the fit (95% CI)", "met"));
        }
        header.add("source");
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, String> t : targets) {
            List<String> row = new ArrayList<>(List.of(t.get("target"), t.get("relation"), g(t.get("value")),
                    g(t.get("tolerance")), estimate(t, "start"), yesNo(t.get("start_met"))));
            if (searched) {
                row.addAll(List.of(estimate(t, "fit"), yesNo(t.get("fit_met"))));
            }
            row.add(t.get("source"));
            rows.add(row);
        }
        page.table(header, rows);

        if (searched) {
            List<List<String>> prow = new ArrayList<>();
            for (Map<String, String> q : parameters) {
                double width = CsvRows.number(q.get("max")) - CsvRows.number(q.get("min"));
                double sd = CsvRows.number(q.get("sd"));
                prow.add(List.of(q.get("parameter"), "[" + g(q.get("min")) + ", " + g(q.get("max")) + "]",
                        g(q.get("start")), g(q.get("value")), g(q.get("sd")), g(q.get("noise_sd")),
                        Double.isNaN(sd) ? "n/a" : sd < width ? "yes" : "no: sd wider than the range"));
            }
            page.section("Fitted parameters").paragraph("The fitted value of each parameter and its standard "
                    + "uncertainty: sd combines what moves the fit by one tolerance and the simulation noise "
                    + "(noise sd alone); docs/CALIBRATION.md gives the formula. A parameter whose sd is wider than "
                    + "its range is not pinned down by these targets.")
                    .table(List.of("parameter", "range", "start", "fitted", "sd", "noise sd", "identified"), prow);
        }
        ToolFiles.asRun(page, dir, out);
        Path index = out.resolve("index.html");
        AtomicFiles.writeString(index, page.render());
        return index;
    }

    /** The forest of targets, in tolerances from each target's value. */
    static JFreeChart chart(List<Map<String, String>> targets, boolean searched) throws IOException {
        List<String> labels = new ArrayList<>();
        List<ForestChart.Point> start = new ArrayList<>();
        List<ForestChart.Point> fit = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Map<String, String> t = targets.get(i);
            labels.add(t.get("target"));
            start.add(distance(i, t, "start"));
            fit.add(distance(i, t, "fit"));
        }
        List<ForestChart.Series> series = searched
                ? List.of(new ForestChart.Series("at the start", Palette.ORANGE, start),
                        new ForestChart.Series("after the fit", Palette.BLUE, fit))
                : List.of(new ForestChart.Series("simulated", Palette.BLUE, start));
        return ForestChart.chart("Targets: simulated minus target", "In tolerances; whiskers: 95% confidence "
                + "interval; shaded: within one tolerance (met)", "(simulated - target) / tolerance", labels, series,
                new double[] {-1, 1}, true);
    }

    private static ForestChart.Point distance(int row, Map<String, String> t, String when) throws IOException {
        double value = CsvRows.number(t.get("value"));
        double tol = CsvRows.number(t.get("tolerance"));
        return new ForestChart.Point(row, (CsvRows.number(t.get(when + "_mean")) - value) / tol,
                (CsvRows.number(t.get(when + "_ci_low")) - value) / tol,
                (CsvRows.number(t.get(when + "_ci_high")) - value) / tol);
    }

    private static String estimate(Map<String, String> t, String when) throws IOException {
        return g(t.get(when + "_mean")) + " (" + g(t.get(when + "_ci_low")) + " to " + g(t.get(when + "_ci_high"))
                + ")";
    }

    private static String yesNo(String met) {
        return "true".equals(met) ? "yes" : "no";
    }

    private static String g(String cell) throws IOException {
        return ToolFiles.number(CsvRows.number(cell));
    }
}
