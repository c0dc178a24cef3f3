// SPDX-License-Identifier: Apache-2.0
package io.orgsim.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.orgsim.core.Param;
import io.orgsim.core.Simulation;
import io.orgsim.core.Summary;
import io.orgsim.scenarios.Preset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole classroom game played by 30 students, each a real HTTP client: they join with the
 * code, set levers under the budget every turn, and the instructor plays the quarters. The
 * leaderboard, the export and a restart are checked against the engine's API.
 */
class ClassroomTest {

    static final int TURNS = 8;
    static final int WEEKS = 13;

    @TempDir
    Path dir;

    static ClassroomServer.Options small(Path file, int maxStudents, double rate) {
        List<Preset> presets = DashboardPageTest.small();
        return new ClassroomServer.Options("127.0.0.1", 0,
                new ClassroomServer.Setup("balanced", 11, TURNS, WEEKS, 1.2, maxStudents), file, false, presets, rate);
    }

    static Map<String, String> as(String code, String token) {
        return Map.of(ClassroomServer.CODE, code, ClassroomServer.TOKEN, token);
    }

    @Test
    void thirtyStudentsPlayAWholeGameThatSurvivesARestart() throws Exception {
        Path file = dir.resolve("game.json");
        List<String> tokens = new ArrayList<>();
        List<List<double[]>> chosen = new ArrayList<>();
        JsonNode before;
        String csv;
        String code;
        String instructorToken;
        try (ClassroomServer server = ClassroomServer.start(small(file, 30, 100))) {
            Client c = new Client(server.url());
            code = server.joinCode();
            for (int i = 0; i < 30; i++) {
                Client.Answer a = c.post("/api/join", Map.of("code", code.toLowerCase(), "name", "student " + i), Map.of());
                assertThat(a.status()).as(a.body()).isEqualTo(200);
                tokens.add(a.json().get("token").asText());
                chosen.add(new ArrayList<>());
            }
            instructorToken = server.instructorToken();
            Map<String, String> instructor = as(code, instructorToken);
            Random random = new Random(5);
            for (int turn = 0; turn < TURNS; turn++) {
                if (turn == 3) {
                    assertThat(c.post("/api/instructor/shock", Map.of("shock", "departure-wave"), instructor)
                            .status()).isEqualTo(200);
                }
                for (int i = 0; i < 30; i++) {
                    double l = Math.round(random.nextDouble() * 20) / 20.0;
                    double m = Math.round(Math.min(1, 1.2 - l) * random.nextDouble() * 20) / 20.0;
                    Client.Answer a = c.post("/api/decide", Map.of("leadership", l, "management", m),
                            as(code, tokens.get(i)));
                    assertThat(a.status()).as(a.body()).isEqualTo(200);
                    chosen.get(i).add(new double[] {l, m});
                }
                Client.Answer over = c.post("/api/decide", Map.of("leadership", 0.9, "management", 0.9),
                        as(code, tokens.get(0)));
                assertThat(over.status()).isEqualTo(400);
                assertThat(over.json().get("error").asText()).contains("budget").doesNotContain("\n");
                Client.Answer advanced = c.post("/api/instructor/advance", Map.of(), instructor);
                assertThat(advanced.status()).as(advanced.body()).isEqualTo(200);
            }
            before = c.get("/api/instructor/state", instructor).json();
            assertThat(before.get("over").asBoolean()).isTrue();
            JsonNode board = before.get("leaderboard");
            assertThat(board).hasSize(30);
            for (int i = 1; i < board.size(); i++) {
                assertThat(board.get(i - 1).get("cumulativeOutput").asDouble())
                        .isGreaterThanOrEqualTo(board.get(i).get("cumulativeOutput").asDouble());
            }
            assertThat(before.get("paths")).hasSize(30);
            assertThat(before.get("strategies").size()).isBetween(1, 3);
            assertThat(before.get("choices")).hasSize(30);

            // a student's outcome is the engine's, with their levers each turn and the class's shocks
            for (int i : new int[] {0, 17}) {
                Simulation sim = new Simulation(DashboardPageTest.small().get(0).spec().toBuilder().seed(11).build());
                for (int turn = 0; turn < TURNS; turn++) {
                    sim.setLever(Param.LEADERSHIP, chosen.get(i).get(turn)[0]);
                    sim.setLever(Param.MANAGEMENT, chosen.get(i).get(turn)[1]);
                    if (turn == 3) {
                        sim.shockNow(ShockLibrary.get("departure-wave").shock());
                    }
                    for (int w = 0; w < WEEKS; w++) {
                        sim.step();
                    }
                }
                double expected = sim.result().summaries().get(Summary.CUMULATIVE_OUTPUT);
                String name = "student " + i;
                JsonNode row = null;
                for (JsonNode r : board) {
                    if (r.get("name").asText().equals(name)) {
                        row = r;
                    }
                }
                assertThat(row).isNotNull();
                assertThat(row.get("cumulativeOutput").asDouble()).isEqualTo(expected);
                JsonNode me = c.get("/api/me", as(code, tokens.get(i))).json();
                assertThat(me.get("name").asText()).isEqualTo(name);
                assertThat(me.get("outcomes").get(TURNS - 1).get("cumulativeOutput").asDouble()).isEqualTo(expected);
            }
            Client.Answer export = c.get("/api/instructor/export.csv", instructor);
            assertThat(export.status()).isEqualTo(200);
            csv = export.body();
            assertThat(csv.lines()).hasSize(1 + 30 * TURNS);
            assertThat(csv.lines().skip(1).filter(l -> l.startsWith("1,\"student 0\",2,26,")).count()).isEqualTo(1);
        }
        // a restart: the game carries on from its file, with the same numbers and students' tokens
        assertThat(file).exists();
        String saved = Files.readString(file);
        assertThat(saved).as("the file holds only a hash of the instructor's token").doesNotContain(instructorToken)
                .contains(ClassroomGame.sha256(instructorToken));
        assertThat(tokens).as("nor any student's token, only its hash").noneMatch(saved::contains)
                .allMatch(t -> saved.contains(ClassroomGame.sha256(t)));
        ClassroomServer.Options resume = small(file, 30, 100);
        resume = new ClassroomServer.Options(resume.host(), 0, resume.setup(), file, true, resume.presets(), 100);
        try (ClassroomServer server = ClassroomServer.start(resume)) {
            Client c = new Client(server.url());
            assertThat(server.joinCode()).isEqualTo(code);
            assertThat(c.get("/api/instructor/state", as(code, instructorToken)).status())
                    .as("the old instructor token, which the file could not give back").isEqualTo(403);
            assertThat(server.instructorToken()).isNotEqualTo(instructorToken);
            assertThat(Files.readString(file)).doesNotContain(server.instructorToken())
                    .contains(ClassroomGame.sha256(server.instructorToken()));
            JsonNode after = c.get("/api/instructor/state", as(code, server.instructorToken())).json();
            assertThat(after.get("leaderboard")).isEqualTo(before.get("leaderboard"));
            assertThat(c.get("/api/instructor/export.csv", as(code, server.instructorToken())).body()).isEqualTo(csv);
            assertThat(c.get("/api/me", as(code, tokens.get(5))).json().get("name").asText()).isEqualTo("student 5");
        }
        // a file of the first format held every token itself: it resumes, and is rewritten with hashes
        String first = Files.readString(file).replaceFirst("\"format\" : 3", "\"format\" : 1")
                .replaceFirst("\"instructorTokenSha256\" : \"[0-9a-f]+\"", "\"instructorToken\" : \"" + instructorToken + "\"");
        for (String t : tokens) {
            first = first.replace("\"tokenSha256\" : \"" + ClassroomGame.sha256(t) + "\"", "\"token\" : \"" + t + "\"");
        }
        assertThat(first).contains("\"format\" : 1").contains(instructorToken).contains(tokens.get(5));
        Files.writeString(file, first);
        try (ClassroomServer server = ClassroomServer.start(resume)) {
            Client c = new Client(server.url());
            JsonNode after = c.get("/api/instructor/state", as(code, server.instructorToken())).json();
            assertThat(after.get("leaderboard")).isEqualTo(before.get("leaderboard"));
            assertThat(c.get("/api/me", as(code, tokens.get(5))).json().get("name").asText()).isEqualTo("student 5");
            String rewritten = Files.readString(file);
            assertThat(rewritten).contains("\"format\" : 3").doesNotContain(instructorToken);
            assertThat(tokens).noneMatch(rewritten::contains);
        }
        // a file with a student's token hash cut out is refused with the field's name, and left as it was
        String cut = Files.readString(file).replaceFirst("\"tokenSha256\" : \"[0-9a-f]+\",", "");
        Files.writeString(file, cut);
        ClassroomServer.Options again = resume;
        assertThatThrownBy(() -> ClassroomServer.start(again)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + ": not a whole orgsim classroom game: no \"tokenSha256\"");
        assertThat(Files.readString(file)).isEqualTo(cut);
        assertThat(Files.list(dir).filter(p -> p.getFileName().toString().endsWith(".tmp")).count()).isZero();
    }
}
