// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line findings of issue 14: every failure is one line naming the option, the file or the cause. */
class IntegrityCliTest {

    @TempDir
    Path tmp;

    private Path experiment(String design) throws Exception {
        Path f = tmp.resolve("exp.yaml");
        Files.writeString(f, "base:\n  params: {org.agents: 30, run.steps: 40}\n  shocks: []\ndesign: " + design
                + "\nreplications: 1\nseed: 9\n");
        return f;
    }

    @Test
    void anEmptyOutputPathIsAnErrorNamingTheOptionAndWritesNothing() throws Exception {
        Path f = experiment("{type: grid, factors: {leadership: [0.2, 0.8]}}");
        Path cwd = Path.of("").toAbsolutePath();
        Cli sweep = Cli.run("sweep", f.toString(), "--out", "");
        assertThat(sweep.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(sweep.err()).isEqualTo("orgsim sweep: --out = '': must not be empty; give a directory (created if "
                + "needed)" + System.lineSeparator());
        Cli run = Cli.run("run", "balanced", "--agents", "20", "--steps", "5", "--out", "");
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.err()).startsWith("orgsim run: --out = '': must not be empty");
        assertThat(cwd.resolve("manifest.json")).doesNotExist();
        assertThat(cwd.resolve("series.csv")).doesNotExist();
    }

    @Test
    void resumeFromADirectoryNamesTheOption() {
        Cli c = Cli.run("run", "balanced", "--agents", "20", "--steps", "5", "--out", tmp.resolve("o").toString(),
                "--resume", tmp.toString());
        assertThat(c.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(c.err()).startsWith("orgsim run: --resume = '" + tmp + "': must be a checkpoint file")
                .contains("this is a directory").doesNotContain("Exception");
    }

    @Test
    void aFileAboveOneMegabyteIsRefusedBeforeParsing() throws Exception {
        Path big = tmp.resolve("big.yaml");
        Files.writeString(big, "name: \"" + "x".repeat(2 << 20) + "\"\n");
        Cli c = Cli.run("sweep", big.toString(), "--out", tmp.resolve("o").toString());
        assertThat(c.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(c.err()).contains(big + ": is " + Files.size(big) + " bytes; experiment and scenario files may be at "
                + "most 1048576 bytes (1 MB)");
        Cli run = Cli.run("run", big.toString(), "--out", tmp.resolve("o").toString());
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(tmp.resolve("o")).doesNotExist();
    }

    @Test
    void aDesignOfABillionRunsNeedsAllowLargeAndIsRefusedAtOnce() throws Exception {
        StringBuilder levels = new StringBuilder("[");
        for (int i = 0; i < 1000; i++) {
            levels.append(i == 0 ? "" : ", ").append(i / 1000.0);
        }
        levels.append(']');
        Path f = experiment("{type: grid, factors: {leadership: " + levels + ", management: " + levels
                + ", leadership.vision: " + levels + "}}");
        long t0 = System.nanoTime();
        Cli c = Cli.run("sweep", f.toString(), "--out", tmp.resolve("o").toString());
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertThat(c.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(c.err()).contains("1000000000 points x 1 replications = 1000000000 runs")
                .contains("more than the 1000000 runs a sweep does without --allow-large");
        assertThat(seconds).as("seconds to refuse (65 s of hashing before the fix, on an idle machine)").isLessThan(30);
        assertThat(tmp.resolve("o")).doesNotExist();
    }

    @Test
    void outOfMemoryInASweepRunIsNamedAsSuchWithTheHint() throws Exception {
        Path f = tmp.resolve("oom.yaml");
        Files.writeString(f, "base:\n  params: {org.agents: 5000000, run.steps: 10}\n  shocks: []\n"
                + "design: {type: grid, factors: {leadership: [0.5]}}\nreplications: 1\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx48m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "sweep", f.toString(), "--threads", "1", "--out", tmp.resolve("o").toString())
                .redirectError(tmp.resolve("err.txt").toFile()).redirectOutput(tmp.resolve("out.txt").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(tmp.resolve("err.txt"));
        assertThat(p.exitValue()).as(err).isEqualTo(Main.EXIT_FAILURE);
        assertThat(err.lines().filter(l -> !l.startsWith("oom: "))).as(err).containsExactly(
                "orgsim: out of memory: use fewer agents or steps, or give Java more heap (JAVA_OPTS=-Xmx4g)");
    }

    @Test
    void aCheckpointWithADamagedHeaderIsReportedAsDamaged() throws Exception {
        Path out = tmp.resolve("run");
        assertThat(Cli.run("run", "balanced", "--agents", "30", "--steps", "20", "--out", out.toString(),
                "--checkpoint-every", "10").exitCode()).isZero();
        Path ckpt = out.resolve(RunCommand.CHECKPOINT);
        byte[] b = Files.readAllBytes(ckpt);
        int seedAt = new String(b, StandardCharsets.ISO_8859_1).indexOf("seed=");
        b[seedAt + 5] ^= 0x04; // seed=1 becomes seed=5 in the header
        Files.write(ckpt, b);
        Cli c = Cli.run("run", "balanced", "--agents", "30", "--steps", "20", "--out", tmp.resolve("r").toString(),
                "--resume", ckpt.toString());
        assertThat(c.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(c.err()).contains("is damaged: its checksum does not match").doesNotContain("different scenario");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp"))).isEmpty();
        }
    }
}
