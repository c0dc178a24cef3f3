// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import io.orgsim.core.Param;
import io.orgsim.core.SpecException;
import io.orgsim.scenarios.behaviour.Ablation;
import io.orgsim.scenarios.behaviour.AblationReport;
import io.orgsim.scenarios.behaviour.Arm;
import io.orgsim.scenarios.behaviour.Behaviour;
import io.orgsim.scenarios.behaviour.BehaviourCatalog;
import io.orgsim.scenarios.file.AblationFiles;
import io.orgsim.scenarios.file.ScenarioFileException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code orgsim ablate [FILE]}: the behaviours of the brief on the model as it is, then with
 * each arm (by default each mechanism.* parameter at 0) in turn; writes OUT/ablation.csv,
 * OUT/ablation-claims.csv and OUT/ablation.md.
 */
@Command(name = "ablate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Ablation: evaluates behaviours 1-6 of the model brief (seeded replications on common seeds, paired "
                + "t-tests, d_z) on the baseline, then with each arm's parameters set in every "
                + "scenario: by default one arm per mechanism.* parameter, switched off (0); or the arms of an "
                + "ablation FILE (docs/EXPERIMENTS.md).",
                "Writes OUT/ablation.csv (arm, behaviour, holds, effect, ci_low, ci_high, p), "
                        + "OUT/ablation-claims.csv (every claim) and OUT/ablation.md (behaviour x arm)."},
        footer = {"", "Examples:", "  orgsim ablate --replications 20",
                "  orgsim ablate experiments/ablation-demo.yaml --threads 2"})
final class AblateCommand extends BaseCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "an ablation file (YAML) with its arms; default: one arm per mechanism.* parameter")
    Path file;

    @Option(names = {"-r", "--replications"}, paramLabel = "R",
            description = "seeded runs per scenario, in [2, 100000] (default: the file's, else 30)")
    Integer replications;

    @Option(names = "--agents", paramLabel = "N",
            description = "agents in every scenario, in [10, 50000000] (default: the file's, else the presets' 300)")
    Integer agents;

    @Option(names = "--behaviours", paramLabel = "LIST", split = ",",
            description = "the behaviours to evaluate, numbers in [1, 6] separated by commas (default: the file's, "
                    + "else all)")
    List<Integer> behaviours;

    @Option(names = "--threads", paramLabel = "N",
            description = "worker threads, in [1, 1024] (default: the file's threads, else available processors)")
    Integer threads;

    @Option(names = "--seed", paramLabel = "N", description = "master seed (default: the file's, else 2026)")
    Long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: the file's outputs.dir, "
            + "else out/NAME, out/ablation without a file)")
    Path out;

    @Override
    public Integer call() throws IOException {
        Ablation ablation;
        Path dir;
        try {
            int workers = workers(threads);
            String name = "ablation";
            Ablation base;
            if (file != null) {
                AblationFiles.AblationFile f = AblationFiles.load(file, workers);
                base = f.ablation();
                dir = f.out();
                name = f.name();
            } else {
                base = null;
                dir = Path.of("out", name);
            }
            BehaviourCatalog.Settings s = base != null ? base.settings() : BehaviourCatalog.Settings.defaults()
                    .withThreads(workers);
            if (threads != null) {
                s = s.withThreads(workers);
            }
            if (replications != null) {
                checkReplications(replications);
                s = s.withReplications(replications);
            }
            if (agents != null) {
                try {
                    Param.AGENTS.check(agents);
                } catch (SpecException e) {
                    throw new SpecException("--agents", Integer.toString(agents), "must be in "
                            + Param.AGENTS.rangeText());
                }
                s = s.withAgents(agents);
            }
            if (seed != null) {
                s = s.withSeed(seed);
            }
            Set<Behaviour> which = base != null ? base.behaviours() : EnumSet.allOf(Behaviour.class);
            if (behaviours != null) {
                which = EnumSet.noneOf(Behaviour.class);
                for (int b : behaviours) {
                    if (b < 1 || b > Behaviour.values().length) {
                        throw new SpecException("--behaviours", Integer.toString(b),
                                "must be in [1, " + Behaviour.values().length + "]");
                    }
                    which.add(Behaviour.number(b));
                }
            }
            List<Arm> arms = base != null ? base.allArms().subList(1, base.allArms().size()) : Arm.mechanisms();
            ablation = new Ablation(arms, which, s);
            if (out != null) {
                dir = out;
            }
            checkOutDir(dir);
        } catch (ScenarioFileException e) {
            err().println(spec.qualifiedName() + ": " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        int armCount = ablation.allArms().size();
        err().printf(Locale.ROOT, "ablate: %d arms (baseline + %d) x %d runs = %d runs -> %s%n", armCount,
                armCount - 1, ablation.runs() / armCount, ablation.runs(), dir);
        long start = System.nanoTime();
        int[] done = {0};
        List<Ablation.ArmResult> results = ablation.run(ConsoleProgress.factory(), r -> {
            done[0]++;
            long holding = r.verdicts().stream().filter(v -> v.holds()).count();
            err().printf(Locale.ROOT, "arm %d/%d %s: %d of %d behaviours hold (%.1f s so far)%n", done[0], armCount,
                    r.arm().name(), holding, r.verdicts().size(), (System.nanoTime() - start) / 1e9);
        });
        String command = "orgsim " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        List<Path> files = AblationReport.write(dir, ablation, results, command.trim());
        if (file != null) {
            ExperimentOptions.saveExperimentFile(file, dir, spec.commandLine().getParseResult()); // for orgsim report
        }
        out().print(AblationReport.markdown(ablation, results, command.trim()));
        for (Path p : files) {
            out().println("wrote " + p);
        }
        return 0;
    }
}
