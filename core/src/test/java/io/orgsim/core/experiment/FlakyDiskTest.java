// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.orgsim.core.OrgSim;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep on a real, small tmpfs that fills up part way (space taken by another file at a
 * random run, given back later), as a disk does when other jobs share it. Every time: the
 * sweep stops with an error, {@code results.csv} holds only whole rows, and once the space
 * is back a resume ends with every run exactly once and the files of an uninterrupted sweep.
 * Needs root to mount the tmpfs (skipped otherwise). The default test run does
 * {@value #DEFAULT_TRIALS} fills; {@code -Dorgsim.flakyCampaign=N} does N.
 */
class FlakyDiskTest {

    static final int DEFAULT_TRIALS = 3;

    @TempDir
    Path dir;
    Path disk;

    @BeforeEach
    void mount() throws Exception {
        disk = dir.resolve("disk");
        Files.createDirectories(disk);
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", disk.toString())
                .redirectErrorStream(true).start();
        boolean mounted = p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        assumeTrue(mounted, "cannot mount a tmpfs here (needs root): " + new String(p.getInputStream().readAllBytes()));
    }

    @AfterEach
    void unmount() throws Exception {
        if (disk != null) {
            new ProcessBuilder("umount", "--lazy", disk.toString()).start().waitFor(20, TimeUnit.SECONDS);
        }
    }

    /** Fills the file system until a write fails; returns the filler file. */
    static Path fill(Path fs) throws IOException {
        Path filler = fs.resolve("filler");
        try (OutputStream out = Files.newOutputStream(filler)) {
            byte[] block = new byte[509]; // an odd size, so the last write is a short one
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            return filler;
        }
    }

    @Test
    void aDiskThatFillsAndEmptiesAgainNeverLeavesAPartialRowAndResumesToTheSameResults() throws Exception {
        Path whole = dir.resolve("whole");
        KillResumeTest.sweep(whole).threads(1).build().run();
        int trials = Integer.getInteger("orgsim.flakyCampaign", DEFAULT_TRIALS);
        SplittableRandom random = new SplittableRandom(3);
        int failedSweeps = 0;
        for (int t = 0; t < trials; t++) {
            Path out = disk.resolve("t" + t);
            int fillAt = 1 + random.nextInt(KillResumeTest.POINTS * KillResumeTest.REPLICATIONS - 2);
            AtomicInteger runs = new AtomicInteger();
            Path[] filler = new Path[1];
            Sweep flaky = KillResumeTest.sweep(out).runner((key, spec) -> {
                if (runs.incrementAndGet() == fillAt) {
                    synchronized (filler) {
                        filler[0] = fill(disk);
                    }
                }
                return OrgSim.run(spec);
            }).build();
            assertThatThrownBy(flaky::run).isInstanceOf(IOException.class);
            failedSweeps++;
            ResultColumns cols = flaky.columns();
            List<String> lines = Files.readAllLines(out.resolve(Sweep.RESULTS));
            for (String line : lines) {
                assertThat(line.split(",", -1)).as("trial %d: a whole row (fill at run %d)", t, fillAt)
                        .hasSize(cols.header().size());
            }
            assertThat(Files.readString(out.resolve(Sweep.RESULTS))).endsWith("\n");
            Files.delete(filler[0]); // the space comes back

            SweepReport resumed = KillResumeTest.sweep(out).build().run();
            assertThat(resumed.resumed() + resumed.ran()).isEqualTo(KillResumeTest.POINTS * KillResumeTest.REPLICATIONS);
            assertThat(Files.readAllBytes(out.resolve(Sweep.RESULTS))).isEqualTo(Files.readAllBytes(whole.resolve(Sweep.RESULTS)));
            assertThat(Files.readString(out.resolve(Sweep.SUMMARY))).isEqualTo(Files.readString(whole.resolve(Sweep.SUMMARY)));
            deleteTree(out);
        }
        System.out.printf("flaky-disk campaign: %d fills, %d sweeps stopped and resumed to the same files%n", trials,
                failedSweeps);
    }

    private static void deleteTree(Path p) throws IOException {
        try (var files = Files.walk(p)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
