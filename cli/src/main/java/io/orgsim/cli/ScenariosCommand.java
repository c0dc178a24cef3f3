// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import io.orgsim.scenarios.Preset;
import io.orgsim.scenarios.Presets;
import io.orgsim.scenarios.file.ScenarioWriter;
import io.orgsim.scenarios.file.ShockTypes;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code orgsim scenarios}: the catalog of built-in presets, one per line with its
 * description; {@code orgsim scenarios show NAME} prints one preset's full spec as an
 * experiment file (docs/EXPERIMENTS.md) that {@code orgsim sweep} runs as it is.
 */
@Command(name = "scenarios", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Lists every built-in preset with a one-line description.",
                "'orgsim scenarios show NAME' prints a preset's full spec in the scenario-file format;",
                "'orgsim scenarios shocks' lists the shock types a scenario file may name."},
        subcommands = {ScenariosCommand.Show.class, ScenariosCommand.Shocks.class},
        footer = {"", "Examples:", "  orgsim scenarios",
                "  orgsim scenarios show healthcare-balanced > my.yaml && orgsim sweep my.yaml"})
final class ScenariosCommand extends BaseCommand {

    @Override
    public Integer call() {
        List<Preset> all = Presets.builtIn().all();
        int width = all.stream().mapToInt(p -> p.name().length()).max().orElse(0);
        for (Preset p : all) {
            out().println(p.name() + " ".repeat(width - p.name().length()) + "  " + p.description());
        }
        return 0;
    }

    /** {@code orgsim scenarios show NAME}. */
    @Command(name = "show", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = {"Prints a preset's full spec as an experiment file: every parameter it sets, its "
                    + "shocks with their timing, its seed, and 'design: {type: single}', so that "
                    + "'orgsim sweep FILE' runs it as it is and the file is a starting point for a sweep."})
    static final class Show extends BaseCommand {

        @Parameters(paramLabel = "NAME", completionCandidates = PresetNames.class,
                description = "the preset, one of: ${COMPLETION-CANDIDATES}")
        String name;

        @Override
        public Integer call() {
            Presets presets = Presets.builtIn();
            Optional<Preset> preset = presets.find(name);
            if (preset.isEmpty()) {
                List<String> names = presets.all().stream().map(Preset::name).toList();
                err().println(spec.qualifiedName() + ": \"" + name + "\" is not a preset"
                        + PresetNames.suggestion(name, names) + "; presets: " + String.join(", ", names));
                return Main.EXIT_USAGE;
            }
            out().print(ScenarioWriter.write(preset.get().spec(), preset.get().description()));
            return 0;
        }
    }

    /** {@code orgsim scenarios shocks}. */
    @Command(name = "shocks", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = {"Lists the shock types a scenario file may name (base.shocks[].type), one per line "
                    + "with what it does and its fields, their ranges and defaults."})
    static final class Shocks extends BaseCommand {

        @Override
        public Integer call() {
            ShockTypes.describe().forEach(out()::println);
            return 0;
        }
    }
}
