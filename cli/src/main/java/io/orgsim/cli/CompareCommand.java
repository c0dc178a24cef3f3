// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.SpecException;
import io.orgsim.core.Summaries;
import io.orgsim.core.Summary;
import io.orgsim.core.experiment.Estimate;
import io.orgsim.core.experiment.Progress;
import io.orgsim.core.experiment.Replications;
import io.orgsim.core.experiment.Seeds;
import io.orgsim.core.experiment.Statistics;
import io.orgsim.scenarios.Preset;
import io.orgsim.scenarios.Presets;
import io.orgsim.scenarios.Sector;
import io.orgsim.viz.ComparisonFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code orgsim compare}: the four leadership/management quadrants, each replicated with
 * seeds from {@link Seeds#runSeed}, run in parallel; prints mean and 95% confidence
 * half-width of the key summaries. Results are collected by index, so they are identical
 * whatever the number of threads.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Runs the four leadership/management quadrants (balanced, too-much-leadership, "
                + "too-much-management, neither) with R seeded replications each and prints the key "
                + "summaries as mean ± 95%% confidence half-width (Student t).",
                "Replication r of every scenario runs with seed Seeds.runSeed(master, 0, r) "
                        + "(the experiment layer's rule, docs/EXPERIMENTS.md): the scenarios are compared on the same "
                        + "organizations (common random numbers), and results do not depend on --threads."})
final class CompareCommand extends BaseCommand {

    /** The summaries in the printed table, in order. */
    static final List<Summary> TABLE = List.of(Summary.CUMULATIVE_OUTPUT, Summary.OUTPUT_CV, Summary.ENGAGEMENT,
            Summary.EARLY_ENGAGEMENT, Summary.LATE_ENGAGEMENT, Summary.FRUSTRATION, Summary.WASTE_SHARE,
            Summary.INNOVATIONS, Summary.ERRORS, Summary.RESILIENCE_LOSS, Summary.RECOVERY_WEEKS);

    @Option(names = {"-r", "--replications"}, paramLabel = "R", defaultValue = "30",
            description = "replications per scenario, in [2, " + MAX_REPLICATIONS + "] (default: ${DEFAULT-VALUE})")
    int replications;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "master seed, any whole number (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--threads", paramLabel = "N",
            description = "worker threads, in [1, " + MAX_THREADS + "] (default: available processors)")
    Integer threads;

    @Option(names = "--steps", paramLabel = "N",
            description = "horizon in weeks, in [1, 1000000] (default: the presets', 520); shock weeks move "
                    + "in proportion")
    Integer steps;

    @Option(names = "--agents", paramLabel = "N",
            description = "number of agents, in [10, 50000000] (default: the presets', 300)")
    Integer agents;

    @Option(names = "--sector", paramLabel = "NAME",
            description = "compare the four quadrants of a sector instead: healthcare, education, technology or "
                    + "pharmaceuticals (docs/SCENARIOS.md); adds the sector's own measures to the table")
    String sector;

    @Option(names = "--out", paramLabel = "DIR",
            description = "also write DIR/results.csv (one row per run), DIR/summary.csv (n, mean, sd and 95%% CI "
                    + "per scenario and summary, long form), DIR/differences.csv (each scenario minus the first, "
                    + "paired over the common seeds) and DIR/scenarios/NAME.yaml (docs/OUTPUTS.md); created if "
                    + "needed (default: none)")
    Path out;

    @Option(names = "--series", description = "with --out, also write DIR/series.csv: every run's weeks, long form")
    boolean series;

    @Override
    public Integer call() throws IOException, InterruptedException {
        checkReplications(replications);
        int workers = workers(threads);
        Sector chosen = sector == null ? null : Sector.find(sector).orElseThrow(() -> new SpecException("--sector",
                sector, "must be one of " + String.join(", ", Sector.all().stream().map(Sector::name).toList())
                + PresetNames.suggestion(sector, Sector.all().stream().map(Sector::name).toList())));
        List<Preset> presets = chosen == null ? Presets.builtIn().quadrants() : Presets.builtIn().quadrants(chosen);
        List<String> names = presets.stream().map(Preset::name).toList();
        List<ScenarioSpec> specs = new ArrayList<>();
        for (Preset p : presets) {
            specs.add(Overrides.apply(p.spec(), null, steps, agents, Map.of()));
        }
        if (out != null) {
            checkOutDir(out);
        }

        ScenarioSpec first = specs.get(0);
        status().printf(Locale.ROOT, "running %d scenarios x %d replications (%d weeks, %d agents) on %d thread%s...%n",
                presets.size(), replications, first.steps(), first.agents(), workers, workers == 1 ? "" : "s");
        long start = System.nanoTime();
        List<List<ComparisonFiles.Run>> results;
        try (Progress bar = progress().start("compare", (long) presets.size() * replications, 0)) {
            results = Replications.runPaired(specs, replications, seed, workers, r -> ComparisonFiles.Run.of(r, series), bar);
        }
        status().printf(Locale.ROOT, "%d runs in %.1f s%n", presets.size() * replications,
                (System.nanoTime() - start) / 1e9);
        List<List<Summaries>> runs = results.stream().map(l -> l.stream().map(ComparisonFiles.Run::summaries).toList()).toList();

        Estimate[][] stats = table(runs);
        List<Summary> rows = new ArrayList<>(TABLE);
        Map<Summary, String> meanings = resilienceMeanings(first);
        if (chosen != null) {
            for (Sector.Measure m : chosen.measures()) {
                if (!rows.contains(m.summary())) {
                    rows.add(m.summary());
                }
                meanings.merge(m.summary(), m.meaning(), (a, b) -> b + ", " + a);
            }
        }
        printTable(names, stats, rows, meanings, out());
        if (out != null) {
            ComparisonFiles.write(out, names, specs, results, series);
            out().println("wrote " + out.resolve(ComparisonFiles.RESULTS) + ", " + out.resolve(ComparisonFiles.SUMMARY)
                    + ", " + out.resolve(io.orgsim.core.experiment.PairedDifferences.FILE)
                    + (series ? ", " + out.resolve(ComparisonFiles.SERIES) : "") + " and " + out.resolve("scenarios"));
        }
        return 0;
    }

    /**
     * @param spec a scenario
     * @return the labels of its recovery and depth summaries: the shock they read
     */
    static Map<Summary, String> resilienceMeanings(ScenarioSpec spec) {
        Map<Summary, String> meanings = new java.util.EnumMap<>(Summary.class);
        resilienceLabel(spec).ifPresent(label -> {
            meanings.put(Summary.RECOVERY_WEEKS, label);
            meanings.put(Summary.SHOCK_DEPTH, label);
        });
        return meanings;
    }

    /**
     * @param spec a scenario
     * @return "after the crisis at week 260": the shock its recovery and depth summaries read
     */
    static java.util.Optional<String> resilienceLabel(ScenarioSpec spec) {
        return spec.resilienceShock().map(s -> "after the " + s.shock().name() + " at week " + s.week());
    }

    /**
     * Decimals for one row: by the size of the means (0 from 1000 up, 1 from 100, 2 from 1,
     * else 3), or more so that every half-width shows its first significant digit, up to 6.
     */
    /**
     * @param runs per scenario, the summaries of its replications
     * @return per scenario, the estimate of every {@link Summary} (indexed by its ordinal) at
     *     {@link Statistics#DEFAULT_LEVEL}, as summary.csv and the report give it
     */
    static Estimate[][] table(List<List<Summaries>> runs) {
        Estimate[][] stats = new Estimate[runs.size()][Summary.values().length];
        for (int i = 0; i < runs.size(); i++) {
            for (Summary s : Summary.values()) {
                stats[i][s.ordinal()] = Statistics.describe(runs.get(i).stream().mapToDouble(x -> x.get(s)).toArray(),
                        Statistics.DEFAULT_LEVEL);
            }
        }
        return stats;
    }

    private static int decimals(Estimate[][] stats, Summary s) {
        double largest = 0;
        int decimals = 0;
        double scale = percent(s) ? 100 : 1;
        for (Estimate[] scenario : stats) {
            Estimate st = scenario[s.ordinal()];
            largest = Math.max(largest, Math.abs(st.mean() * scale));
            double half = st.halfWidth() * scale;
            if (half > 0 && Double.isFinite(half)) {
                decimals = Math.max(decimals, (int) Math.ceil(-Math.log10(half)));
            }
        }
        int bySize = largest >= 1000 ? 0 : largest >= 100 ? 1 : largest >= 1 ? 2 : 3;
        return Math.min(6, Math.max(bySize, decimals));
    }

    /** @return whether the report shows the summary in percent (so the console does too) */
    static boolean percent(Summary s) {
        return io.orgsim.viz.Labels.of(s).scale() == 100;
    }

    /** Prints one row per summary in {@link #TABLE}, one column per scenario. */
    static void printTable(List<String> names, Estimate[][] stats, PrintWriter out) {
        printTable(names, stats, TABLE, Map.of(), out);
    }

    /**
     * Prints one row per summary, one column per scenario.
     *
     * @param rows the summaries, in order
     * @param meanings a label to show beside some summaries' keys, for example a sector's meaning
     */
    static void printTable(List<String> names, Estimate[][] stats, List<Summary> rows, Map<Summary, String> meanings,
                           PrintWriter out) {
        int n = stats[0][0].n();
        out.printf(Locale.ROOT, "mean ± 95%% CI half-width (Student t, %d df) over %d replications%n%n", n - 1, n);
        String[][] cells = new String[rows.size() + 1][names.size() + 1];
        cells[0][0] = "metric";
        for (int i = 0; i < names.size(); i++) {
            cells[0][i + 1] = names.get(i);
        }
        for (int row = 0; row < rows.size(); row++) {
            Summary s = rows.get(row);
            int decimals = decimals(stats, s);
            String key = percent(s) ? s.key() + " (%)" : s.key();
            cells[row + 1][0] = meanings.containsKey(s) ? key + " (" + meanings.get(s) + ")" : key;
            double scale = percent(s) ? 100 : 1;
            for (int i = 0; i < names.size(); i++) {
                Estimate st = stats[i][s.ordinal()];
                cells[row + 1][i + 1] = String.format(Locale.ROOT, "%." + decimals + "f ± %." + decimals + "f",
                        st.mean() * scale, st.halfWidth() * scale);
            }
        }
        int[] widths = new int[names.size() + 1];
        for (String[] line : cells) {
            for (int c = 0; c < line.length; c++) {
                widths[c] = Math.max(widths[c], line[c].length());
            }
        }
        for (String[] line : cells) {
            StringBuilder b = new StringBuilder();
            for (int c = 0; c < line.length; c++) {
                String pad = " ".repeat(widths[c] - line[c].length());
                b.append(c == 0 ? line[c] + pad : pad + line[c]).append(c < line.length - 1 ? "   " : "");
            }
            out.println(b.toString().stripTrailing());
        }
    }
}
