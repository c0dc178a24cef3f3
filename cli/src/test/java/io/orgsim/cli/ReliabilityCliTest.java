// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import io.orgsim.core.io.AtomicFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgsim.core.Checkpoints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code orgsim run --checkpoint-every/--resume}, and atomic output files. */
class ReliabilityCliTest {

    @TempDir
    Path tmp;

    static final String[] RUN = {"run", "balanced", "--agents", "50", "--steps", "60", "--seed", "3"};

    static String[] args(String[] base, String... more) {
        return Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new);
    }

    @Test
    void aRunResumedFromItsCheckpointWritesTheSameFilesAsAnUninterruptedOne() throws IOException {
        Path whole = tmp.resolve("whole");
        Cli a = Cli.run(args(RUN, "--out", whole.toString()));
        assertThat(a.exitCode()).as(a.err()).isZero();

        Path saved = tmp.resolve("saved");
        Cli b = Cli.run(args(RUN, "--out", saved.toString(), "--checkpoint-every", "25"));
        assertThat(b.exitCode()).as(b.err()).isZero();
        Path checkpoint = saved.resolve(RunCommand.CHECKPOINT);
        assertThat(Checkpoints.week(checkpoint)).as("the last checkpoint before the horizon").isEqualTo(50);
        assertThat(Files.readString(saved.resolve("series.csv"))).isEqualTo(Files.readString(whole.resolve("series.csv")));

        Path resumed = tmp.resolve("resumed");
        Cli c = Cli.run(args(RUN, "--out", resumed.toString(), "--resume", checkpoint.toString(),
                "--checkpoint-every", "4", "--threads", "2")); // the threads are not part of a checkpoint
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(c.err()).contains("resumed at week 50 of 60");
        assertThat(Files.readString(resumed.resolve("series.csv")))
                .isEqualTo(Files.readString(whole.resolve("series.csv")));
        assertThat(Files.readString(resumed.resolve("summary.json")))
                .isEqualTo(Files.readString(whole.resolve("summary.json")));
        assertThat(Checkpoints.week(resumed.resolve(RunCommand.CHECKPOINT))).isEqualTo(56);
        assertThat(c.out()).isEqualTo(a.out().replace(whole.toString(), resumed.toString()));
    }

    @Test
    void aCheckpointOfAnotherScenarioIsRefusedWithTheFieldThatDiffers() throws IOException {
        Path saved = tmp.resolve("saved");
        assertThat(Cli.run(args(RUN, "--out", saved.toString(), "--checkpoint-every", "30")).exitCode()).isZero();
        Path checkpoint = saved.resolve(RunCommand.CHECKPOINT);

        Path out = tmp.resolve("other");
        Cli seed = Cli.run("run", "balanced", "--agents", "50", "--steps", "60", "--seed", "4",
                "--out", out.toString(), "--resume", checkpoint.toString());
        assertThat(seed.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(seed.err()).startsWith("orgsim run: --resume = " + checkpoint)
                .contains("was written for a different scenario (seed: checkpoint has 3, this run 4)");
        Cli preset = Cli.run("run", "too-much-management", "--agents", "50", "--steps", "60", "--seed", "3",
                "--out", out.toString(), "--resume", checkpoint.toString());
        assertThat(preset.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(preset.err()).contains("different scenario (name: checkpoint has balanced, this run too-much-management)");
        assertThat(out).doesNotExist();
    }

    @Test
    void badCheckpointOptionsAreUsageErrors() throws IOException {
        Path junk = tmp.resolve("junk.ckpt");
        Files.writeString(junk, "not a checkpoint");
        Path out = tmp.resolve("out");
        Cli notOne = Cli.run(args(RUN, "--out", out.toString(), "--resume", junk.toString()));
        assertThat(notOne.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(notOne.err()).contains("is not an orgsim checkpoint").doesNotContain("Exception");
        Cli missing = Cli.run(args(RUN, "--out", out.toString(), "--resume", tmp.resolve("none.ckpt").toString()));
        assertThat(missing.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(missing.err()).contains("does not exist");
        Cli zero = Cli.run(args(RUN, "--out", out.toString(), "--checkpoint-every", "0"));
        assertThat(zero.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(zero.err()).contains("--checkpoint-every = 0: must be in [1, 1000000]");
        assertThat(out).doesNotExist();
    }

    // ------------------------------------------------------------ atomic files

    @Test
    void aWriterThatFailsMidwayLeavesThePreviousFileIntactAndNoTemporaryFile() throws IOException {
        Path target = tmp.resolve("results").resolve("series.csv");
        AtomicFiles.writeText(target, w -> w.write("good,old\n"));
        byte[] before = Files.readAllBytes(target);

        // a checked failure (disk full), an unchecked one (a bug in a writer), an error
        List<Exception> failures = List.of(new IOException("disk full"),
                new UncheckedIOException(new IOException("broken pipe")), new IllegalStateException("bug"));
        for (Exception failure : failures) {
            assertThatThrownBy(() -> AtomicFiles.writeText(target, w -> {
                w.write("new,partial\n".repeat(10_000)); // more than one buffer: bytes reach the disk
                if (failure instanceof IOException io) {
                    throw io;
                }
                throw (RuntimeException) failure;
            })).isSameAs(failure);
            assertThat(Files.readAllBytes(target)).isEqualTo(before);
            try (Stream<Path> files = Files.list(target.getParent())) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly("series.csv");
            }
        }
        AtomicFiles.writeText(target, w -> w.write("good,new\n"));
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("good,new\n");
    }

    @Test
    void aFailedWriteOfANewFileLeavesNoFile() {
        Path target = tmp.resolve("fresh.csv");
        assertThatThrownBy(() -> AtomicFiles.writeText(target, w -> {
            w.write("half");
            throw new IOException("crash");
        })).hasMessage("crash");
        assertThat(target).doesNotExist();
        assertThat(tmp.toFile().list()).isEmpty();
    }
}
