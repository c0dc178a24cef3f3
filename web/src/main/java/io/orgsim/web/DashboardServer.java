// SPDX-License-Identifier: Apache-2.0
package io.orgsim.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import io.orgsim.scenarios.Preset;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * The instructor's dashboard in the browser: one page with presets, levers, shocks and live
 * charts of one to four organizations, updated by server-sent events.
 *
 * <pre>{@code
 * try (DashboardServer s = DashboardServer.start(DashboardServer.Options.defaults())) {
 *     System.out.println("open " + s.address());
 * }
 * }</pre>
 */
public final class DashboardServer extends Server {

    /** Most event streams at once (each holds a thread): a few screens and tabs. */
    static final int MAX_STREAMS = 16;

    /**
     * How to start the dashboard.
     *
     * @param host the address to listen on (127.0.0.1: this computer only)
     * @param port the port, or 0 for a free one
     * @param seed the seed of every organization shown
     * @param presets the presets offered; the first is shown first
     * @param lessons the lessons offered
     */
    public record Options(String host, int port, long seed, List<Preset> presets, List<Lesson> lessons) {
        /** @return 127.0.0.1, a free port, seed 1, the built-in presets and the shipped lessons */
        public static Options defaults() {
            return new Options("127.0.0.1", 0, 1, io.orgsim.scenarios.Presets.builtIn().all(), null);
        }

        /**
         * @param dir a directory of lesson files, added to the shipped lessons
         * @return these options with them
         * @throws IllegalArgumentException naming the file and field of the first mistake
         */
        public Options withLessons(java.nio.file.Path dir) throws IOException {
            Catalog c = new Catalog(presets);
            List<Lesson> all = new ArrayList<>(lessons != null ? lessons : Lesson.wrap(Lessons.playable(c)));
            all.addAll(Lesson.wrap(Lessons.load(dir, c)));
            return new Options(host, port, seed, presets, all);
        }

        /**
         * @param host the address to listen on
         * @param port the port, 0 for a free one
         * @return these options on that address
         */
        public Options at(String host, int port) {
            return new Options(host, port, seed, presets, lessons);
        }

        /**
         * @param s the seed of every organization
         * @return these options with that seed
         */
        public Options seed(long s) {
            return new Options(host, port, s, presets, lessons);
        }
    }

    /** A lesson, opaque outside this package. */
    public static final class Lesson {
        final Lessons.Lesson lesson;

        private Lesson(Lessons.Lesson lesson) {
            this.lesson = lesson;
        }

        static List<Lesson> wrap(List<Lessons.Lesson> ls) {
            return ls.stream().map(Lesson::new).toList();
        }

        /** @return the lesson's name (its file's) */
        public String name() {
            return lesson.name();
        }
    }

    private final Catalog catalog;
    private final DashboardSession session;
    private final List<Lessons.Lesson> lessons;
    private final Semaphore streams = new Semaphore(MAX_STREAMS);

    private DashboardServer(Options o) throws IOException {
        super(o.host(), o.port(), MAX_STREAMS + 8);
        catalog = new Catalog(o.presets());
        lessons = o.lessons() != null ? o.lessons().stream().map(l -> l.lesson).toList() : Lessons.playable(catalog);
        session = new DashboardSession(catalog, o.seed(), o.presets().get(0));
        route("/api/catalog", ex -> {
            Http.require(ex, "GET");
            Map<String, Object> c = new LinkedHashMap<>(catalog.json());
            c.put("lessons", lessons.stream().map(l -> Map.of("name", l.name(), "title", l.title(),
                    "steps", l.steps().size())).toList());
            Http.json(ex, 200, c);
        });
        route("/api/state", ex -> {
            Http.require(ex, "GET");
            Http.json(ex, 200, session.json(new HashMap<>()));
        });
        route("/api/events", this::events);
        route("/api/organization", ex -> {
            Http.require(ex, "GET");
            String lane = Http.query(ex).getOrDefault("lane", "");
            int id;
            try {
                id = Integer.parseInt(lane);
            } catch (NumberFormatException e) {
                throw Http.bad("lane = \"" + lane + "\": must be a whole number");
            }
            Http.json(ex, 200, session.agents(id));
        });
        route("/api/control", ex -> command(ex, body -> {
            String action = Http.text(body, "action");
            switch (action) {
                case "play" -> session.play();
                case "pause" -> session.pause();
                case "step" -> session.step();
                case "reset" -> session.reset();
                case "replay" -> session.replay();
                default -> throw Http.bad("action = \"" + action + "\": must be one of play, pause, step, reset, "
                        + "replay");
            }
        }));
        route("/api/speed", ex -> command(ex, body -> session.speed(Http.whole(body, "speed", 1, 1000))));
        route("/api/preset", ex -> command(ex, body -> session.preset(lane(body), Http.text(body, "preset"))));
        route("/api/lever", ex -> command(ex, body -> session.lever(lane(body), Http.text(body, "lever"),
                Http.number(body, "value"))));
        route("/api/shock", ex -> command(ex, body -> session.shock(Http.whole(body, "lane", 0, Integer.MAX_VALUE),
                Http.text(body, "shock"))));
        route("/api/lanes/add", ex -> command(ex, body -> session.addLane(Http.text(body, "preset"))));
        route("/api/lanes/remove", ex -> command(ex, body -> session.removeLane(lane(body))));
        route("/api/lesson", ex -> command(ex, body -> {
            if (body.has("end")) {
                session.endLesson();
                return;
            }
            String name = Http.text(body, "name");
            Lessons.Lesson l = lessons.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow(() ->
                    Http.bad("name = \"" + name + "\": must be one of " + lessons.stream().map(Lessons.Lesson::name)
                            .toList()));
            session.lessonStep(l, Http.whole(body, "step", 0, l.steps().size() - 1));
        }));
        start(new StaticFiles(Map.of("/", "dashboard.html", "/dashboard.js", "dashboard.js")));
    }

    /**
     * Starts the server.
     *
     * @param options where and what
     * @return the running server
     * @throws IOException when the address cannot be bound
     */
    public static DashboardServer start(Options options) throws IOException {
        return new DashboardServer(options);
    }

    /** @return the page's address */
    public URI url() {
        return address();
    }

    private static int lane(JsonNode body) {
        return Http.whole(body, "lane", 1, Integer.MAX_VALUE);
    }

    @FunctionalInterface
    private interface Command {
        void run(JsonNode body);
    }

    private void command(HttpExchange ex, Command c) throws IOException {
        Http.require(ex, "POST");
        c.run(Http.body(ex));
        Http.json(ex, 200, Map.of("ok", true, "week", session.week()));
    }

    /** Server-sent events: the whole state first, then each change with only the new rows. */
    private void events(HttpExchange ex) throws IOException, InterruptedException {
        Http.require(ex, "GET");
        if (!streams.tryAcquire()) {
            throw new Http.Refused(503, "too many open dashboards (at most " + MAX_STREAMS + ")");
        }
        try {
            ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            Map<Integer, int[]> cursor = new HashMap<>();
            long seen = -1;
            while (!Thread.currentThread().isInterrupted()) {
                long now = session.await(seen, 15_000);
                if (now == seen) {
                    out.write(": still here\n\n".getBytes(StandardCharsets.UTF_8));
                } else {
                    Map<String, Object> state = session.json(cursor);
                    seen = ((Number) state.get("version")).longValue();
                    out.write(("data: " + Http.JSON.writeValueAsString(state) + "\n\n")
                            .getBytes(StandardCharsets.UTF_8));
                }
                out.flush();
            }
        } finally {
            streams.release();
        }
    }

    /** @return the session, for tests in this package */
    DashboardSession session() {
        return session;
    }

    /** @return the catalog, for tests in this package */
    Catalog catalog() {
        return catalog;
    }

    @Override
    public void close() {
        session.close();
        super.close();
    }
}
