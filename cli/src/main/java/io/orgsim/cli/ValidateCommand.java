// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import io.orgsim.core.io.AtomicFiles;
import io.orgsim.core.SpecException;
import io.orgsim.scenarios.validation.MarchCsv;
import io.orgsim.scenarios.validation.MarchFigures;
import io.orgsim.scenarios.validation.MarchFindings;
import io.orgsim.scenarios.validation.MarchMeasure;
import io.orgsim.scenarios.validation.MarchRules;
import io.orgsim.scenarios.validation.MarchStudy;
import io.orgsim.viz.MarchCharts;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code orgsim validate march1991}: reproduces figures 1 to 5 of March (1991) on the
 * engine, writes their data as CSV with 95% confidence intervals and as PNG charts (each file
 * atomically), and prints the paper's qualitative findings with their tests.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Reproduces a published model on the engine and checks its findings.",
                "march1991: March (1991), Exploration and Exploitation in Organizational Learning, figures 1-5. "
                        + "Writes DIR/figure1.csv..figure5.csv (mean, sd and 95%% CI over replications per point, "
                        + "knowledge as share and as score), DIR/figure1.png..figure5.png (on --measure) and "
                        + "DIR/findings.txt (on both measures). See docs/VALIDATION.md."},
        footer = {"", "Example:", "  orgsim validate march1991 --out out/march1991"})
final class ValidateCommand extends BaseCommand {

    static final List<String> MODELS = List.of("march1991");
    static final int MAX_REPLICATIONS = 100_000;
    static final int MAX_THREADS = 1_024;

    @Parameters(index = "0", paramLabel = "MODEL", description = "the model to validate: ${COMPLETION-CANDIDATES}",
            completionCandidates = Models.class)
    String model;

    @Option(names = {"-r", "--replications"}, paramLabel = "N", defaultValue = "80",
            description = "replications per point, in [2, " + MAX_REPLICATIONS + "] (default: ${DEFAULT-VALUE}, "
                    + "as in the paper)")
    int replications;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out/march1991",
            description = "output directory, created if needed (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--threads", paramLabel = "N",
            description = "worker threads, in [1, " + MAX_THREADS + "] (default: available processors)")
    Integer threads;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "master seed, any whole number (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--rules", paramLabel = "RULES", defaultValue = "actions",
            description = "actions (March's program as recreated from Christensen's note: 0 beliefs act by coin flip; "
                    + "the default), original (the BASIC program as ported by Watts and Gilbert) or paper (the "
                    + "paper's text); see docs/VALIDATION.md")
    String rules;

    @Option(names = "--measure", paramLabel = "MEASURE", defaultValue = "score",
            description = "the knowledge the charts plot: score ((right - wrong) / m, as March's program reports it; "
                    + "the default) or share (of dimensions right); the CSV files carry both")
    String measure;

    /** The models picocli lists in the help. */
    static final class Models implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return MODELS.iterator();
        }
    }

    @Override
    public Integer call() throws IOException {
        if (!MODELS.contains(model)) {
            throw new SpecException("MODEL", model, "must be one of " + MODELS);
        }
        if (replications < 2 || replications > MAX_REPLICATIONS) {
            throw new SpecException("--replications", Integer.toString(replications),
                    "must be in [2, " + MAX_REPLICATIONS + "] (a confidence interval needs two runs)");
        }
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (workers < 1 || workers > MAX_THREADS) {
            throw new SpecException("--threads", Integer.toString(workers), "must be in [1, " + MAX_THREADS + "]");
        }
        MarchRules chosen = switch (rules.toLowerCase(Locale.ROOT)) {
            case "actions" -> MarchRules.ACTIONS;
            case "original" -> MarchRules.ORIGINAL;
            case "paper" -> MarchRules.PAPER;
            default -> throw new SpecException("--rules", rules, "must be actions, original or paper");
        };
        MarchMeasure plotted = switch (measure.toLowerCase(Locale.ROOT)) {
            case "score" -> MarchMeasure.SCORE;
            case "share" -> MarchMeasure.SHARE;
            default -> throw new SpecException("--measure", measure, "must be score or share");
        };
        checkOutDir(out);

        status().printf(Locale.ROOT, "March (1991), %s rules: figures 1-5, %d replications per point, seed %d, %d thread%s...%n",
                chosen.name().toLowerCase(Locale.ROOT), replications, seed, workers, workers == 1 ? "" : "s");
        long start = System.nanoTime();
        MarchFigures figures = new MarchStudy(replications, seed, workers, chosen, progress()).all();
        double runSeconds = (System.nanoTime() - start) / 1e9;
        status().printf(Locale.ROOT, "runs done in %.1f s%n", runSeconds);

        for (int f = 1; f <= MarchCsv.FILES.size(); f++) {
            int figure = f;
            AtomicFiles.writeText(out.resolve(MarchCsv.FILES.get(f - 1)), w -> MarchCsv.write(figures, figure, w));
        }
        MarchCharts.writeAll(figures, plotted, out);
        AtomicFiles.writeText(out.resolve("findings.txt"), w -> {
            PrintWriter p = new PrintWriter(w);
            printFindings(figures, p);
            p.flush();
        });
        printFindings(figures, out());
        out().printf(Locale.ROOT, "wrote %s: figure1-5.csv, figure1-5.png, findings.txt (%.1f s in all)%n", out,
                (System.nanoTime() - start) / 1e9);
        return 0;
    }

    /** Prints the findings checked on each measure of knowledge. */
    static void printFindings(MarchFigures figures, PrintWriter p) {
        for (MarchMeasure m : MarchMeasure.values()) {
            List<MarchFindings.Finding> findings = MarchFindings.all(figures, m);
            long held = findings.stream().filter(MarchFindings.Finding::holds).count();
            p.printf(Locale.ROOT, "March (1991) findings, %s rules, knowledge as %s, %d replications per point, seed %d: "
                            + "%d of %d hold (t-test, p < %s)%n", figures.rules().name().toLowerCase(Locale.ROOT),
                    m == MarchMeasure.SHARE ? "share" : "score", figures.replications(), figures.seed(), held,
                    findings.size(), MarchFindings.ALPHA);
            for (MarchFindings.Finding f : findings) {
                p.printf(Locale.ROOT, "  [%s] %s%n         %s%n", f.holds() ? "holds" : "NOT SHOWN", f.claim(),
                        f.evidence());
            }
        }
    }
}
