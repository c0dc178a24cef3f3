// SPDX-License-Identifier: Apache-2.0
package io.orgsim.web;

import io.orgsim.core.Param;
import io.orgsim.scenarios.Preset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What the dashboard shows: one to four organizations stepping in lockstep from the same seed,
 * played, paused and stepped together, stopping at the horizon. One thread steps them; every
 * method is synchronized, and every change bumps a version that the event streams wait on.
 */
final class DashboardSession implements AutoCloseable {

    /** Most organizations compared at once. */
    static final int MAX_LANES = 4;
    /** Weeks per second the page offers. */
    static final List<Integer> SPEEDS = List.of(1, 2, 5, 13, 26, 52, 104, 260);
    private static final int TICK_MS = 40;

    private final Catalog catalog;
    private final long seed;
    private final List<Lane> lanes = new ArrayList<>();
    private final ScheduledExecutorService stepper;
    private int nextId = 1;
    private boolean playing;
    private int speed = 26;
    private double owed;
    private int pauseAt = -1;
    private long version;
    private Map<String, Object> lesson;

    /**
     * @param catalog what the page offers
     * @param seed the seed of every organization
     * @param first the preset shown first
     */
    DashboardSession(Catalog catalog, long seed, Preset first) {
        this.catalog = catalog;
        this.seed = seed;
        lanes.add(new Lane(nextId++, catalog.color(first.name()), catalog, first, seed));
        stepper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "orgsim-dashboard-stepper");
            t.setDaemon(true);
            return t;
        });
        stepper.scheduleAtFixedRate(this::tick, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
    }

    private synchronized void tick() {
        if (!playing) {
            return;
        }
        owed += speed * TICK_MS / 1000.0;
        int weeks = (int) owed;
        owed -= weeks;
        for (int i = 0; i < weeks && playing; i++) {
            stepOnce();
        }
        changed();
    }

    private void stepOnce() {
        if (done()) {
            playing = false;
            return;
        }
        for (Lane l : lanes) {
            l.step();
        }
        if (done() || (pauseAt >= 0 && week() >= pauseAt)) {
            playing = false;
            pauseAt = -1;
        }
    }

    private void changed() {
        version++;
        notifyAll();
    }

    /** @return weeks stepped (the same in every lane) */
    synchronized int week() {
        return lanes.get(0).week();
    }

    /** @return the horizon: the shortest lane's */
    synchronized int horizon() {
        return lanes.stream().mapToInt(Lane::steps).min().orElseThrow();
    }

    synchronized boolean done() {
        return week() >= horizon();
    }

    synchronized void play() {
        if (done()) {
            replay(); // a finished run plays again from the start
        }
        playing = true;
        owed = 0;
        changed();
    }

    synchronized void pause() {
        playing = false;
        changed();
    }

    synchronized void step() {
        playing = false;
        stepOnce();
        changed();
    }

    /** Back to week 0 of every lane's preset, forgetting lever changes and shocks. */
    synchronized void reset() {
        playing = false;
        pauseAt = -1;
        lanes.forEach(Lane::reset);
        changed();
    }

    /** Back to week 0, keeping every lever change and shock, made again at the same weeks. */
    synchronized void replay() {
        playing = false;
        pauseAt = -1;
        lanes.forEach(Lane::restart);
        changed();
    }

    synchronized void speed(int weeksPerSecond) {
        if (!SPEEDS.contains(weeksPerSecond)) {
            throw Http.bad("speed = " + weeksPerSecond + ": must be one of " + SPEEDS + " (weeks per second)");
        }
        speed = weeksPerSecond;
        changed();
    }

    private Lane lane(int id) {
        return lanes.stream().filter(l -> l.id == id).findFirst().orElseThrow(() -> Http.bad(
                "lane = " + id + ": must be one of " + lanes.stream().map(l -> l.id).toList()));
    }

    /** Shows a preset in one lane; every lane restarts, so that they stay in lockstep. */
    synchronized void preset(int laneId, String name) {
        Preset p = catalog.preset(name);
        Lane target = lane(laneId);
        playing = false;
        pauseAt = -1;
        target.color = null; // its own colour is free for the new preset
        target.color = freeColor(p);
        target.choose(p, seed);
        lanes.stream().filter(l -> l != target).forEach(Lane::reset);
        changed();
    }

    /** Moves a lever of one lane from the current week on. */
    synchronized void lever(int laneId, String key, double value) {
        Param p = catalog.lever(key);
        try {
            p.check(value);
        } catch (IllegalArgumentException e) {
            throw Http.bad(e.getMessage());
        }
        Lane l = lane(laneId);
        l.act(Lane.Action.lever(l.week(), p, value));
        changed();
    }

    /**
     * Fires a shock now, in one lane or (lane 0) in all.
     */
    synchronized void shock(int laneId, String id) {
        ShockLibrary.get(id);
        List<Lane> hit = laneId == 0 ? lanes : List.of(lane(laneId));
        for (Lane l : hit) {
            l.act(Lane.Action.shock(l.week(), id));
        }
        changed();
    }

    /** Adds an organization; every lane restarts from week 0. */
    synchronized int addLane(String presetName) {
        if (lanes.size() >= MAX_LANES) {
            throw Http.bad("lanes: at most " + MAX_LANES + " organizations can be compared");
        }
        Preset p = catalog.preset(presetName);
        playing = false;
        pauseAt = -1;
        lanes.forEach(Lane::reset);
        Lane l = new Lane(nextId++, freeColor(p), catalog, p, seed);
        lanes.add(l);
        changed();
        return l.id;
    }

    /** The preset's colour, or the first of the palette no lane has yet, so lanes never share one. */
    private String freeColor(Preset p) {
        String color = catalog.color(p.name());
        List<String> used = lanes.stream().map(l -> l.color).filter(java.util.Objects::nonNull).toList();
        if (!used.contains(color)) {
            return color;
        }
        return catalog.colors().stream().filter(c -> !used.contains(c)).findFirst().orElse(color);
    }

    synchronized void removeLane(int id) {
        Lane l = lane(id);
        if (lanes.size() == 1) {
            throw Http.bad("lane = " + id + ": the last organization cannot be removed");
        }
        lanes.remove(l);
        changed();
    }

    /**
     * Sets up one step of a lesson: its organizations from week 0, its levers, a shock at a
     * week, and a pause at a week; then plays.
     */
    synchronized void lessonStep(Lessons.Lesson lesson, int index) {
        Lessons.Step s = lesson.step(index);
        playing = false;
        List<String> shown = lanes.stream().map(l -> l.preset().name()).toList();
        boolean goOn = index > 0 && this.lesson != null && lesson.name().equals(this.lesson.get("name"))
                && shown.equals(s.presets());
        if (!goOn) { // a new set of organizations starts from week 0
            lanes.clear();
            for (String name : s.presets()) {
                lanes.add(new Lane(nextId++, freeColor(catalog.preset(name)), catalog, catalog.preset(name), seed));
            }
        }
        Lane first = lanes.get(0);
        int now = week(); // a step that goes on cannot act in the past: it acts now
        for (Map.Entry<String, Double> e : s.levers().entrySet()) {
            first.act(Lane.Action.lever(Math.max(now, s.leverWeek()), catalog.lever(e.getKey()), e.getValue()));
        }
        if (s.shock() != null) {
            for (Lane l : lanes) {
                l.act(Lane.Action.shock(Math.max(now, s.shockWeek()), s.shock()));
            }
        }
        Map<String, Object> caption = new LinkedHashMap<>();
        caption.put("name", lesson.name());
        caption.put("title", lesson.title());
        caption.put("step", index);
        caption.put("count", lesson.steps().size());
        caption.put("caption", s.caption());
        caption.put("watch", s.watch());
        caption.put("until", s.until());
        caption.put("show", s.show());
        this.lesson = caption;
        pauseAt = Math.min(s.until(), horizon());
        playing = week() < pauseAt;
        owed = 0;
        changed();
    }

    synchronized void endLesson() {
        lesson = null;
        pauseAt = -1;
        changed();
    }

    /**
     * Waits until something changes.
     *
     * @param seen the version the caller has
     * @param millis the longest wait
     * @return the current version
     */
    synchronized long await(long seen, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (version == seen) {
            long left = end - System.currentTimeMillis();
            if (left <= 0) {
                break;
            }
            wait(left);
        }
        return version;
    }

    /**
     * The state as the page reads it, with each lane's rows since the caller last read.
     *
     * @param cursor per lane id, the run and the number of rows the caller has; updated
     * @return a JSON-ready map
     */
    synchronized Map<String, Object> json(Map<Integer, int[]> cursor) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", version);
        m.put("playing", playing);
        m.put("speed", speed);
        m.put("speeds", SPEEDS);
        m.put("week", week());
        m.put("horizon", horizon());
        m.put("seed", seed);
        m.put("lesson", lesson);
        List<Map<String, Object>> ls = new ArrayList<>();
        Map<Integer, int[]> next = new HashMap<>();
        for (Lane l : lanes) {
            int[] c = cursor.get(l.id);
            int from = c != null && c[0] == l.run() ? c[1] : 0;
            ls.add(l.json(from));
            next.put(l.id, new int[] {l.run(), l.week()});
        }
        cursor.clear();
        cursor.putAll(next);
        m.put("lanes", ls);
        return m;
    }

    /** Most positions drawn in the picture of an organization; beyond, the first ones. */
    static final int MAX_DRAWN = 2_000;

    /**
     * A picture of one organization now: each position's team, engagement, frustration and
     * whether it is filled, and the informal network's ties among the positions drawn.
     */
    synchronized Map<String, Object> agents(int laneId) {
        Lane l = lane(laneId);
        io.orgsim.core.AgentSnapshot a = l.agents();
        int n = Math.min(a.size(), MAX_DRAWN);
        double[] engagement = new double[n];
        double[] frustration = new double[n];
        int[] flags = new int[n]; // 1 = present, 2 = formal lead, 4 = strong informal leader
        List<int[]> ties = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            engagement[i] = Math.round(a.engagement()[i] * 1000) / 1000.0;
            frustration[i] = Math.round(a.frustration()[i] * 1000) / 1000.0;
            flags[i] = (a.present()[i] ? 1 : 0) | (i % a.teamSize() == 0 ? 2 : 0) | (a.informalLeader()[i] ? 4 : 0);
            for (int k = a.offsets()[i]; k < a.offsets()[i + 1]; k++) {
                int j = a.neighbours()[k];
                if (j > i && j < n) {
                    ties.add(new int[] {i, j});
                }
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lane", l.id);
        m.put("preset", l.preset().name());
        m.put("color", l.color);
        m.put("week", l.week());
        m.put("positions", a.size());
        m.put("drawn", n);
        m.put("teamSize", a.teamSize());
        m.put("engagement", engagement);
        m.put("frustration", frustration);
        m.put("flags", flags);
        m.put("ties", ties);
        return m;
    }

    /** @return the lanes' specs and actions, for tests that repeat a run through the API */
    synchronized List<Lane> lanes() {
        return List.copyOf(lanes);
    }

    @Override
    public void close() {
        stepper.shutdownNow();
    }
}
