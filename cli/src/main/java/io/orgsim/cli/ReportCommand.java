// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import io.orgsim.core.RunResult;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.SpecException;
import io.orgsim.core.experiment.Progress;
import io.orgsim.core.experiment.SensitivityStudy;
import io.orgsim.core.experiment.Sweep;
import io.orgsim.scenarios.Preset;
import io.orgsim.scenarios.Presets;
import io.orgsim.scenarios.Sector;
import io.orgsim.scenarios.file.ExperimentFile;
import io.orgsim.scenarios.file.ExperimentFiles;
import io.orgsim.scenarios.file.ScenarioFileException;
import io.orgsim.viz.AblationPage;
import io.orgsim.viz.CalibrationPage;
import io.orgsim.viz.ReportInput;
import io.orgsim.viz.ReportSettings;
import io.orgsim.viz.ReportWriter;
import io.orgsim.viz.ResultsDir;
import io.orgsim.viz.ResultsReport;
import io.orgsim.viz.ScenarioRuns;
import io.orgsim.viz.SensitivityCharts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code orgsim report}: the main job, and the report of any experiment. Without an argument
 * it runs the default comparison (the four quadrants, or a sector's four, with seeded
 * replications, a lever grid and a fixed-budget curve), prints the same table as
 * {@code compare} and writes an offline HTML report. With an experiment file it runs the
 * experiment (a sweep or a sensitivity study) and reports it; with a results directory it
 * reports what is there, running nothing.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Writes an offline HTML report (index.html, charts as PNG and SVG, tables, seeds, parameters).",
                "Without TARGET: runs the default comparison (the four leadership/management quadrants x R seeded "
                        + "replications, a leadership x management grid and a fixed-budget curve) and prints the "
                        + "table of 'orgsim compare'.",
                "TARGET a FILE.yaml: runs the experiment (sweep or sensitivity) and reports it.",
                "TARGET a DIR: reports a finished sweep, sensitivity study, 'compare --out', calibration or "
                        + "ablation from its files, running nothing."},
        footer = {"", "Examples:", "  orgsim report --sector healthcare -r 10",
                "  orgsim report experiments/fixed-budget.yaml -r 5",
                "  orgsim report out/fixed-budget --out out/fixed-budget-report",
                "  orgsim report out/calibration-demo", "  orgsim report out/ablation-demo"})
final class ReportCommand extends BaseCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "TARGET",
            description = "an experiment file to run and report, or a results directory to report")
    Path target;

    @Option(names = "--out", paramLabel = "DIR",
            description = "where to write the report; created if needed (default: out/report, or TARGET's "
                    + "results directory/report)")
    Path out;

    @Option(names = {"-r", "--replications"}, paramLabel = "R",
            description = "replications per scenario or point, in [2, " + MAX_REPLICATIONS
                    + "] (default: 30, or the file's)")
    Integer replications;

    @Option(names = "--seed", paramLabel = "N",
            description = "master seed, any whole number (default: 1, or the file's)")
    Long seed;

    @Option(names = "--threads", paramLabel = "N",
            description = "worker threads, in [1, " + MAX_THREADS + "] (default: available processors)")
    Integer threads;

    @Option(names = "--steps", paramLabel = "N",
            description = "default comparison: horizon in weeks, in [1, 1000000] (default: the presets', 520); "
                    + "shock weeks move in proportion")
    Integer steps;

    @Option(names = "--agents", paramLabel = "N",
            description = "default comparison: number of agents, in [10, 50000000] (default: the presets', 300)")
    Integer agents;

    @Option(names = "--sector", paramLabel = "NAME",
            description = "default comparison: the four quadrants of a sector (" + PresetNames.SECTORS + ")")
    String sector;

    @Override
    public Integer call() throws IOException {
        if (target == null) {
            return defaultComparison();
        }
        if (sector != null || steps != null || agents != null) {
            throw new SpecException("--sector/--steps/--agents", "", "apply to the default comparison only; "
                    + "set the scenario in the experiment file instead");
        }
        if (Files.isDirectory(target)) {
            return reportDir(target, out != null ? out : target.resolve("report"));
        }
        if (!Files.isRegularFile(target)) {
            throw new SpecException("TARGET", target.toString(), "must be an experiment file or a results directory "
                    + "(no such file or directory)");
        }
        return runAndReport();
    }

    private Integer reportDir(Path dir, Path reportDir) throws IOException {
        checkOutDir(reportDir);
        if (CalibrationPage.isCalibration(dir) || AblationPage.isAblation(dir)) {
            Path index = CalibrationPage.isCalibration(dir)
                    ? CalibrationPage.write(dir, reportDir, Main.Version.number(), today())
                    : AblationPage.write(dir, reportDir, Main.Version.number(), today());
            out().println("report: " + index.toAbsolutePath().normalize());
            return 0;
        }
        ResultsDir results = ResultsDir.read(dir);
        Path index = ResultsReport.write(results, reportDir, Main.Version.number(), today(), List.of());
        out().println("report: " + index.toAbsolutePath().normalize());
        return 0;
    }

    private Integer runAndReport() throws IOException {
        ExperimentFile f;
        try {
            f = ExperimentFiles.load(target);
        } catch (ScenarioFileException e) {
            err().println(spec.qualifiedName() + ": " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        Path dir;
        try {
            if (f.sensitivity() != null) {
                SensitivityStudy.Builder b = f.sensitivityStudy().progress(progress());
                if (threads != null) {
                    b.threads(workers(threads));
                }
                if (seed != null) {
                    b.seed(seed);
                }
                if (replications != null) {
                    throw new SpecException("--replications", replications.toString(), "set replications in the "
                            + "file for a sensitivity study");
                }
                SensitivityStudy study = b.build();
                dir = study.sweep().out();
                status().printf(Locale.ROOT, "%s: %d runs -> %s%n", f.name(), (long) study.sweep().design().size()
                        * study.sweep().replications(), dir);
                SensitivityStudy.Report r = study.run();
                SensitivityCharts.write(r, dir);
            } else {
                Sweep.Builder b = f.sweep().progress(progress());
                ExperimentOptions.apply(b, threads, null, seed, null, replications); // seeds: as the file says
                Sweep sweep = b.build();
                dir = sweep.out();
                status().printf(Locale.ROOT, "%s: %d points x %d replications -> %s%n", f.name(),
                        sweep.design().size(), sweep.replications(), dir);
                sweep.run();
            }
        } catch (IllegalStateException e) {
            err().println(spec.qualifiedName() + ": " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        ExperimentOptions.saveExperimentFile(target, dir, spec.commandLine().getParseResult());
        return reportDir(dir, out != null ? out : dir.resolve("report"));
    }

    private Integer defaultComparison() throws IOException {
        int reps = replications == null ? 30 : replications;
        checkReplications(reps);
        int workers = workers(threads);
        Path dir = out != null ? out : Path.of("out", "report");
        checkOutDir(dir);
        Sector chosen = sector == null ? null : Sector.find(sector).orElseThrow(() -> new SpecException("--sector",
                sector, "must be one of " + PresetNames.SECTORS + PresetNames.suggestion(sector,
                        Sector.all().stream().map(Sector::name).toList())));
        List<Preset> presets = new ArrayList<>();
        for (Preset p : chosen == null ? Presets.builtIn().quadrants() : Presets.builtIn().quadrants(chosen)) {
            presets.add(new Preset(p.name(), p.description(), Overrides.apply(p.spec(), null, steps, agents,
                    Map.of())));
        }
        ScenarioSpec base = chosen == null ? Presets.defaultOrganization(0.5, 0.5).name("grid").build()
                : presets.get(0).spec().toBuilder().name("grid").build();
        base = Overrides.apply(base, null, chosen == null ? steps : null, chosen == null ? agents : null, Map.of());
        ReportSettings settings = ReportSettings.defaults().withMasterSeed(seed == null ? 1 : seed)
                .withReplications(reps).withThreads(workers);
        status().printf(Locale.ROOT, "running the %s comparison: 4 scenarios x %d replications, a lever grid "
                        + "and a fixed-budget curve on %d thread%s...%n", chosen == null ? "default" : chosen.name(),
                reps, workers, workers == 1 ? "" : "s");
        long start = System.nanoTime();
        ReportInput input;
        try (Progress bar = progress().start("report", ReportInput.runs(presets, settings), 0)) {
            input = ReportInput.run(presets, base, settings, bar);
        }
        status().printf(Locale.ROOT, "ran in %.1f s%n", (System.nanoTime() - start) / 1e9);

        List<ScenarioRuns> scenarios = input.scenarios();
        io.orgsim.core.experiment.Estimate[][] stats = CompareCommand.table(scenarios.stream()
                .map(sc -> sc.runs().stream().map(RunResult::summaries).toList()).toList());
        List<io.orgsim.core.Summary> rows = new ArrayList<>(CompareCommand.TABLE);
        Map<io.orgsim.core.Summary, String> meanings = CompareCommand.resilienceMeanings(presets.get(0).spec());
        if (chosen != null) {
            for (Sector.Measure m : chosen.measures()) {
                if (!rows.contains(m.summary())) {
                    rows.add(m.summary());
                }
                meanings.merge(m.summary(), m.meaning(), (a, b) -> b + ", " + a);
            }
        }
        CompareCommand.printTable(scenarios.stream().map(ScenarioRuns::name).toList(), stats, rows, meanings, out());
        Path index = ReportWriter.write(dir, input, Main.Version.number(), today());
        out().println();
        out().println("report: " + index.toAbsolutePath().normalize());
        return 0;
    }

    private static String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }
}
