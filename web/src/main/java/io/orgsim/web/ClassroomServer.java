// SPDX-License-Identifier: Apache-2.0
package io.orgsim.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import io.orgsim.scenarios.Preset;
import io.orgsim.scenarios.Presets;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The classroom game's server: students join with the game's code and get a token; every
 * request then carries both, and a student reads and changes only their own organization.
 * The instructor's requests carry the instructor's token, printed when the game starts.
 * Requests are rate-limited per student and per address, bodies are capped, and only the two
 * pages and their files are served.
 */
public final class ClassroomServer extends Server {

    /** Header with the game's join code. */
    static final String CODE = "X-Orgsim-Code";
    /** Header with the student's or the instructor's token. */
    static final String TOKEN = "X-Orgsim-Token";
    /** Longest student name. */
    static final int MAX_NAME = 40;

    /**
     * How to start a game.
     *
     * @param host the address to listen on; students need one they can reach (for example 0.0.0.0)
     * @param port the port, or 0 for a free one
     * @param setup the game; ignored when resuming
     * @param file where the game is saved after every change
     * @param resume true to carry on the game saved in {@code file}
     * @param presets where the game's preset is found
     * @param requestsPerSecond requests each student (and each address, for joining) may make per second
     */
    public record Options(String host, int port, Setup setup, Path file, boolean resume, List<Preset> presets,
                          double requestsPerSecond) {
        /**
         * @param file where the game is saved
         * @return a game of 40 quarters of the balanced organization, a budget of 1.2, at most 200 students
         */
        public static Options defaults(Path file) {
            return new Options("127.0.0.1", 0, new Setup("balanced", 1, 40, 13, 1.2, 200), file, false,
                    Presets.builtIn().all(), 10);
        }
    }

    /**
     * A game's setup.
     *
     * @param preset the organization every student starts from
     * @param seed the seed of every organization
     * @param turns turns in the game
     * @param weeksPerTurn weeks per turn (13: a quarter)
     * @param budget the most that leadership + management may add up to
     * @param maxStudents the most students who may join
     */
    public record Setup(String preset, long seed, int turns, int weeksPerTurn, double budget, int maxStudents) {
    }

    private final ClassroomGame game;
    private final RateLimiter perStudent;
    private final RateLimiter perAddress;
    private final ExecutorService workers;

    private ClassroomServer(Options o) throws IOException {
        super(o.host(), o.port(), 32);
        Catalog catalog = new Catalog(o.presets());
        if (o.resume()) {
            if (!Files.exists(o.file())) {
                throw new IllegalArgumentException("--resume: " + o.file() + " does not exist");
            }
            game = ClassroomGame.resume(o.file(), catalog);
        } else {
            Setup s = o.setup();
            Preset p = catalog.preset(s.preset());
            game = ClassroomGame.start(s, p, o.file());
        }
        double rate = o.requestsPerSecond();
        perStudent = new RateLimiter(Math.max(5, rate * 2), rate);
        perAddress = new RateLimiter(Math.max(20, rate * 4), rate * 2);
        workers = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "orgsim-classroom-turn");
            t.setDaemon(true);
            return t;
        });
        route("/api/join", this::join);
        route("/api/me", ex -> {
            Http.require(ex, "GET");
            Http.json(ex, 200, game.studentView(student(ex)));
        });
        route("/api/decide", ex -> {
            Http.require(ex, "POST");
            ClassroomGame.Student s = student(ex);
            JsonNode body = Http.body(ex);
            game.decide(s, Http.number(body, "leadership"), Http.number(body, "management"));
            Http.json(ex, 200, game.studentView(s));
        });
        route("/api/instructor/state", ex -> {
            Http.require(ex, "GET");
            instructor(ex);
            Http.json(ex, 200, game.instructorView());
        });
        route("/api/instructor/advance", ex -> {
            Http.require(ex, "POST");
            instructor(ex);
            Http.body(ex);
            game.advance(workers);
            Http.json(ex, 200, Map.of("turn", game.turn()));
        });
        route("/api/instructor/shock", ex -> {
            Http.require(ex, "POST");
            instructor(ex);
            game.shockNextTurn(Http.text(Http.body(ex), "shock"));
            Http.json(ex, 200, Map.of("turn", game.turn()));
        });
        route("/api/instructor/export.csv", ex -> {
            Http.require(ex, "GET");
            instructor(ex);
            ex.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"orgsim-classroom.csv\"");
            Http.send(ex, 200, "text/csv; charset=utf-8", game.csv().getBytes(StandardCharsets.UTF_8));
        });
        route("/api/shocks", ex -> {
            Http.require(ex, "GET");
            Http.json(ex, 200, ShockLibrary.ALL.stream().map(e -> Map.of("id", e.id(), "label", e.label())).toList());
        });
        start(new StaticFiles(Map.of("/", "classroom.html", "/classroom.js", "classroom.js",
                "/instructor", "instructor.html", "/instructor.js", "instructor.js")));
    }

    private static void check(Setup s) {
        if (s.turns() < 1 || s.turns() > 400) {
            throw new IllegalArgumentException("--turns = " + s.turns() + ": must be in [1, 400]");
        }
        if (s.weeksPerTurn() < 1 || s.weeksPerTurn() > 520) {
            throw new IllegalArgumentException("--weeks-per-turn = " + s.weeksPerTurn() + ": must be in [1, 520]");
        }
        if (!(s.budget() > 0 && s.budget() <= 2)) {
            throw new IllegalArgumentException("--budget = " + s.budget() + ": must be in (0, 2]");
        }
        if (s.maxStudents() < 1 || s.maxStudents() > 1000) {
            throw new IllegalArgumentException("--max-students = " + s.maxStudents() + ": must be in [1, 1000]");
        }
    }

    /**
     * Starts a game, or resumes a saved one.
     *
     * @param options the game and where to serve it
     * @return the running server
     * @throws IOException when the address cannot be bound or the game cannot be saved or read
     * @throws IllegalArgumentException naming the option when the setup is out of range
     */
    public static ClassroomServer start(Options options) throws IOException {
        if (!options.resume()) {
            check(options.setup()); // before the port is bound or the file written
            new Catalog(options.presets()).preset(options.setup().preset());
        }
        return new ClassroomServer(options);
    }

    /** @return the students' address */
    public URI url() {
        return address();
    }

    /** @return the instructor's address: it carries the instructor's token, so keep it to yourself */
    public URI instructorUrl() {
        return address().resolve("/instructor#" + game.joinCode() + "." + game.instructorToken());
    }

    /** @return the code students type to join */
    public String joinCode() {
        return game.joinCode();
    }

    String instructorToken() {
        return game.instructorToken();
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8),
                b.getBytes(StandardCharsets.UTF_8));
    }

    private static String address(HttpExchange ex) {
        return ex.getRemoteAddress().getAddress().getHostAddress();
    }

    private void join(HttpExchange ex) throws IOException {
        Http.require(ex, "POST");
        perAddress.take(address(ex));
        JsonNode body = Http.body(ex);
        if (!same(Http.text(body, "code").trim().toUpperCase(java.util.Locale.ROOT), game.joinCode())) {
            throw new Http.Refused(403, "join code: wrong; ask the instructor for the code on the screen");
        }
        String name = Http.text(body, "name").strip();
        if (name.isEmpty() || name.length() > MAX_NAME || name.codePoints().anyMatch(Character::isISOControl)) {
            throw Http.bad("name: must be 1 to " + MAX_NAME + " characters, with no control characters");
        }
        ClassroomGame.Joined joined = game.join(name);
        Http.json(ex, 200, Map.of("id", joined.student().id, "token", joined.token(), "name", joined.student().name));
    }

    /** The student making the request; refuses a wrong code or an unknown token. */
    private ClassroomGame.Student student(HttpExchange ex) {
        String code = ex.getRequestHeaders().getFirst(CODE);
        String token = ex.getRequestHeaders().getFirst(TOKEN);
        if (!same(code, game.joinCode())) {
            perAddress.take(address(ex));
            throw new Http.Refused(403, "join code: missing or wrong");
        }
        if (token == null || token.length() != 32) {
            perAddress.take(address(ex));
            throw new Http.Refused(403, "token: missing or malformed; join the game first");
        }
        perStudent.take(token);
        ClassroomGame.Student s = game.student(token);
        if (s == null) {
            throw new Http.Refused(403, "token: not a student of this game");
        }
        return s;
    }

    private void instructor(HttpExchange ex) {
        String code = ex.getRequestHeaders().getFirst(CODE);
        String token = ex.getRequestHeaders().getFirst(TOKEN);
        perAddress.take(address(ex));
        if (!same(code, game.joinCode()) || !game.isInstructor(token)) {
            throw new Http.Refused(403, "instructor: wrong code or token (use the address printed when the game "
                    + "started or was last resumed)");
        }
    }

    /** @return the game, for tests in this package */
    ClassroomGame game() {
        return game;
    }

    @Override
    public void close() {
        super.close();
        workers.shutdownNow();
    }
}
