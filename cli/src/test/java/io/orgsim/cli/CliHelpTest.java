// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A command line that helps: suggestions, plain errors, one line per failure, tidy help. */
class CliHelpTest {

    @Test
    void misspeltCommandsPresetsAndKeysGetADidYouMean() {
        assertThat(Cli.run("runn").err()).contains("unknown command 'runn' (did you mean run?)");
        assertThat(Cli.run("run", "balnced").err()).contains("is not a preset (did you mean balanced?)");
        assertThat(Cli.run("run", "balanced", "--set", "leadership.vison=0.5").err())
                .contains("leadership.vison: is not a parameter (did you mean leadership.vision?)");
        assertThat(Cli.run("compare", "--sector", "helthcare").err()).contains("(did you mean healthcare?)");
        assertThat(Cli.run("report", "--sectr", "x").err()).contains("unknown option '--sectr' (did you mean --sector?)");
    }

    @Test
    void typeErrorsAreInPlainWords() {
        Cli cli = Cli.run("run", "balanced", "--set", "leadership.vision=high");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("'high' is not a number").doesNotContain("double");
        assertThat(Cli.run("compare", "-r", "ten").err()).contains("'ten' is not a whole number");
    }

    @Test
    void anOutputDirectoryThatCannotBeMadeIsOneLineNamingIt() {
        Cli cli = Cli.run("run", "balanced", "--steps", "20", "--agents", "20", "--out", "/proc/orgsim-x");
        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.err().strip()).contains("/proc/orgsim-x").doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void theTopLevelHelpHasOneLinePerCommand() {
        Cli cli = Cli.run("--help");
        List<String> lines = cli.out().lines().toList();
        int from = lines.indexOf("Commands:");
        for (String command : List.of("run", "compare", "report", "dashboard", "sweep", "sensitivity", "scenarios",
                "validate", "help", "generate-completion")) {
            assertThat(lines.subList(from, lines.size())).as(command).anyMatch(l -> l.startsWith("  " + command + " "));
        }
        for (String l : lines) {
            assertThat(l.length()).as(l).isLessThanOrEqualTo(80);
            assertThat(l).as("no wrapped continuation line").doesNotStartWith("                       ");
        }
        assertThat(Cli.run("generate-completion").out()).contains("complete -F");
    }

    @Test
    void quietMeansNothingOnStandardError() {
        Cli cli = Cli.run("compare", "-r", "2", "--steps", "20", "--agents", "20", "--quiet");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.err()).isEmpty();
        assertThat(Cli.run("compare", "-r", "2", "--steps", "20", "--agents", "20").err()).contains("runs in");
    }
}
