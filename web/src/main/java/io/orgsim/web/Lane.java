// SPDX-License-Identifier: Apache-2.0
package io.orgsim.web;

import io.orgsim.core.Metric;
import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.ScheduledShock;
import io.orgsim.core.Simulation;
import io.orgsim.scenarios.Preset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One organization of the dashboard: a preset's run, the rows it has produced, and every lever
 * change and shock made by hand, with its week, so that a replay makes them again at the same
 * weeks (and, the engine being deterministic, draws the same lines). Not thread-safe: the
 * session guards it.
 */
final class Lane {

    private static final Metric[] METRICS = Metric.values();

    /** A lever change or a shock, made before the step of {@code week}. */
    record Action(int week, String lever, double value, String shock) {
        static Action lever(int week, Param p, double value) {
            return new Action(week, p.key(), value, null);
        }

        static Action shock(int week, String id) {
            return new Action(week, null, Double.NaN, id);
        }
    }

    /** A line on the time axis: a planned or fired shock, or a lever change. */
    record Mark(int week, String kind, String label) {
    }

    final int id;
    /** The lane's colour: its preset's in the report, unless another lane has it. */
    String color;
    private final Catalog catalog;
    private Preset preset;
    private ScenarioSpec spec;
    private Simulation sim;
    private final List<double[]> rows = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();
    private final List<Action> actions = new ArrayList<>();
    private int run;

    Lane(int id, String color, Catalog catalog, Preset preset, long seed) {
        this.id = id;
        this.color = color;
        this.catalog = catalog;
        choose(preset, seed);
    }

    /** Starts the preset afresh, forgetting every action. */
    void choose(Preset p, long seed) {
        preset = p;
        spec = p.spec().toBuilder().seed(seed).build();
        actions.clear();
        restart();
    }

    /** Starts the same spec afresh; kept actions are made again at their weeks. */
    void restart() {
        sim = new Simulation(spec);
        sim.addObserver((week, m) -> {
            double[] row = new double[METRICS.length];
            for (int i = 0; i < row.length; i++) {
                row[i] = m.get(METRICS[i]);
            }
            rows.add(row);
        });
        rows.clear();
        marks.clear();
        for (ScheduledShock s : spec.shocks()) {
            marks.add(new Mark(s.week(), "planned", s.shock().name()));
        }
        run++;
        applyDue();
    }

    /** Forgets the actions and starts afresh. */
    void reset() {
        actions.clear();
        restart();
    }

    private void applyDue() {
        int week = sim.week();
        for (Action a : actions) {
            if (a.week() == week) {
                apply(a);
            }
        }
    }

    private void apply(Action a) {
        if (a.lever() != null) {
            Param p = catalog.lever(a.lever());
            sim.setLever(p, a.value());
            marks.add(new Mark(a.week(), "lever", String.format(Locale.ROOT, "%s %.2f", a.lever(), a.value())));
        } else {
            ShockLibrary.Entry e = ShockLibrary.get(a.shock());
            sim.shockNow(e.shock());
            marks.add(new Mark(a.week(), "shock", e.id()));
        }
    }

    /**
     * Records an action and makes it now if its week is the current one (otherwise when the run
     * gets there).
     */
    void act(Action a) {
        actions.add(a);
        if (a.week() == sim.week()) {
            apply(a);
        }
    }

    /** Steps one week, then makes the actions due before the next. */
    void step() {
        sim.step();
        applyDue();
    }

    int week() {
        return sim.week();
    }

    int steps() {
        return spec.steps();
    }

    int run() {
        return run;
    }

    Preset preset() {
        return preset;
    }

    ScenarioSpec spec() {
        return spec;
    }

    List<Action> actions() {
        return List.copyOf(actions);
    }

    /** @return true once a lever was moved by hand: the run is no longer the preset's */
    boolean modified() {
        return actions.stream().anyMatch(a -> a.lever() != null);
    }

    /** @return every position's state now, and the network */
    io.orgsim.core.AgentSnapshot agents() {
        return sim.agents();
    }

    double lever(Param p) {
        return sim.lever(p);
    }

    /**
     * The lane as the page reads it, with the rows from {@code from} on.
     *
     * @param from the first row to include
     * @return a JSON-ready map
     */
    Map<String, Object> json(int from) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("preset", preset.name());
        m.put("description", preset.description());
        m.put("color", color);
        m.put("modified", modified());
        m.put("run", run);
        m.put("week", sim.week());
        m.put("steps", spec.steps());
        Map<String, Double> levers = new LinkedHashMap<>();
        for (Param p : catalog.liveLevers()) {
            levers.put(p.key(), Math.round(sim.lever(p) * 1e6) / 1e6);
        }
        m.put("levers", levers);
        m.put("marks", List.copyOf(marks));
        m.put("from", from);
        m.put("rows", List.copyOf(rows.subList(Math.min(from, rows.size()), rows.size())));
        return m;
    }
}
