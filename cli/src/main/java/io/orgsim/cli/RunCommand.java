// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import io.orgsim.core.AnalysisWindows;
import io.orgsim.core.CheckpointException;
import io.orgsim.core.Checkpoints;
import io.orgsim.core.RunResult;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.ShockResilience;
import io.orgsim.core.Simulation;
import io.orgsim.core.SpecException;
import io.orgsim.core.Summaries;
import io.orgsim.core.Summary;
import io.orgsim.core.io.AtomicFiles;
import io.orgsim.core.io.ResultFiles;
import io.orgsim.scenarios.Presets;
import io.orgsim.scenarios.file.ExperimentFiles;
import io.orgsim.scenarios.file.ScenarioFileException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code orgsim run}: one preset, one seed; writes its time series and summary. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Runs one scenario (a preset or a scenario file) and writes DIR/series.csv (one row per week, one column per "
                + "metric) and DIR/summary.json (parameters, shocks, summaries, resilience)."})
final class RunCommand extends BaseCommand {

    @Parameters(paramLabel = "<scenario>", completionCandidates = PresetNames.class,
            description = "the preset to run, one of: ${COMPLETION-CANDIDATES} (see 'orgsim scenarios'); or a "
                    + "scenario file (.yaml or .yml) whose base scenario is run, for example one written by "
                    + "'orgsim scenarios show NAME'")
    String scenario;

    @Option(names = "--seed", paramLabel = "N",
            description = "seed of the run, any whole number (default: the preset's, 1)")
    Long seed;

    @Option(names = "--steps", paramLabel = "N",
            description = "horizon in weeks, in [1, 1000000] (default: the preset's, 520); shock weeks move "
                    + "in proportion, so a pivot halfway through stays halfway through")
    Integer steps;

    @Option(names = "--agents", paramLabel = "N",
            description = "number of agents, in [10, 50000000] (default: the preset's, 300)")
    Integer agents;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "any other parameter by its documented name, e.g. --set leadership.vision=0.6; "
                    + "repeatable (ranges: see docs/MODEL.md or the error message)")
    Map<String, Double> params = new LinkedHashMap<>();

    @Option(names = "--out", paramLabel = "DIR",
            description = "output directory, created if needed (default: out/<scenario>)")
    Path out;

    @Option(names = "--threads", paramLabel = "N",
            description = "threads that step each week of this run, in [1, " + MAX_THREADS + "] (default: 1 below "
                    + Simulation.PARALLEL_AGENTS + " agents, where handing out work costs more than it saves, else the available "
                    + "processors); the results are bit-identical whatever N")
    Integer threads;

    @Option(names = "--checkpoint-every", paramLabel = "N",
            description = "every N weeks, save the run to DIR/checkpoint.ckpt (replaced atomically), so that "
                    + "--resume can continue it after a crash; N in [1, 1000000]")
    Integer checkpointEvery;

    @Option(names = "--resume", paramLabel = "FILE",
            description = "continue the run saved in a checkpoint file; give the same scenario and options it was "
                    + "started with (a checkpoint of another scenario is refused)")
    Path resume;

    @Override
    public Integer call() throws IOException {
        ScenarioSpec base;
        if (scenario.endsWith(".yaml") || scenario.endsWith(".yml")) {
            try {
                base = ExperimentFiles.load(Path.of(scenario)).base();
            } catch (ScenarioFileException e) {
                err().println(this.spec.qualifiedName() + ": " + e.getMessage());
                return Main.EXIT_USAGE;
            }
        } else {
            base = PresetNames.get(scenario).spec();
        }
        ScenarioSpec spec = Overrides.apply(base, seed, steps, agents, params);
        Path dir = out != null ? out : Path.of("out", spec.name());
        checkOutDir(dir);

        if (checkpointEvery != null && (checkpointEvery < 1 || checkpointEvery > 1_000_000)) {
            throw new SpecException("--checkpoint-every", checkpointEvery.toString(), "must be in [1, 1000000]");
        }
        int weekThreads = threads == null ? Simulation.defaultThreads(spec.agents()) : workers(threads);
        RunResult result = run(spec, dir, weekThreads);

        Path series = dir.resolve("series.csv");
        Path summary = dir.resolve("summary.json");
        AtomicFiles.writeText(series, w -> ResultFiles.seriesCsv(result, w));
        AtomicFiles.writeText(summary, w -> ResultFiles.summaryJson(result, Main.Version.number(), w));
        report(result, out());
        out().println("wrote " + series + " and " + summary);
        return 0;
    }

    /** Runs the spec, from a checkpoint if asked, saving checkpoints if asked. */
    private RunResult run(ScenarioSpec spec, Path dir, int weekThreads) throws IOException {
        Simulation sim;
        if (resume != null) {
            if (resume.toString().isBlank() || java.nio.file.Files.isDirectory(resume)) {
                throw new SpecException("--resume", "'" + resume + "'", "must be a checkpoint file, e.g. DIR/"
                        + CHECKPOINT + (resume.toString().isBlank() ? "" : "; this is a directory"));
            }
            try {
                sim = Checkpoints.resume(resume, spec, weekThreads);
            } catch (CheckpointException e) {
                String why = e.getMessage();
                throw new SpecException("--resume", resume.toString(),
                        why.startsWith(resume + " ") ? why.substring(resume.toString().length() + 1) : why);
            }
            status().println("resumed at week " + sim.week() + " of " + spec.steps() + " from " + resume);
        } else {
            sim = new Simulation(spec, weekThreads);
        }
        Path checkpoint = dir.resolve(CHECKPOINT);
        try (io.orgsim.core.experiment.Progress bar = progress("weeks").start(spec.name(), spec.steps(), sim.week())) {
            while (!sim.isDone()) {
                sim.step();
                bar.advance();
                if (checkpointEvery != null && sim.week() % checkpointEvery == 0 && !sim.isDone()) {
                    Checkpoints.write(sim, checkpoint);
                }
            }
        }
        return sim.result();
    }

    /** The checkpoint file that {@code --checkpoint-every} writes in the output directory. */
    static final String CHECKPOINT = "checkpoint.ckpt";

    /** Prints a few lines a person can read. */
    static void report(RunResult result, PrintWriter out) {
        ScenarioSpec spec = result.spec();
        Summaries s = result.summaries();
        out.printf(Locale.ROOT, "%s: %d agents, %d weeks, seed %d%n", spec.name(), spec.agents(), spec.steps(),
                spec.seed());
        out.printf(Locale.ROOT, "  cumulative output %.1f (weekly mean %.2f, fluctuation cv %.3f)%n",
                s.get(Summary.CUMULATIVE_OUTPUT), s.get(Summary.MEAN_OUTPUT), s.get(Summary.OUTPUT_CV));
        out.printf(Locale.ROOT, "  engagement %.3f (first %d weeks %.3f, last %d weeks %.3f), frustration %.3f%n",
                s.get(Summary.ENGAGEMENT), AnalysisWindows.EARLY_WEEKS, s.get(Summary.EARLY_ENGAGEMENT),
                AnalysisWindows.LATE_WEEKS, s.get(Summary.LATE_ENGAGEMENT), s.get(Summary.FRUSTRATION));
        out.printf(Locale.ROOT, "  waste %.1f%%, overhead %.1f%%, innovations %.0f, errors %.0f, turnover %.1f%%/year%n",
                100 * s.get(Summary.WASTE_SHARE), 100 * s.get(Summary.OVERHEAD_SHARE), s.get(Summary.INNOVATIONS),
                s.get(Summary.ERRORS), 100 * s.get(Summary.TURNOVER_RATE));
        for (ShockResilience r : result.resilience()) {
            out.printf(Locale.ROOT, "  %s at week %d: output fell %.1f%%, %s after %d weeks (%.2f weeks of output lost)%n",
                    r.shock(), r.week(), 100 * r.depth(), r.recovered() ? "recovered" : "not recovered",
                    r.recoveryWeeks(), r.areaLost());
        }
    }
}
