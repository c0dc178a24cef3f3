// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.Callable;
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
}
