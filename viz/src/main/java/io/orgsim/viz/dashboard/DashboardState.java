// SPDX-License-Identifier: Apache-2.0
package io.orgsim.viz.dashboard;

import io.orgsim.core.CapacityCut;
import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.Shock;
import io.orgsim.core.Simulation;
import io.orgsim.core.StrategicPivot;
import io.orgsim.scenarios.Preset;
import io.orgsim.viz.Palette;
import java.util.Arrays;
import java.util.List;
import javax.swing.SwingUtilities;
import sim.display.Console;
import sim.display.Controller;
import sim.display.GUIState;
import sim.engine.Steppable;

/**
 * MASON's {@link GUIState} for the instructor dashboard. It wraps the MASON state of a
 * {@link Simulation} and steps the run through {@link Simulation#step()}, so that observers
 * (the live charts) hear of every week; the model never knows it is drawn. Console's stop
 * button resets the run to the chosen scenario's start; lever changes made before the first
 * step of a run are kept.
 */
public final class DashboardState extends GUIState {

    /** The pivot fired by the dashboard's button, in degrees. */
    public static final double PIVOT_DEGREES = StrategicPivot.DEFAULT_DEGREES;
    /** The capacity cut fired by the dashboard's button. */
    public static final CapacityCut CUT = new CapacityCut(0.25, 26);

    private final List<Preset> scenarios;
    private final Palette palette;
    private final LeverControls levers = new LeverControls(this);
    private Preset scenario;
    private Simulation sim;
    private LiveCharts charts;
    private ControlsFrame controls;

    /**
     * @param scenarios the scenarios the picker offers, at least one; the first is shown first
     */
    public DashboardState(List<Preset> scenarios) {
        this(List.copyOf(scenarios), new Simulation(scenarios.get(0).spec()));
    }

    private DashboardState(List<Preset> scenarios, Simulation first) {
        super(first.simState());
        this.scenarios = scenarios;
        this.palette = Palette.forScenarios(scenarios.stream().map(Preset::name).toList());
        this.scenario = scenarios.get(0);
        this.sim = first;
    }

    /** @return the name shown in the Console's title */
    public static String getName() {
        return "orgsim: leadership and management";
    }

    /** @return the text of the Console's "About" tab */
    public static Object getInfo() {
        return "<html><body style='font-family:sans-serif'><h2>orgsim instructor dashboard</h2>"
                + "<p>Pick a scenario, press play, and move the leadership and management sliders in the "
                + "<b>Model</b> tab. The buttons in the scenario window fire a strategic pivot or a capacity "
                + "cut now. Stop resets the run to the scenario's start.</p></body></html>";
    }

    @Override
    public Object getSimulationInspectedObject() {
        return levers;
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        charts = new LiveCharts();
        controls = new ControlsFrame(this);
        c.registerFrame(charts.frame());
        c.registerFrame(controls.frame());
        install(sim);
        charts.frame().setVisible(true);
        controls.frame().setVisible(true);
    }

    @Override
    public void start() {
        // Console reseeds state before start(): honour the seed shown in its Console tab
        ScenarioSpec spec = scenario.spec().toBuilder().seed(state.seed()).build();
        Simulation fresh = new Simulation(spec);
        if (sim.week() == 0) {
            for (Param p : liveLevers()) {
                fresh.setLever(p, sim.lever(p));
            }
        }
        install(fresh);
        super.start();
    }

    @Override
    public boolean step() {
        // as GUIState.step(), but the week goes through Simulation.step() so observers are told
        synchronized (state.schedule) {
            Steppable[] b = Arrays.copyOf(before, beforeSize);
            Steppable[] a = Arrays.copyOf(after, afterSize);
            beforeSize = 0;
            afterSize = 0;
            for (Steppable s : b) {
                s.step(state);
            }
            sim.step();
            for (Steppable s : a) {
                s.step(state);
            }
        }
        return true;
    }

    @Override
    public void quit() {
        super.quit();
        if (charts != null) {
            charts.frame().dispose();
        }
        if (controls != null) {
            controls.frame().dispose();
        }
    }

    /**
     * Shows another scenario: stops the Console and resets to the scenario's start.
     *
     * @param name a scenario offered by the picker
     */
    public void pick(String name) {
        Preset p = scenarios.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no scenario " + name));
        if (controller instanceof Console c && c.getPlayState() != Console.PS_STOPPED) {
            c.pressStop();
        }
        synchronized (state.schedule) {
            scenario = p;
            install(new Simulation(p.spec().toBuilder().seed(state.seed()).build()));
        }
        refreshInspector();
    }

    /** Fires the strategic pivot before the next week. */
    public void pivotNow() {
        shockNow(new StrategicPivot(PIVOT_DEGREES));
    }

    /** Fires the capacity cut before the next week. */
    public void cutNow() {
        shockNow(CUT);
    }

    private void shockNow(Shock shock) {
        int week;
        synchronized (state.schedule) {
            sim.shockNow(shock);
            week = sim.week();
        }
        if (charts != null) {
            onSwing(() -> charts.markShock(week, shock.name()));
        }
    }

    /**
     * Moves a lever of the run being shown.
     *
     * @param p a live lever or a top lever
     * @param value its new value
     */
    public void setLever(Param p, double value) {
        synchronized (state.schedule) {
            sim.setLever(p, value);
        }
        refreshInspector();
    }

    private boolean refreshing;

    /** Shows the levers' current values in the Model tab (a top lever moves its sub-levers). */
    private void refreshInspector() {
        if (refreshing || !(controller instanceof Console c)) {
            return;
        }
        SwingUtilities.invokeLater(() -> {
            if (c.getModelInspector() != null && !refreshing) {
                refreshing = true;
                try {
                    c.getModelInspector().updateInspector();
                } finally {
                    refreshing = false;
                }
            }
        });
    }

    /**
     * @param p a live lever, or a top lever (the mean of its sub-levers)
     * @return its value in the run being shown
     */
    public double lever(Param p) {
        synchronized (state.schedule) {
            return sim.lever(p);
        }
    }

    /** @return the run being shown (drive it only through the Console) */
    public Simulation simulation() {
        return sim;
    }

    /** @return the scenario being shown */
    public Preset scenario() {
        return scenario;
    }

    /** @return the scenarios the picker offers */
    public List<Preset> scenarios() {
        return scenarios;
    }

    /** @return the sliders' properties object */
    public LeverControls levers() {
        return levers;
    }

    LiveCharts charts() {
        return charts;
    }

    ControlsFrame controls() {
        return controls;
    }

    private void install(Simulation fresh) {
        sim = fresh;
        state = fresh.simState();
        if (charts != null) {
            fresh.addObserver(charts);
            charts.reset(scenario.name(), palette.color(scenario.name()), fresh.spec().shocks());
        }
        if (controls != null) {
            fresh.addObserver((week, m) -> controls.showWeek(week + 1));
            controls.showWeek(0);
        }
    }

    private static List<Param> liveLevers() {
        return List.of(Param.VISION, Param.INSPIRATION, Param.SAFETY, Param.DISTRIBUTED, Param.PLANNING,
                Param.PROCESS, Param.ACCOUNTABILITY, Param.RESOURCES);
    }

    static void onSwing(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) {
            r.run();
        } else {
            SwingUtilities.invokeLater(r);
        }
    }
}
