// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A run stopped at week k, written to a checkpoint and resumed ends bit-identical to one never stopped. */
class CheckpointTest {

    static final int STEPS = 120;

    /** Every mechanism that draws random numbers or holds state across weeks, and shocks of every kind. */
    static ScenarioSpec spec() {
        return ScenarioSpec.builder().name("long").agents(90).steps(STEPS).seed(31)
                .leadership(0.7).management(0.4).set(Param.PLANNING_CYCLE, 7).set(Param.TURBULENCE, 0.05)
                .shock(20, new StrategicPivot(60))
                .shock(20, new DemandSpike(0.5, 6)) // two shocks in one week: MASON orders them at random
                .shock(new ShockTiming.Every(35, 30), new CapacityCut(0.3, 10))
                .shock(new ShockTiming.Poisson(6, 10), DepartureWave.uniform(0.05))
                .shock(90, Crisis.of(new StrategicPivot(30), new DepartureWave(0.1, 0.3, 0.2)))
                .build();
    }

    static RunResult whole;

    @TempDir
    Path dir;

    @BeforeAll
    static void runWhole() {
        whole = OrgSim.run(spec());
    }

    @ParameterizedTest(name = "stopped after {0} weeks")
    @ValueSource(ints = {0, 1, 7, 20, 21, 59, 90, STEPS - 1, STEPS})
    void resumedRunIsBitIdentical(int k) throws IOException {
        Simulation first = new Simulation(spec());
        for (int i = 0; i < k; i++) {
            first.step();
        }
        Path file = dir.resolve("run.ckpt");
        Checkpoints.write(first, file);
        assertThat(Checkpoints.week(file)).isEqualTo(k);

        Simulation resumed = Checkpoints.resume(file, spec());
        assertThat(resumed.week()).isEqualTo(k);
        assertBitIdentical(resumed.run(), whole);
        // the original, stepped on after writing, is untouched by the checkpoint
        assertBitIdentical(first.run(), whole);
    }

    @Test
    void checkpointsChainAcrossSeveralResumes() throws IOException {
        Path file = dir.resolve("chain.ckpt");
        Simulation sim = new Simulation(spec());
        for (int stop : new int[] {13, 40, 41, 100}) {
            while (sim.week() < stop) {
                sim.step();
            }
            Checkpoints.write(sim, file);
            sim = Checkpoints.resume(file, spec());
        }
        assertBitIdentical(sim.run(), whole);
    }

    @Test
    void observersSeeTheResumedWeeks() throws IOException {
        Simulation first = new Simulation(spec());
        for (int i = 0; i < 50; i++) {
            first.step();
        }
        Path file = dir.resolve("obs.ckpt");
        Checkpoints.write(first, file);
        double[] seen = new double[STEPS];
        Simulation resumed = Checkpoints.resume(file, spec());
        resumed.addObserver((week, m) -> seen[week] = m.get(Metric.OUTPUT));
        resumed.run();
        double[] output = whole.series().column(Metric.OUTPUT);
        assertThat(Arrays.copyOfRange(seen, 50, STEPS)).isEqualTo(Arrays.copyOfRange(output, 50, STEPS));
    }

    @Test
    void refusesACheckpointOfAnotherScenario() throws IOException {
        Path file = dir.resolve("a.ckpt");
        Checkpoints.write(new Simulation(spec()), file);
        assertThatThrownBy(() -> Checkpoints.resume(file, spec().toBuilder().seed(32).build()))
                .isInstanceOf(CheckpointException.class)
                .hasMessageContaining("different scenario").hasMessageContaining("seed: checkpoint has 31, this run 32");
        assertThatThrownBy(() -> Checkpoints.resume(file, spec().toBuilder().set(Param.VISION, 0.2).build()))
                .isInstanceOf(CheckpointException.class)
                .hasMessageContaining("leadership.vision: checkpoint has 0.7, this run 0.2");
        assertThatThrownBy(() -> Checkpoints.resume(file, spec().toBuilder().shock(5, new StrategicPivot(10)).build()))
                .isInstanceOf(CheckpointException.class).hasMessageContaining("shocks");
    }

    @Test
    void refusesFilesThatAreNotCheckpoints() throws IOException {
        Path junk = dir.resolve("junk.ckpt");
        Files.writeString(junk, "week: 10\n");
        assertThatThrownBy(() -> Checkpoints.resume(junk, spec())).isInstanceOf(CheckpointException.class)
                .hasMessageContaining("is not an orgsim checkpoint");
        Files.write(junk, new byte[0]);
        assertThatThrownBy(() -> Checkpoints.resume(junk, spec())).isInstanceOf(CheckpointException.class)
                .hasMessageContaining("is not an orgsim checkpoint");
        assertThatThrownBy(() -> Checkpoints.resume(dir.resolve("missing.ckpt"), spec()))
                .isInstanceOf(CheckpointException.class).hasMessageContaining("does not exist");

        Path good = dir.resolve("good.ckpt");
        Simulation sim = new Simulation(spec());
        sim.step();
        Checkpoints.write(sim, good);
        byte[] bytes = Files.readAllBytes(good);
        Path cut = dir.resolve("cut.ckpt");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> Checkpoints.resume(cut, spec())).isInstanceOf(CheckpointException.class)
                .hasMessageContaining("is damaged");
        byte[] flipped = bytes.clone();
        flipped[flipped.length - 40] ^= 0x55;
        Files.write(cut, flipped);
        assertThatThrownBy(() -> Checkpoints.resume(cut, spec())).isInstanceOf(CheckpointException.class)
                .hasMessageContaining("is damaged");
    }

    @Test
    void aFailedWriteLeavesThePreviousCheckpointIntact() throws IOException {
        Path file = dir.resolve("keep.ckpt");
        Simulation sim = new Simulation(spec());
        for (int i = 0; i < 30; i++) {
            sim.step();
        }
        Checkpoints.write(sim, file);
        byte[] before = Files.readAllBytes(file);
        sim.shockNow(new UnsavableShock()); // pending, and not serializable: the write fails midway
        assertThatThrownBy(() -> Checkpoints.write(sim, file)).isInstanceOf(IOException.class)
                .hasMessageContaining("cannot checkpoint week 30");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("keep.ckpt");
        }
        Simulation resumed = Checkpoints.resume(file, spec());
        assertBitIdentical(resumed.run(), whole);
    }

    /** A shock that holds something that cannot be serialized. */
    static final class UnsavableShock implements Shock {
        private final Object lock = new Object();

        @Override
        public String name() {
            return "unsavable";
        }

        @Override
        public void apply(ShockTarget target) {
            synchronized (lock) {
                target.turnTarget(0.1);
            }
        }
    }

    static void assertBitIdentical(RunResult a, RunResult b) {
        assertThat(a.series().length()).isEqualTo(b.series().length());
        for (Metric m : Metric.values()) {
            long[] x = Arrays.stream(a.series().column(m)).mapToLong(Double::doubleToRawLongBits).toArray();
            long[] y = Arrays.stream(b.series().column(m)).mapToLong(Double::doubleToRawLongBits).toArray();
            assertThat(x).as(m.key()).isEqualTo(y);
        }
        assertThat(a.summaries().asMap()).isEqualTo(b.summaries().asMap());
        assertThat(a.resilience()).isEqualTo(b.resilience());
        assertThat(a.spec()).isEqualTo(b.spec());
    }
}
