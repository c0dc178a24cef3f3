// SPDX-License-Identifier: Apache-2.0
package io.orgsim.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.orgsim.core.Metric;
import io.orgsim.core.Param;
import io.orgsim.core.RunResult;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.ShockResilience;
import io.orgsim.core.Simulation;
import io.orgsim.core.Summary;
import io.orgsim.core.io.AtomicFiles;
import io.orgsim.scenarios.Preset;
import io.orgsim.web.ClassroomServer.Setup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * A classroom game: every student runs their own organization from the same preset, seed and
 * shocks, so the game is fair. Play is turn-based: a turn is a quarter (13 weeks); students set
 * leadership and management under a budget; the instructor advances, and every organization
 * steps the turn with its student's levers. Shocks the instructor fires hit everyone at the
 * start of the next turn. The game is saved to a file after every change (atomically), and an
 * organization is rebuilt on resume by replaying its decisions: the engine is deterministic.
 * Every method is synchronized.
 */
final class ClassroomGame {

    /** One student's levers for one turn. */
    record Decision(int turn, double leadership, double management) {
    }

    /** A student and their organization. */
    static final class Student {
        final int id;
        final String name;
        /** The SHA-256 of the student's token: the token itself is only ever in the student's browser. */
        final String tokenHash;
        final List<Decision> decisions = new ArrayList<>();
        final List<double[]> turnEnds = new ArrayList<>(); // cumulative output, mean engagement of the turn
        double leadership;
        double management;
        Simulation sim;

        Student(int id, String name, String tokenHash, double leadership, double management) {
            this.id = id;
            this.name = name;
            this.tokenHash = tokenHash;
            this.leadership = leadership;
            this.management = management;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * Version of the saved file: 3 holds hashes of every token; 2 held the students' tokens and
     * a hash of the instructor's; 1 held every token.
     */
    static final int FORMAT = 3;
    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I

    private final Setup setup;
    private final ScenarioSpec spec;
    private final String joinCode;
    /** The instructor's token, known only to this process: the file holds its SHA-256. */
    private final String instructorToken;
    private final String instructorHash;
    private final Path file;
    private final List<Student> students = new ArrayList<>();
    private final List<String[]> classShocks = new ArrayList<>(); // {turn, shock id}
    private int turn;

    private ClassroomGame(Setup setup, Preset preset, String joinCode, String instructorToken, Path file) {
        this.setup = setup;
        int steps = setup.turns() * setup.weeksPerTurn();
        ScenarioSpec.Builder b = preset.spec().toBuilder().seed(setup.seed()).steps(steps);
        // keep the preset's shocks that fall inside the game
        b.clearShocks();
        preset.spec().shocks().stream().filter(s -> s.week() < steps).forEach(s -> b.shock(s.week(), s.shock()));
        this.spec = b.build();
        this.joinCode = joinCode;
        this.instructorToken = instructorToken;
        this.instructorHash = sha256(instructorToken);
        this.file = file;
    }

    /**
     * Starts a new game with a fresh join code and instructor token.
     *
     * @param setup the game's setup
     * @param preset every student's organization
     * @param file where the game is saved
     * @return the game, saved
     * @throws IOException when the file cannot be written
     */
    static ClassroomGame start(Setup setup, Preset preset, Path file) throws IOException {
        ClassroomGame g = new ClassroomGame(setup, preset, code(), token(), file);
        g.save();
        return g;
    }

    static String code() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            s.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
        }
        return s.toString();
    }

    static String token() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    String joinCode() {
        return joinCode;
    }

    /** @return the instructor's token, as printed in the instructor's address */
    String instructorToken() {
        return instructorToken;
    }

    /**
     * @param token a token from a request
     * @return whether it is the instructor's, compared in constant time
     */
    boolean isInstructor(String token) {
        return token != null && MessageDigest.isEqual(sha256(token).getBytes(StandardCharsets.UTF_8),
                instructorHash.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the SHA-256 of the text, in hex */
    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    synchronized int turn() {
        return turn;
    }

    Setup setup() {
        return setup;
    }

    synchronized boolean over() {
        return turn >= setup.turns();
    }

    /** @return the student holding the token, or null */
    synchronized Student student(String token) {
        byte[] hash = sha256(token).getBytes(StandardCharsets.UTF_8);
        for (Student s : students) {
            if (MessageDigest.isEqual(s.tokenHash.getBytes(StandardCharsets.UTF_8), hash)) {
                return s;
            }
        }
        return null;
    }

    /**
     * A student who has just joined, with the token given to them once, in the answer to
     * their join; the game keeps only its hash.
     */
    record Joined(Student student, String token) {
    }

    synchronized Joined join(String name) throws IOException {
        if (students.size() >= setup.maxStudents()) {
            throw new Http.Refused(403, "the game is full (" + setup.maxStudents() + " students)");
        }
        if (over()) {
            throw new Http.Refused(403, "the game is over");
        }
        double half = Math.min(1, setup.budget() / 2);
        String token = token();
        Student s = new Student(students.size() + 1, name, sha256(token), half, half);
        s.sim = new Simulation(spec);
        // a latecomer catches up with the class, on even levers, at the class's shocks
        for (int t = 0; t < turn; t++) {
            s.decisions.add(new Decision(t, half, half));
            play(s, t);
        }
        students.add(s);
        save();
        return new Joined(s, token);
    }

    synchronized void decide(Student s, double leadership, double management) throws IOException {
        if (over()) {
            throw new Http.Refused(409, "the game is over");
        }
        check("leadership", leadership);
        check("management", management);
        if (leadership + management > setup.budget() + 1e-9) {
            throw Http.bad(String.format(Locale.ROOT, "leadership + management = %.2f: must be at most the budget, %.2f",
                    leadership + management, setup.budget()));
        }
        s.leadership = leadership;
        s.management = management;
        save();
    }

    private static void check(String field, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw Http.bad(field + " = " + v + ": must be in [0, 1]");
        }
    }

    synchronized void shockNextTurn(String id) throws IOException {
        ShockLibrary.get(id);
        if (over()) {
            throw new Http.Refused(409, "the game is over");
        }
        classShocks.add(new String[] {Integer.toString(turn), id});
        save();
    }

    /**
     * Plays one turn for every student, in parallel: their current levers, then the class's
     * shocks of this turn, then the turn's weeks.
     */
    synchronized void advance(ExecutorService pool) throws IOException, InterruptedException {
        if (over()) {
            throw new Http.Refused(409, "the game is over");
        }
        List<Future<?>> jobs = new ArrayList<>();
        for (Student s : students) {
            s.decisions.add(new Decision(turn, s.leadership, s.management));
            int t = turn;
            jobs.add(pool.submit(() -> play(s, t)));
        }
        for (Future<?> f : jobs) {
            try {
                f.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("turn " + turn + " failed", e.getCause());
            }
        }
        turn++;
        save();
    }

    /** Plays turn t of one student with the decision recorded for it. */
    private void play(Student s, int t) {
        Decision d = s.decisions.get(t);
        s.sim.setLever(Param.LEADERSHIP, d.leadership());
        s.sim.setLever(Param.MANAGEMENT, d.management());
        for (String[] cs : classShocks) {
            if (Integer.parseInt(cs[0]) == t) {
                s.sim.shockNow(ShockLibrary.get(cs[1]).shock());
            }
        }
        double engagement = 0;
        int from = s.sim.week();
        for (int w = 0; w < setup.weeksPerTurn() && !s.sim.isDone(); w++) {
            s.sim.step();
        }
        RunResult r = s.sim.result();
        double[] e = r.series().column(Metric.ENGAGEMENT);
        for (int w = from; w < e.length; w++) {
            engagement += e[w];
        }
        s.turnEnds.add(new double[] {r.summaries().get(Summary.CUMULATIVE_OUTPUT), engagement / (e.length - from)});
    }

    // ---- what the pages read ----------------------------------------------------------

    private Map<String, Object> common() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("turn", turn);
        m.put("turns", setup.turns());
        m.put("weeksPerTurn", setup.weeksPerTurn());
        m.put("week", turn * setup.weeksPerTurn());
        m.put("budget", setup.budget());
        m.put("over", over());
        m.put("preset", spec.name());
        List<Map<String, Object>> shocks = new ArrayList<>();
        spec.shocks().forEach(s -> shocks.add(Map.of("turn", s.week() / setup.weeksPerTurn(), "week", s.week(),
                "shock", s.shock().name(), "planned", true)));
        classShocks.forEach(cs -> shocks.add(Map.of("turn", Integer.parseInt(cs[0]),
                "week", Integer.parseInt(cs[0]) * setup.weeksPerTurn(), "shock", cs[1], "planned", false)));
        m.put("shocks", shocks);
        return m;
    }

    /** A student's own view: nothing of anyone else's. */
    synchronized Map<String, Object> studentView(Student s) {
        Map<String, Object> m = common();
        m.put("name", s.name);
        m.put("leadership", s.leadership);
        m.put("management", s.management);
        m.put("decisions", List.copyOf(s.decisions));
        List<Map<String, Object>> turns = new ArrayList<>();
        for (int t = 0; t < s.turnEnds.size(); t++) {
            turns.add(Map.of("turn", t, "cumulativeOutput", s.turnEnds.get(t)[0], "engagement", s.turnEnds.get(t)[1]));
        }
        m.put("outcomes", turns);
        m.put("series", series(s, Metric.OUTPUT));
        return m;
    }

    private static double[] series(Student s, Metric m) {
        return s.sim.result().series().column(m);
    }

    /** Leaderboard row of one student. */
    private Map<String, Object> row(Student s) {
        RunResult r = s.sim.result();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id);
        m.put("name", s.name);
        m.put("leadership", s.leadership);
        m.put("management", s.management);
        m.put("cumulativeOutput", r.series().length() == 0 ? 0 : r.summaries().get(Summary.CUMULATIVE_OUTPUT));
        m.put("engagement", r.series().length() == 0 ? 0 : r.summaries().get(Summary.ENGAGEMENT));
        ShockResilience first = r.resilience().isEmpty() ? null : r.resilience().get(0);
        m.put("shockDepth", first == null ? null : first.depth());
        m.put("recoveryWeeks", first == null || !first.recovered() ? null : first.recoveryWeeks());
        m.put("strategy", strategy(s));
        return m;
    }

    /** The student's strategy over the game: which lever they leaned on, on average. */
    private String strategy(Student s) {
        if (s.decisions.isEmpty()) {
            return strategy(s.leadership, s.management);
        }
        double l = s.decisions.stream().mapToDouble(Decision::leadership).average().orElse(0);
        double m = s.decisions.stream().mapToDouble(Decision::management).average().orElse(0);
        return strategy(l, m);
    }

    private static String strategy(double l, double m) {
        if (Math.abs(l - m) <= 0.15) {
            return "balanced";
        }
        return l > m ? "leadership-heavy" : "management-heavy";
    }

    /** The instructor's view: leaderboard, the class's choices, and at the end the debrief. */
    synchronized Map<String, Object> instructorView() {
        Map<String, Object> m = common();
        m.put("joinCode", joinCode);
        m.put("students", students.size());
        m.put("maxStudents", setup.maxStudents());
        List<Map<String, Object>> board = new ArrayList<>(students.stream().map(this::row).toList());
        board.sort((a, b) -> Double.compare((double) b.get("cumulativeOutput"), (double) a.get("cumulativeOutput")));
        m.put("leaderboard", board);
        m.put("choices", students.stream().map(s -> List.of(s.leadership, s.management)).toList());
        Map<String, double[]> groups = new LinkedHashMap<>();
        for (Map<String, Object> r : board) {
            double[] g = groups.computeIfAbsent((String) r.get("strategy"), k -> new double[3]);
            g[0]++;
            g[1] += (double) r.get("cumulativeOutput");
            g[2] += (double) r.get("engagement");
        }
        List<Map<String, Object>> strategies = new ArrayList<>();
        groups.forEach((k, g) -> strategies.add(Map.of("strategy", k, "students", (int) g[0],
                "meanCumulativeOutput", g[1] / g[0], "meanEngagement", g[2] / g[0])));
        strategies.sort((a, b) -> Double.compare((double) b.get("meanCumulativeOutput"),
                (double) a.get("meanCumulativeOutput")));
        m.put("strategies", strategies);
        if (over()) {
            m.put("paths", students.stream().map(s -> Map.of("name", s.name, "strategy", strategy(s),
                    "output", series(s, Metric.OUTPUT))).toList());
        }
        return m;
    }

    /** Every decision and its outcome, one row per student and turn. */
    synchronized String csv() {
        StringBuilder out = new StringBuilder(
                "student,name,turn,week,leadership,management,cumulative_output,turn_engagement\n");
        for (Student s : students) {
            for (int t = 0; t < s.decisions.size(); t++) {
                Decision d = s.decisions.get(t);
                double[] e = s.turnEnds.get(t);
                out.append(s.id).append(',').append(csvText(s.name)).append(',').append(t).append(',')
                        .append(t * setup.weeksPerTurn()).append(',').append(d.leadership()).append(',')
                        .append(d.management()).append(',').append(e[0]).append(',').append(e[1]).append('\n');
            }
        }
        return out.toString();
    }

    private static String csvText(String s) {
        String safe = s.startsWith("=") || s.startsWith("+") || s.startsWith("-") || s.startsWith("@") ? "'" + s : s;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    // ---- saved state ------------------------------------------------------------------

    private void save() throws IOException {
        ObjectNode root = Http.JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("joinCode", joinCode);
        // only a hash: whoever reads the file cannot drive the game; a resume issues a new token
        root.put("instructorTokenSha256", instructorHash);
        root.set("setup", Http.JSON.valueToTree(setup));
        root.put("turn", turn);
        ArrayNode shocks = root.putArray("classShocks");
        classShocks.forEach(cs -> shocks.addObject().put("turn", Integer.parseInt(cs[0])).put("shock", cs[1]));
        ArrayNode ss = root.putArray("students");
        for (Student s : students) {
            ObjectNode n = ss.addObject();
            n.put("id", s.id).put("name", s.name).put("tokenSha256", s.tokenHash).put("leadership", s.leadership)
                    .put("management", s.management);
            ArrayNode ds = n.putArray("decisions");
            s.decisions.forEach(d -> ds.addObject().put("leadership", d.leadership()).put("management", d.management()));
        }
        AtomicFiles.writeString(file, Http.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    /**
     * Reads a saved game back and replays every organization to where it was. The file holds
     * only hashes of the tokens: the resumed game has a new instructor token (printed in the
     * new instructor address), and the students' tokens, kept by their browsers, still work.
     *
     * @param file the game's file
     * @param presets where to find the game's preset
     */
    static ClassroomGame resume(Path file, Catalog presets) throws IOException {
        JsonNode root = Http.JSON.readTree(Files.readAllBytes(file));
        int format = root == null ? 0 : root.path("format").asInt();
        if (format < 1 || format > FORMAT) { // 1 held the instructor's token itself, 1 and 2 the students'
            throw new IllegalArgumentException(file + ": not an orgsim classroom game (format 1 to " + FORMAT + ")");
        }
        Setup setup = Http.JSON.treeToValue(need(root, "setup", file), Setup.class);
        ClassroomGame g = new ClassroomGame(setup, presets.preset(setup.preset()), need(root, "joinCode", file).asText(),
                token(), file);
        for (JsonNode cs : need(root, "classShocks", file)) {
            g.classShocks.add(new String[] {Integer.toString(need(cs, "turn", file).asInt()),
                need(cs, "shock", file).asText()});
        }
        int turn = need(root, "turn", file).asInt();
        for (JsonNode n : need(root, "students", file)) {
            String hash = format >= 3 ? need(n, "tokenSha256", file).asText() : sha256(need(n, "token", file).asText());
            Student s = new Student(need(n, "id", file).asInt(), need(n, "name", file).asText(), hash,
                    need(n, "leadership", file).asDouble(), need(n, "management", file).asDouble());
            s.sim = new Simulation(g.spec);
            int t = 0;
            for (JsonNode d : need(n, "decisions", file)) {
                s.decisions.add(new Decision(t, need(d, "leadership", file).asDouble(),
                        need(d, "management", file).asDouble()));
                g.play(s, t);
                t++;
            }
            g.students.add(s);
        }
        g.turn = turn;
        g.save(); // the new instructor token's hash, and the students' hashes where an older file held tokens
        return g;
    }

    /** @return the field, refusing a file that lacks it with its name (a cut or hand-edited file) */
    private static JsonNode need(JsonNode node, String field, Path file) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException(file + ": not a whole orgsim classroom game: no \"" + field + "\"");
        }
        return v;
    }
}
