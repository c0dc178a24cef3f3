// SPDX-License-Identifier: Apache-2.0
package io.orgsim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.orgsim.core.Metric;
import io.orgsim.core.OrgSim;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's endpoints without a browser: what the page sends, bad input refused in one
 * line, lanes capped at four, and nothing outside the page served. Runs where Chromium is not
 * installed, too.
 */
class DashboardApiTest {

    private DashboardServer server;
    private Client c;

    @BeforeEach
    void start() throws Exception {
        server = DashboardServer.start(new DashboardServer.Options("127.0.0.1", 0, 3, DashboardPageTest.small(), null));
        c = new Client(server.url());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String error(Client.Answer a) throws Exception {
        assertThat(a.status()).isBetween(400, 499);
        String e = a.json().get("error").asText();
        assertThat(e).doesNotContain("\n").doesNotContain("Exception");
        return e;
    }

    @Test
    void theCatalogComesFromTheEngine() throws Exception {
        JsonNode cat = c.get("/api/catalog", Map.of()).json();
        assertThat(cat.get("metrics")).hasSize(Metric.values().length);
        assertThat(cat.get("levers").get(0).get("key").asText()).isEqualTo("leadership");
        assertThat(cat.get("levers").toString()).contains("management.resources", "leadership.distributed");
        assertThat(cat.get("shocks")).hasSize(ShockLibrary.ALL.size());
        assertThat(cat.get("presets").get(0).get("color").asText()).isEqualTo("#0072b2");
    }

    @Test
    void stepsAreTheEnginesAndStopAtTheHorizon() throws Exception {
        for (int i = 0; i < 110; i++) {
            assertThat(c.post("/api/control", Map.of("action", "step"), Map.of()).status()).isEqualTo(200);
        }
        JsonNode state = c.get("/api/state", Map.of()).json();
        assertThat(state.get("week").asInt()).isEqualTo(104);
        JsonNode rows = state.get("lanes").get(0).get("rows");
        assertThat(rows).hasSize(104);
        double[] output = OrgSim.run(DashboardPageTest.small().get(0).spec().toBuilder().seed(3).build())
                .series().column(Metric.OUTPUT);
        for (int w = 0; w < 104; w++) {
            assertThat(rows.get(w).get(Metric.OUTPUT.ordinal()).asDouble()).isEqualTo(output[w]);
        }
    }

    @Test
    void badInputIsRefusedInOneLine() throws Exception {
        assertThat(error(c.post("/api/lever", Map.of("lane", 1, "lever", "leadership", "value", 2), Map.of())))
                .isEqualTo("leadership = 2: must be in [0, 1]");
        assertThat(error(c.post("/api/lever", Map.of("lane", 1, "lever", "org.agents", "value", 20), Map.of())))
                .startsWith("lever = \"org.agents\": must be one of leadership, ");
        assertThat(error(c.post("/api/lever", Map.of("lane", 9, "lever", "leadership", "value", 0.5), Map.of())))
                .isEqualTo("lane = 9: must be one of [1]");
        assertThat(error(c.post("/api/preset", Map.of("lane", 1, "preset", "nope"), Map.of())))
                .startsWith("preset = \"nope\": must be one of balanced, ");
        assertThat(error(c.post("/api/control", Map.of("action", "fly"), Map.of()))).contains("play, pause");
        assertThat(error(c.post("/api/speed", Map.of("speed", 7), Map.of()))).contains("weeks per second");
        assertThat(error(c.post("/api/shock", Map.of("lane", 0, "shock", "meteor"), Map.of()))).contains("pivot");
        assertThat(error(c.post("/api/control", "{\"action\":", Map.of()))).contains("not valid JSON");
        assertThat(error(c.get("/api/organization?lane=x", Map.of()))).contains("lane");
        for (String p : new String[] {"too-much-leadership", "too-much-management", "neither"}) {
            assertThat(c.post("/api/lanes/add", Map.of("preset", p), Map.of()).status()).isEqualTo(200);
        }
        assertThat(error(c.post("/api/lanes/add", Map.of("preset", "balanced"), Map.of()))).contains("at most 4");
        Map<String, String> evil = Map.of("Origin", "http://evil.example");
        assertThat(c.post("/api/control", Map.of("action", "play"), evil).status()).isEqualTo(403);
        assertThat(c.raw("GET /static/../../../pom.xml HTTP/1.1").status()).isEqualTo(404);
        assertThat(c.raw("GET /api/state HTTP/1.1", "evil.example").status()).isEqualTo(403);
    }
}
