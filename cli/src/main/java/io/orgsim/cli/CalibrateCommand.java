// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import io.orgsim.core.Param;
import io.orgsim.core.SpecException;
import io.orgsim.core.experiment.Calibration;
import io.orgsim.core.experiment.CalibrationReport;
import io.orgsim.core.experiment.CalibrationResult;
import io.orgsim.core.experiment.Factor;
import io.orgsim.core.experiment.Population;
import io.orgsim.scenarios.file.ScenarioFileException;
import io.orgsim.scenarios.file.TargetFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code orgsim calibrate TARGETS}: fits parameters to the targets of a target file with
 * CMA-ES over a population of simulated units; resumes from OUT/evaluations.csv.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Calibration (docs/CALIBRATION.md): fits parameters to the targets of a target file "
                + "(correlations and means measured over a population of simulated units, true-score or through a "
                + "simulated survey) with CMA-ES, seeded and deterministic.",
                "Every evaluation is appended to OUT/evaluations.csv; started again, the same command resumes. "
                        + "Writes OUT/calibration-targets.csv, OUT/calibration-parameters.csv and OUT/calibration.md "
                        + "(each target with its 95%% CI at the start and after the fit; each parameter with its "
                        + "uncertainty). With --budget 0 (or no parameter to fit) it only measures the targets."},
        footer = {"", "Examples:", "  orgsim calibrate experiments/published-targets.yaml --budget 0",
                "  orgsim calibrate experiments/published-targets.yaml --fit work.baseEffort=0:1 "
                        + "--fit turnover.base=0.0005:0.01 --budget 60"})
final class CalibrateCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "TARGETS", description = "the target file (YAML)")
    Path file;

    @Option(names = "--fit", paramLabel = "KEY=MIN:MAX",
            description = "a parameter to fit and its range (repeat for several); replaces the file's fit section")
    List<String> fit;

    @Option(names = "--budget", paramLabel = "N",
            description = "most evaluations of the search, in [0, 1000000]; 0 measures only (default: the file's, else 100)")
    Integer budget;

    @Option(names = {"-r", "--replications"}, paramLabel = "R",
            description = "independent population draws for the confidence intervals, in [2, 10000] "
                    + "(default: the file's, else 10)")
    Integer replications;

    @Option(names = "--units", paramLabel = "N",
            description = "units per population draw, in [3, 1000000] (default: the file's population.units)")
    Integer units;

    @Option(names = "--threads", paramLabel = "N",
            description = "worker threads, in [1, 1024] (default: available processors)")
    Integer threads;

    @Option(names = "--seed", paramLabel = "N", description = "seed of the search (default: the file's, else 1)")
    Long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: out/NAME)")
    Path out;

    @Override
    public Integer call() throws IOException {
        Calibration calibration;
        Path dir;
        try {
            TargetFiles.TargetFile f = TargetFiles.load(file);
            Calibration.Builder b = f.calibration().threads(workers(threads));
            if (fit != null) {
                b.fit(parseFit(fit));
            }
            if (budget != null) {
                if (budget < 0 || budget > 1_000_000) {
                    throw new SpecException("--budget", Integer.toString(budget), "must be in [0, 1000000]");
                }
                b.budget(budget);
            }
            if (replications != null) {
                if (replications < 2 || replications > 10_000) {
                    throw new SpecException("--replications", Integer.toString(replications), "must be in [2, 10000]");
                }
                b.replications(replications);
            }
            if (units != null) {
                if (units < 3 || units > 1_000_000) {
                    throw new SpecException("--units", Integer.toString(units), "must be in [3, 1000000]");
                }
                Population p = f.population();
                b.population(new Population(p.base(), units, p.sampled(), p.subLeverSpread(), p.seed()));
            }
            if (seed != null) {
                b.seed(seed);
            }
            dir = out != null ? out : Path.of("out", f.name());
            checkOutDir(dir);
            int[] shown = {0};
            b.log(dir.resolve(CalibrationReport.LOG)).listener(e -> {
                shown[0]++;
                err().printf(Locale.ROOT, "calibrate: %-8s %4d  objective %10.4g  best %10.4g%s  %s%n", e.phase(),
                        e.number(), e.objective(), e.best(), e.cached() ? " (not simulated: in the log)" : "",
                        Arrays.toString(e.params()));
            });
            calibration = b.build();
        } catch (ScenarioFileException e) {
            err().println(spec.qualifiedName() + ": " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        err().printf(Locale.ROOT, "calibrate: %d targets, %d parameters, budget %d, at most %d evaluations -> %s%n",
                calibration.targets().size(), calibration.fit().size(), calibration.budget(),
                calibration.maxEvaluations(), dir);
        CalibrationResult r;
        try {
            r = calibration.run();
        } catch (IllegalStateException e) {
            err().println(spec.qualifiedName() + ": " + e.getMessage());
            return Main.EXIT_USAGE;
        } catch (UncheckedIOException e) {
            err().println(spec.qualifiedName() + ": " + e.getMessage() + ": " + e.getCause().getMessage());
            return Main.EXIT_FAILURE;
        }
        String command = "orgsim " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        List<Path> files = CalibrationReport.write(dir, r, command);
        ExperimentOptions.saveExperimentFile(file, dir, spec.commandLine().getParseResult()); // for orgsim report
        out().print(CalibrationReport.markdown(r, command));
        out().printf(Locale.ROOT, "%d evaluations (%d answered from the log or a repeat, not simulated)%n",
                r.evaluations(), r.cached());
        for (Path p : files) {
            out().println("wrote " + p);
        }
        out().println("log " + dir.resolve(CalibrationReport.LOG));
        return 0;
    }

    /** Reads {@code KEY=MIN:MAX}. */
    static List<Factor> parseFit(List<String> specs) {
        List<Factor> factors = new ArrayList<>();
        for (String s : specs) {
            String[] kv = s.split("=", 2);
            String[] range = kv.length == 2 ? kv[1].split(":", 2) : new String[0];
            if (range.length != 2) {
                throw new SpecException("--fit", s, "must be KEY=MIN:MAX, for example work.baseEffort=0:1");
            }
            Param p = Param.byKey(kv[0]).orElseThrow(() -> new SpecException("--fit", s, kv[0]
                    + " is not a parameter; the names are listed in docs/MODEL.md"));
            double lo;
            double hi;
            try {
                lo = Double.parseDouble(range[0]);
                hi = Double.parseDouble(range[1]);
            } catch (NumberFormatException e) {
                throw new SpecException("--fit", s, "MIN and MAX must be numbers");
            }
            if (!(lo >= p.min() && hi <= p.max() && lo < hi)) {
                throw new SpecException("--fit", s, "must have MIN < MAX inside " + p.key() + "'s " + p.rangeText());
            }
            factors.add(Factor.range(p.key(), lo, hi));
        }
        return factors;
    }
}
