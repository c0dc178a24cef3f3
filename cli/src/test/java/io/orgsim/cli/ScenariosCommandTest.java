// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgsim.scenarios.Preset;
import io.orgsim.scenarios.Presets;
import io.orgsim.scenarios.file.ExperimentFile;
import io.orgsim.scenarios.file.ExperimentFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenariosCommandTest {

    @TempDir
    Path tmp;

    @Test
    void listsEveryPresetWithItsDescriptionAligned() {
        Cli cli = Cli.run("scenarios");

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        List<Preset> all = Presets.builtIn().all();
        List<String> lines = cli.out().lines().toList();
        assertThat(lines).hasSize(all.size());
        int column = all.stream().mapToInt(p -> p.name().length()).max().orElseThrow() + 2;
        for (int i = 0; i < all.size(); i++) {
            Preset p = all.get(i);
            assertThat(lines.get(i)).startsWith(p.name() + " ").endsWith(p.description());
            assertThat(lines.get(i).substring(column)).isEqualTo(p.description());
        }
    }

    @Test
    void showPrintsAFileThatLoadsToThePresetAndRuns() throws IOException {
        Preset preset = Presets.builtIn().get("healthcare-balanced");
        Cli cli = Cli.run("scenarios", "show", preset.name());

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.err()).isEmpty();
        Path file = tmp.resolve("h.yaml");
        Files.writeString(file, cli.out());
        ExperimentFile f = ExperimentFiles.load(file);
        assertThat(f.base()).isEqualTo(preset.spec());

        Path small = tmp.resolve("small.yaml");
        Files.writeString(small, cli.out().replace("org.agents: 300", "org.agents: 30")
                .replace("run.steps: 520", "run.steps: 40").replaceAll("week: \\d+", "week: 20"));
        Cli sweep = Cli.run("sweep", small.toString(), "--threads", "1", "--out", tmp.resolve("out").toString());
        assertThat(sweep.exitCode()).as(sweep.err()).isZero();
        assertThat(Files.readAllLines(tmp.resolve("out/results.csv"))).hasSize(2);
    }

    @Test
    void shocksListsEveryShockTypeOfTheRegistry() {
        Cli cli = Cli.run("scenarios", "shocks");

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out().lines().toList()).isEqualTo(io.orgsim.scenarios.file.ShockTypes.describe())
                .hasSize(5).anySatisfy(line -> assertThat(line).startsWith("pivot: "));
    }

    @Test
    void anUnknownNameExitsWithCode2AndTheNames() {
        Cli cli = Cli.run("scenarios", "show", "balance");

        assertThat(cli.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err().lines()).hasSize(1);
        assertThat(cli.err()).startsWith("orgsim scenarios show: \"balance\" is not a preset (did you mean balanced?); presets: ");
        for (Preset p : Presets.builtIn().all()) {
            assertThat(cli.err()).contains(p.name());
        }
    }
}
