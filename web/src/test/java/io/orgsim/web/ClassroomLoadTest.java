// SPDX-License-Identifier: Apache-2.0
package io.orgsim.web;

import static io.orgsim.web.ClassroomTest.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.orgsim.scenarios.Presets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 200 students on the default organization (300 agents each): they join and decide through
 * real HTTP clients, eight at a time; the instructor plays three quarters. Prints the latency
 * of a turn (the instructor's request, all 200 organizations stepping 13 weeks); asserts only
 * that every turn was played, never a time.
 */
class ClassroomLoadTest {

    @TempDir
    Path dir;

    @Test
    void twoHundredStudentsPlayTurns() throws Exception {
        int students = 200;
        int turns = 3;
        ClassroomServer.Options o = new ClassroomServer.Options("127.0.0.1", 0,
                new ClassroomServer.Setup("balanced", 1, 40, 13, 1.2, students), dir.resolve("game.json"), false,
                Presets.builtIn().all(), 1_000);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try (ClassroomServer server = ClassroomServer.start(o)) {
            Client c = new Client(server.url());
            String code = server.joinCode();
            List<Future<String>> joins = new ArrayList<>();
            for (int i = 0; i < students; i++) {
                String name = "s" + i;
                joins.add(clients.submit(() -> c.post("/api/join", Map.of("code", code, "name", name), Map.of())
                        .json().get("token").asText()));
            }
            List<String> tokens = new ArrayList<>();
            for (Future<String> f : joins) {
                tokens.add(f.get());
            }
            long[] millis = new long[turns];
            for (int t = 0; t < turns; t++) {
                List<Future<Integer>> decided = new ArrayList<>();
                for (int i = 0; i < students; i++) {
                    String token = tokens.get(i);
                    double l = (i % 5) * 0.2;
                    decided.add(clients.submit(() -> c.post("/api/decide", Map.of("leadership", l,
                            "management", Math.min(1, 1.2 - l)), as(code, token)).status()));
                }
                for (Future<Integer> f : decided) {
                    assertThat(f.get()).isEqualTo(200);
                }
                long start = System.nanoTime();
                assertThat(c.post("/api/instructor/advance", Map.of(), as(code, server.instructorToken())).status())
                        .isEqualTo(200);
                millis[t] = (System.nanoTime() - start) / 1_000_000;
            }
            assertThat(server.game().turn()).isEqualTo(turns);
            long[] sorted = millis.clone();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "classroom load: %d students x 300 agents, a turn of 13 weeks took %s ms "
                    + "(median %d ms) on %d processors%n", students, Arrays.toString(millis), sorted[turns / 2],
                    Runtime.getRuntime().availableProcessors());
        } finally {
            clients.shutdownNow();
        }
    }
}
