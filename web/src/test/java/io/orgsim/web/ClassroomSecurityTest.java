// SPDX-License-Identifier: Apache-2.0
package io.orgsim.web;

import static io.orgsim.web.ClassroomTest.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a mischievous student (or another web site) might try: a wrong join code, another
 * student's token or a forged one, the instructor's endpoints, oversized and malformed
 * requests, a flood of requests, more students than allowed, and paths outside the page.
 */
class ClassroomSecurityTest {

    @TempDir
    Path dir;
    private ClassroomServer server;
    private Client c;
    private String code;
    private String alice;
    private String bob;

    @BeforeEach
    void start() throws Exception {
        server = ClassroomServer.start(ClassroomTest.small(dir.resolve("game.json"), 3, 10));
        c = new Client(server.url());
        code = server.joinCode();
        alice = c.post("/api/join", Map.of("code", code, "name", "alice"), Map.of()).json().get("token").asText();
        bob = c.post("/api/join", Map.of("code", code, "name", "bob"), Map.of()).json().get("token").asText();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String error(Client.Answer a) throws Exception {
        String e = a.json().get("error").asText();
        assertThat(e).doesNotContain("\n").doesNotContain("Exception").doesNotContain("at io.");
        return e;
    }

    @Test
    void aWrongJoinCodeIsRefused() throws Exception {
        String wrong = code.equals("AAAAAA") ? "BBBBBB" : "AAAAAA";
        Client.Answer join = c.post("/api/join", Map.of("code", wrong, "name", "eve"), Map.of());
        assertThat(join.status()).isEqualTo(403);
        assertThat(error(join)).contains("join code");
        Client.Answer me = c.get("/api/me", as(wrong, alice));
        assertThat(me.status()).isEqualTo(403);
        assertThat(c.get("/api/me", Map.of(ClassroomServer.TOKEN, alice)).status()).isEqualTo(403);
    }

    @Test
    void aStudentSeesAndChangesOnlyTheirOwnOrganization() throws Exception {
        assertThat(c.post("/api/decide", Map.of("leadership", 0.3, "management", 0.4), as(code, alice)).status())
                .isEqualTo(200);
        Client.Answer bobs = c.get("/api/me", as(code, bob));
        assertThat(bobs.json().get("name").asText()).isEqualTo("bob");
        assertThat(bobs.json().get("leadership").asDouble()).isEqualTo(0.6);
        assertThat(bobs.body()).doesNotContain("alice").doesNotContain(alice);
        // the body cannot name another student: identity comes from the token only
        c.post("/api/decide", Map.of("leadership", 0.1, "management", 0.1, "id", 1, "name", "alice"), as(code, bob));
        assertThat(c.get("/api/me", as(code, alice)).json().get("leadership").asDouble()).isEqualTo(0.3);
        // a student's token opens none of the instructor's doors
        for (String path : new String[] {"/api/instructor/state", "/api/instructor/export.csv"}) {
            assertThat(c.get(path, as(code, alice)).status()).isEqualTo(403);
        }
        assertThat(c.post("/api/instructor/advance", Map.of(), as(code, alice)).status()).isEqualTo(403);
        assertThat(c.post("/api/instructor/shock", Map.of("shock", "pivot"), as(code, bob)).status()).isEqualTo(403);
        assertThat(server.game().turn()).isZero();
    }

    @Test
    void forgedTokensAndRequestsAreRefusedWithOneLine() throws Exception {
        String forged = "0123456789abcdef0123456789abcdef";
        Client.Answer a = c.get("/api/me", as(code, forged));
        assertThat(a.status()).isEqualTo(403);
        assertThat(error(a)).contains("token");
        assertThat(c.get("/api/me", as(code, "x' OR 1=1 --")).status()).isEqualTo(403);
        // out of range, not numbers, not JSON, not JSON's content type, another site's origin
        Client.Answer range = c.post("/api/decide", Map.of("leadership", 1.5, "management", 0), as(code, alice));
        assertThat(range.status()).isEqualTo(400);
        assertThat(error(range)).isEqualTo("leadership = 1.5: must be in [0, 1]");
        assertThat(error(c.post("/api/decide", Map.of("leadership", "lots", "management", 0), as(code, alice))))
                .contains("leadership");
        assertThat(c.post("/api/decide", "{\"leadership\": ", as(code, alice)).status()).isEqualTo(400);
        assertThat(c.post("/api/decide", "[1, 2]", as(code, alice)).status()).isEqualTo(400);
        Client.Answer nan = c.post("/api/decide", "{\"leadership\": NaN, \"management\": 0}", as(code, alice));
        assertThat(nan.status()).isEqualTo(400);
        Map<String, String> origin = new java.util.HashMap<>(as(code, alice));
        origin.put("Origin", "http://evil.example");
        assertThat(c.post("/api/decide", Map.of("leadership", 0, "management", 0), origin).status()).isEqualTo(403);
        assertThat(c.raw("POST /api/join HTTP/1.1\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\n{}")
                .status()).isEqualTo(415);
        // a name that is too long, or hides control characters
        assertThat(error(c.post("/api/join", Map.of("code", code, "name", "x".repeat(41)), Map.of()))).contains("name");
        assertThat(c.post("/api/join", Map.of("code", code, "name", "a\u0007b"), Map.of()).status()).isEqualTo(400);
    }

    @Test
    void oversizedRequestsAreRefusedBeforeTheyAreRead() throws Exception {
        String big = "{\"code\": \"" + code + "\", \"name\": \"" + "x".repeat(Http.MAX_BODY) + "\"}";
        Client.Answer a = c.post("/api/join", big, Map.of());
        assertThat(a.status()).isEqualTo(413);
        assertThat(error(a)).contains("at most " + Http.MAX_BODY);
        assertThat(server.game().instructorView().get("students")).isEqualTo(2);
    }

    @Test
    void theClassIsCappedAndFloodsAreSlowedDown() throws Exception {
        assertThat(c.post("/api/join", Map.of("code", code, "name", "carol"), Map.of()).status()).isEqualTo(200);
        Client.Answer full = c.post("/api/join", Map.of("code", code, "name", "dave"), Map.of());
        assertThat(full.status()).isEqualTo(403);
        assertThat(error(full)).contains("full");
        int refused = 0;
        long start = System.nanoTime();
        for (int i = 0; i < 60; i++) {
            if (c.get("/api/me", as(code, alice)).status() == 429) {
                refused++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // a burst of 20, then 10 a second: whatever the speed of this machine, the rest is refused
        long allowed = 20 + (long) Math.ceil(10 * seconds);
        assertThat(refused).as("requests refused out of 60 in %.2f s", seconds).isGreaterThanOrEqualTo(
                (int) Math.max(1, 60 - allowed));
        // bob is not slowed down by alice's flood
        assertThat(c.get("/api/me", as(code, bob)).status()).isEqualTo(200);
    }

    @Test
    void nothingOutsideThePageIsServed() throws Exception {
        for (String path : new String[] {"/../pom.xml", "/static/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd",
            "/static/%2e%2e%2fclassroom.js", "/classroom.js/../../game.json", "/game.json",
            "/io/orgsim/web/ClassroomServer.class", "/META-INF/MANIFEST.MF", "/static/..%5c..%5cpom.xml",
            "//etc/passwd", "/api/../game.json"}) {
            Client.Answer a = c.raw("GET " + path + " HTTP/1.1");
            assertThat(a.status()).as(path).isIn(400, 403, 404);
            assertThat(a.body()).as(path).doesNotContain("root:").doesNotContain("instructorToken")
                    .doesNotContain("<project");
        }
        assertThat(c.raw("GET / HTTP/1.1").status()).isEqualTo(200);
        // another site's name pointed at this computer (DNS rebinding) is refused
        assertThat(c.raw("GET /api/shocks HTTP/1.1", "evil.example:" + server.url().getPort()).status()).isEqualTo(403);
        assertThat(c.raw("GET /api/shocks HTTP/1.1", "localhost:" + server.url().getPort()).status()).isEqualTo(200);
        assertThat(c.raw("GET /static/uplot.js HTTP/1.1").status()).isEqualTo(200);
        assertThat(c.raw("DELETE / HTTP/1.1").status()).isEqualTo(405);
    }
}
