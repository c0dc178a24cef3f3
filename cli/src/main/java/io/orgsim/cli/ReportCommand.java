// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import io.orgsim.core.RunResult;
import io.orgsim.core.SpecException;
import io.orgsim.viz.ReportInput;
import io.orgsim.viz.ReportSettings;
import io.orgsim.viz.ReportWriter;
import io.orgsim.viz.ScenarioRuns;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code orgsim report}: the main job. Runs the default comparison (the four quadrants, seeded
 * replications), prints the same table as {@code compare}, and writes an offline HTML report
 * with its charts.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Runs the default comparison (the four leadership/management quadrants x R seeded "
                + "replications, a leadership x management grid and a fixed-budget curve), prints the table "
                + "of key summaries with 95%% confidence intervals, and writes DIR/index.html with charts "
                + "(PNG and SVG), tables, seeds and parameters. The report opens offline.",
                "With the same --seed and --replications, the table equals the one 'orgsim compare' prints."})
final class ReportCommand extends BaseCommand {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out/report",
            description = "where to write the report; created if needed (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = {"-r", "--replications"}, paramLabel = "R", defaultValue = "30",
            description = "replications per scenario, in [2, " + MAX_REPLICATIONS
                    + "] (default: ${DEFAULT-VALUE})")
    int replications;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "master seed, any whole number (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--threads", paramLabel = "N",
            description = "worker threads, in [1, " + MAX_THREADS + "] (default: available processors)")
    Integer threads;

    @Override
    public Integer call() throws IOException {
        checkReplications(replications);
        int workers = workers(threads);
        checkOutDir(out);
        ReportSettings settings = ReportSettings.defaults().withMasterSeed(seed).withReplications(replications)
                .withThreads(workers);
        err().printf(Locale.ROOT, "running the default comparison: 4 scenarios x %d replications, a lever grid "
                + "and a fixed-budget curve on %d thread%s...%n", replications, workers, workers == 1 ? "" : "s");
        long start = System.nanoTime();
        ReportInput input = ReportInput.defaultComparison(settings);
        err().printf(Locale.ROOT, "ran in %.1f s%n", (System.nanoTime() - start) / 1e9);

        List<ScenarioRuns> scenarios = input.scenarios();
        Stats[][] stats = Stats.table(scenarios.stream()
                .map(sc -> sc.runs().stream().map(RunResult::summaries).toList()).toList());
        CompareCommand.printTable(scenarios.stream().map(ScenarioRuns::name).toList(), stats, out());
        Path index = ReportWriter.write(out, input);
        out().println();
        out().println("report: " + index.toAbsolutePath().normalize());
        return 0;
    }
}
