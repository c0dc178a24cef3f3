// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgsim.core.Param;
import io.orgsim.scenarios.behaviour.Arm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AblateCommandTest {

    @TempDir
    Path tmp;

    private Path file(String body) throws IOException {
        Path f = tmp.resolve("abl.yaml");
        Files.writeString(f, body);
        return f;
    }

    @Test
    void ablateWritesTheTablesOfAnAblationFile() throws IOException {
        Path f = file("""
                ablation:
                  arms:
                    no-safety: {leadership.safety: 0}
                  behaviours: [4]
                  agents: 30
                replications: 3
                """);
        Path out = tmp.resolve("out");
        Cli c = Cli.run("ablate", f.toString(), "--threads", "2", "--out", out.toString());
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(c.err()).contains("arm 1/2 baseline").contains("arm 2/2 no-safety");
        assertThat(c.out()).contains("| behaviour | baseline | no-safety | fails without |");
        assertThat(Files.readAllLines(out.resolve("ablation.csv"))).hasSize(3);
        assertThat(out.resolve("ablation.md")).exists();
        assertThat(out.resolve("ablation-claims.csv")).exists();
    }

    @Test
    void badOptionsAndFilesGetOneLineNamingTheField() throws IOException {
        Path f = file("ablation:\n  arms:\n    bad: {leadership.safty: 0}\n");
        Cli c = Cli.run("ablate", f.toString());
        assertThat(c.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(c.err().strip()).doesNotContain("\n").contains("ablation.arms.bad.leadership.safty")
                .contains("did you mean leadership.safety");

        Path good = file("ablation:\n  arms:\n    a: {leadership.safety: 0}\n");
        for (String[] args : new String[][] {{"--replications", "1"}, {"--behaviours", "7"}, {"--agents", "3"},
                {"--threads", "0"}}) {
            Cli bad = Cli.run("ablate", good.toString(), args[0], args[1], "--out", tmp.resolve("never").toString());
            assertThat(bad.exitCode()).as(bad.err()).isEqualTo(Main.EXIT_USAGE);
            assertThat(bad.err().strip()).doesNotContain("\n").contains(args[0]);
        }
        assertThat(tmp.resolve("never")).doesNotExist();
    }

    @Test
    void withoutAFileTheArmsAreTheModelsMechanismsEachSwitchedOffAlone() {
        // what `orgsim ablate` runs without a file (running all 19 arms is the docs' job, not a test's)
        List<String> switches = Arrays.stream(Param.values()).filter(Param::isMechanismSwitch).map(Param::key).toList();
        List<Arm> arms = Arm.mechanisms();
        assertThat(switches).isNotEmpty();
        assertThat(arms).extracting(a -> a.overrides().keySet()).allSatisfy(keys -> assertThat(keys).hasSize(1));
        assertThat(arms).extracting(a -> a.overrides().keySet().iterator().next()).containsExactlyElementsOf(switches);
        assertThat(arms).allSatisfy(a -> assertThat(a.overrides().values()).containsOnly(0.0));
    }
}
