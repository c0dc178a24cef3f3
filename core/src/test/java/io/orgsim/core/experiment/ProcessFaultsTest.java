// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgsim.core.Checkpoints;
import io.orgsim.core.OrgSim;
import io.orgsim.core.RunResult;
import io.orgsim.core.Simulation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real processes against one output directory: two JVMs writing it at once, and a campaign of
 * {@code kill -9} at random moments of a sweep, a chunk, a merge and a checkpoint write, each
 * followed by a resume that must end with every run exactly once and files equal to an
 * uninterrupted run's. The default test run does {@value #DEFAULT_KILLS} kills; give
 * {@code -Dorgsim.killCampaign=N} for N (docs/RELIABILITY.md reports a campaign of 60).
 */
class ProcessFaultsTest {

    static final int DEFAULT_KILLS = 4;
    static final int RUNS = KillResumeTest.POINTS * KillResumeTest.REPLICATIONS;
    static final int CHUNKS = 3;

    @TempDir
    static Path shared;
    static Path whole;

    @TempDir
    Path dir;

    @BeforeAll
    static void uninterrupted() throws IOException {
        whole = shared.resolve("whole");
        KillResumeTest.sweep(whole).threads(1).build().run();
    }

    static Process child(Path log, String... args) throws IOException {
        return child(log, List.of(), args);
    }

    /** A {@link SweepChild} whose runs after the first {@code after} wait until {@code gate} exists. */
    static Process gatedChild(Path log, int after, Path gate, String... args) throws IOException {
        return child(log, List.of("-Dgate.after=" + after, "-Dgate.file=" + gate), args);
    }

    private static Process child(Path log, List<String> jvmOptions, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), SweepChild.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Waits until {@code results} holds {@code rows} rows; fails naming the child's log if it ends or takes minutes. */
    static void awaitRows(Path results, long rows, Process child, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (lines(results) < rows) {
            if (!child.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError(String.format("the child %s before %s held %d rows; its log:%n%s",
                        child.isAlive() ? "was still short after 3 minutes" : "ended (exit " + child.exitValue() + ")",
                        results, rows, Files.exists(log) ? Files.readString(log) : "(none)"));
            }
            Thread.sleep(10);
        }
    }

    @Test
    void aSecondJvmOnTheSameDirectoryIsRefusedAtOnceAndTheFirstFinishesAlone() throws Exception {
        Path out = dir.resolve("out");
        Path gate = dir.resolve("gate");
        // the first holds its runs after the fifth until the second has been refused, so it
        // is part way then however loaded the machine is
        Process first = gatedChild(dir.resolve("first.log"), 5, gate, "sweep", out.toString(), "30");
        Path results = out.resolve(Sweep.RESULTS);
        awaitRows(results, 5, first, dir.resolve("first.log"));

        Process second = child(dir.resolve("second.log"), "sweep", out.toString(), "30");
        assertThat(second.waitFor(3, TimeUnit.MINUTES)).as("the second ended").isTrue();
        String log = Files.readString(dir.resolve("second.log"));
        assertThat(second.exitValue()).as(log).isEqualTo(2);
        assertThat(log).contains("is being written by another process (pid " + first.pid() + " on host ");
        assertThat(first.isAlive()).as("the first still runs").isTrue();
        assertThat(lines(results)).as("rows while the first waits").isEqualTo(5);

        Files.createFile(gate);
        assertThat(first.waitFor(3, TimeUnit.MINUTES)).as("the first ended").isTrue();
        assertThat(first.exitValue()).as(Files.readString(dir.resolve("first.log"))).isZero();
        assertThat(Files.readAllBytes(results)).isEqualTo(Files.readAllBytes(whole.resolve(Sweep.RESULTS)));
    }

    @Test
    void killsAtRandomMomentsOfSweepsChunksMergesAndCheckpointsEndInTheUninterruptedResults() throws Exception {
        int kills = Integer.getInteger("orgsim.killCampaign", DEFAULT_KILLS);
        SplittableRandom random = new SplittableRandom(14);
        int[] byKind = new int[4];
        for (int i = 0; i < kills; i++) {
            Path trial = dir.resolve("kill" + i);
            int kind = i % 4;
            byKind[kind]++;
            switch (kind) {
                case 0 -> killSweep(trial, random);
                case 1 -> killChunk(trial, random);
                case 2 -> killMerge(trial, random);
                default -> killCheckpoint(trial, random);
            }
        }
        System.out.printf("kill campaign: %d kills (sweep %d, chunk %d, merge %d, checkpoint %d)%n", kills,
                byKind[0], byKind[1], byKind[2], byKind[3]);
    }

    // Any moment is a right one here (before the JVM is up, part way, after the end): every
    // outcome must resume to the same files, so a loaded machine shifts the moments, never the verdict.
    private void killAfter(Process p, long millis) throws InterruptedException {
        Thread.sleep(millis);
        p.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no flush
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).as("the killed child ended").isTrue();
    }

    private void killSweep(Path trial, SplittableRandom random) throws Exception {
        Path out = trial.resolve("out");
        Process p = child(trial.resolveSibling(trial.getFileName() + ".log"), "sweep", out.toString(), "5");
        killAfter(p, 300 + random.nextLong(2500));
        KillResumeTest.sweep(out).build().run();
        assertSameAsWhole(out);
    }

    private void killChunk(Path trial, SplittableRandom random) throws Exception {
        Path out = trial.resolve("out");
        int victim = random.nextInt(CHUNKS);
        Process p = child(trial.resolveSibling(trial.getFileName() + ".log"), "chunk", out.toString(),
                victim + "/" + CHUNKS, "5");
        killAfter(p, 300 + random.nextLong(1500));
        for (int c = 0; c < CHUNKS; c++) {
            KillResumeTest.sweep(out).chunk(new Chunk(c, CHUNKS)).build().run();
        }
        KillResumeTest.sweep(out).build().mergeChunks();
        assertSameAsWhole(out);
    }

    private void killMerge(Path trial, SplittableRandom random) throws Exception {
        Path out = trial.resolve("out");
        for (int c = 0; c < CHUNKS; c++) {
            KillResumeTest.sweep(out).chunk(new Chunk(c, CHUNKS)).build().run();
        }
        Process p = child(trial.resolveSibling(trial.getFileName() + ".log"), "merge", out.toString());
        killAfter(p, 200 + random.nextLong(1200)); // the JVM starts in about 0.3 s; the merge takes a few tenths
        if (Files.exists(out.resolve(Sweep.RESULTS))) {
            assertThat(Files.readAllBytes(out.resolve(Sweep.RESULTS))).as("whole or absent")
                    .isEqualTo(Files.readAllBytes(whole.resolve(Sweep.RESULTS)));
        }
        KillResumeTest.sweep(out).build().mergeChunks();
        assertSameAsWhole(out);
    }

    private void killCheckpoint(Path trial, SplittableRandom random) throws Exception {
        Files.createDirectories(trial);
        Process p = child(trial.resolveSibling(trial.getFileName() + ".log"), "checkpoint", trial.toString());
        killAfter(p, 400 + random.nextLong(1500));
        Path file = trial.resolve("run.ckpt");
        var spec = Fixtures.smallBase().toBuilder().steps(400).build();
        RunResult expected = OrgSim.run(spec);
        // the last complete checkpoint, never a torn one (none when killed before the first)
        Simulation sim = Files.exists(file) ? Checkpoints.resume(file, spec) : new Simulation(spec);
        if (!sim.isDone()) { // a kill after the child's last step finds the whole run
            sim.step();
        }
        Checkpoints.write(sim, file); // removes the temporary file of the killed write
        sim = Checkpoints.resume(file, spec);
        while (!sim.isDone()) {
            sim.step();
        }
        assertThat(sim.result().series().column(io.orgsim.core.Metric.OUTPUT))
                .isEqualTo(expected.series().column(io.orgsim.core.Metric.OUTPUT));
        try (Stream<Path> files = Files.list(trial)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".tmp")))
                    .as("temporary files left").isEmpty();
        }
    }

    private static void assertSameAsWhole(Path out) throws IOException {
        List<List<String>> rows = Fixtures.sortedRows(out.resolve(Sweep.RESULTS));
        assertThat(rows).hasSize(RUNS);
        assertThat(rows.stream().map(r -> r.get(0) + "/" + r.get(1)).distinct()).hasSize(RUNS);
        assertThat(Files.readAllBytes(out.resolve(Sweep.RESULTS))).isEqualTo(Files.readAllBytes(whole.resolve(Sweep.RESULTS)));
        assertThat(Files.readString(out.resolve(Sweep.SUMMARY))).isEqualTo(Files.readString(whole.resolve(Sweep.SUMMARY)));
    }

    private static long lines(Path results) throws IOException {
        if (!Files.exists(results)) {
            return 0;
        }
        try (Stream<String> l = Files.lines(results)) {
            return Math.max(0, l.count() - 1);
        }
    }
}
