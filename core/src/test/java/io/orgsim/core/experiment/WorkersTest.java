// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WorkersTest {

    @Test
    void resultsComeInTaskOrderOnNamedDaemonThreads() {
        List<Callable<String>> tasks = IntStream.range(0, 20).<Callable<String>>mapToObj(i -> () -> {
            Thread t = Thread.currentThread();
            return i + (t.isDaemon() && t.getName().startsWith("orgsim-test-") ? "" : " on " + t.getName());
        }).toList();

        assertThat(Workers.map("orgsim-test", 3, tasks))
                .isEqualTo(IntStream.range(0, 20).mapToObj(Integer::toString).toList());
    }

    @Test
    void theFirstFailureInTaskOrderIsRethrown() {
        List<Callable<Integer>> tasks = List.of(() -> 1, () -> {
            throw new IllegalArgumentException("task 1");
        }, () -> {
            throw new java.io.IOException("task 2");
        });

        assertThatThrownBy(() -> Workers.map("orgsim-test", 2, tasks)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("task 1");
        assertThatThrownBy(() -> Workers.pool("orgsim-test", 0)).hasMessageContaining("threads must be at least 1");
    }

    @Test
    void forEachRunsEveryIndexOnceOnItsThreads() throws InterruptedException {
        AtomicIntegerArray runs = new AtomicIntegerArray(1_000);
        Workers.forEach("orgsim-test", 3, runs.length(), i -> {
            runs.incrementAndGet(i);
            return Thread.currentThread().isDaemon() && Thread.currentThread().getName().startsWith("orgsim-test-");
        });
        for (int i = 0; i < runs.length(); i++) {
            assertThat(runs.get(i)).as("runs of index %d", i).isEqualTo(1);
        }
        Workers.forEach("orgsim-test", 2, 0, i -> {
            throw new AssertionError("no index");
        });
    }

    @Test
    void forEachStartsNothingAfterAFalseAndRethrowsTheLowestFailingIndex() throws InterruptedException {
        AtomicIntegerArray runs = new AtomicIntegerArray(10_000);
        Workers.forEach("orgsim-test", 2, runs.length(), i -> {
            runs.incrementAndGet(i);
            if (i > 10) {
                sleep(1); // the other thread may start a few more before it sees index 10's false
            }
            return i != 10;
        });
        int ran = 0;
        for (int i = 0; i < runs.length(); i++) {
            ran += runs.get(i);
        }
        for (int i = 0; i <= 10; i++) {
            assertThat(runs.get(i)).as("runs of index %d", i).isEqualTo(1);
        }
        assertThat(ran).as("indices started in all; index 10 returned false").isBetween(11, 1_000);

        // index 7 fails on one thread; every lower index has started, and a later failure (9) is not the one reported
        assertThatThrownBy(() -> Workers.forEach("orgsim-test", 2, 100, i -> {
            if (i == 7 || i == 9) {
                throw new IllegalStateException("index " + i);
            }
            return true;
        })).isInstanceOf(IllegalStateException.class).hasMessage("index 7");
        assertThatThrownBy(() -> Workers.forEach("orgsim-test", 0, 1, i -> true))
                .hasMessageContaining("threads must be at least 1");
    }

    @Test
    void runsOfLargeOrganizationsShareTheCoresAndSmallOnesStepOnOneThread() {
        int cores = Runtime.getRuntime().availableProcessors();
        io.orgsim.core.ScenarioSpec small = io.orgsim.core.ScenarioSpec.builder().agents(300).build();
        io.orgsim.core.ScenarioSpec large = io.orgsim.core.ScenarioSpec.builder()
                .agents(io.orgsim.core.Simulation.PARALLEL_AGENTS).build();
        assertThat(Workers.weekThreads(small, 1)).isEqualTo(1);
        assertThat(Workers.weekThreads(large, 1)).isEqualTo(cores);
        assertThat(Workers.weekThreads(large, cores)).isEqualTo(1);
        assertThat(Workers.weekThreads(large, 2 * cores)).isEqualTo(1);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
