// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core;

import io.orgsim.core.internal.Levers;
import io.orgsim.core.internal.MasonModel;
import io.orgsim.core.internal.Recorder;
import io.orgsim.core.internal.RunAnalysis;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One run of a spec, stepped week by week on MASON's schedule. Use {@link OrgSim#run} for a
 * whole run; use this class to watch a run, step it by hand, move levers or fire shocks
 * while it goes (as the instructor dashboard does). Not thread-safe: one thread drives it.
 *
 * @since 0.1.0
 */
public final class Simulation {

    private final ScenarioSpec spec;
    private final MasonModel model;
    private final List<StepObserver> observers = new ArrayList<>();
    private final StepMetrics view;

    /**
     * Agents from which a simulation steps its week on every processor by default (below, on
     * the calling thread alone, where handing blocks to other threads costs more than it
     * saves); see benchmarks/README.md for the measurement.
     */
    public static final int PARALLEL_AGENTS = 10_000;

    /**
     * Builds the organization at week 0. Its week is stepped on one thread below
     * {@link #PARALLEL_AGENTS} agents, on every available processor from there.
     *
     * @param spec a validated spec
     */
    public Simulation(ScenarioSpec spec) {
        this(spec, defaultThreads(spec.agents()));
    }

    /**
     * Builds the organization at week 0, to be stepped on a fixed number of threads. The
     * results are bit-identical whatever the number: every draw is keyed by (mechanism, agent
     * or team, week) and the sums over agents are made in blocks of fixed size, added in block
     * order.
     *
     * @param spec a validated spec
     * @param threads threads that step each week, the caller's included; at least 1
     * @throws IllegalArgumentException when threads is below 1
     */
    public Simulation(ScenarioSpec spec, int threads) {
        this(spec, started(new MasonModel(spec)));
        if (threads < 1) {
            throw new IllegalArgumentException("threads = " + threads + ": must be at least 1");
        }
        model.organization().useThreads(threads);
    }

    /**
     * @param agents the organization's size
     * @return the threads a simulation of that size steps its week on by default
     */
    public static int defaultThreads(int agents) {
        return agents < PARALLEL_AGENTS ? 1 : Runtime.getRuntime().availableProcessors();
    }

    /** Wraps a started model, for example one read back by {@link Checkpoints#resume}. */
    Simulation(ScenarioSpec spec, MasonModel model) {
        this.spec = spec;
        this.model = model;
        Recorder recorder = model.recorder();
        this.view = m -> recorder.column(m)[recorder.length() - 1];
        model.organization().useThreads(defaultThreads(spec.agents()));
    }

    private static MasonModel started(MasonModel model) {
        model.start();
        return model;
    }

    /**
     * @param observer called after every step from now on
     * @return this simulation
     */
    public Simulation addObserver(StepObserver observer) {
        observers.add(observer);
        return this;
    }

    /** @return the spec being run */
    public ScenarioSpec spec() {
        return spec;
    }

    /** @return the number of weeks stepped so far */
    public int week() {
        return model.recorder().length();
    }

    /** @return true once the horizon of the spec is reached */
    public boolean isDone() {
        return week() >= spec.steps();
    }

    /**
     * Steps one week, past the horizon too if asked (a dashboard may keep going).
     */
    public void step() {
        model.schedule.step(model);
        int week = week() - 1;
        for (int i = 0; i < observers.size(); i++) { // no iterator: nothing allocated per step
            observers.get(i).onStep(week, view);
        }
    }

    /**
     * Runs to the horizon and returns the result.
     *
     * @return the result of the run
     */
    public RunResult run() {
        while (!isDone()) {
            step();
        }
        return result();
    }

    /**
     * Moves a lever from the next step on. Allowed: the two top levers (which move their
     * sub-levers) and the sub-levers and {@code leadership.distributed}.
     *
     * @param p the lever
     * @param value its new value
     * @throws SpecException when the value is out of range or the parameter cannot change mid-run
     */
    public void setLever(Param p, double value) {
        if (p != Param.LEADERSHIP && p != Param.MANAGEMENT && !Levers.LIVE.contains(p)) {
            throw new SpecException(p.key(), Param.format(value), "cannot change during a run; live levers are "
                    + "leadership, management and their sub-levers");
        }
        model.organization().levers().set(p, value);
    }

    /**
     * @param p a live lever, for example {@link Param#VISION}; for {@link Param#LEADERSHIP} and
     *     {@link Param#MANAGEMENT}, the mean of their sub-levers
     * @return its current value
     */
    public double lever(Param p) {
        return model.organization().levers().get(p);
    }

    /**
     * Fires a shock before the next step; it is analysed like a scheduled one.
     *
     * @param shock the shock
     */
    public void shockNow(Shock shock) {
        shock.validate("shock");
        model.shockNow(shock);
    }

    /**
     * A copy of every position's state now, with the informal network: for pictures of the
     * organization. Allocates; not for hot loops.
     *
     * @return the snapshot
     */
    public AgentSnapshot agents() {
        return model.organization().snapshot();
    }

    /** The model behind this run, for {@link Checkpoints} in this package only; not API. */
    MasonModel model() {
        return model;
    }

    /**
     * The result of the weeks stepped so far.
     *
     * @return the series, summaries and resilience figures
     */
    public RunResult result() {
        Recorder recorder = model.recorder();
        int length = recorder.length();
        Map<Metric, double[]> columns = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            columns.put(m, Arrays.copyOf(recorder.column(m), length));
        }
        List<Recorder.ShockMark> marks = recorder.shocks();
        int[] weeks = marks.stream().mapToInt(Recorder.ShockMark::week).toArray();
        String[] names = marks.stream().map(Recorder.ShockMark::name).toArray(String[]::new);
        double[] output = columns.get(Metric.OUTPUT);
        List<ShockResilience> resilience = RunAnalysis.resilience(output, length, weeks, names);
        TimeSeries series = new TimeSeries(columns, length);
        return new RunResult(spec, series, summarize(columns, length, weeks, resilience), resilience);
    }

    private Summaries summarize(Map<Metric, double[]> c, int length, int[] shockWeeks,
                                List<ShockResilience> resilience) {
        double[] v = new double[Summary.values().length];
        int[] window = RunAnalysis.steadyWindow(spec, length, shockWeeks);
        double[] output = c.get(Metric.OUTPUT);
        double[] engagement = c.get(Metric.ENGAGEMENT);
        v[Summary.CUMULATIVE_OUTPUT.ordinal()] = RunAnalysis.sum(output, length);
        v[Summary.MEAN_OUTPUT.ordinal()] = RunAnalysis.mean(output, window[0], window[1]);
        v[Summary.OUTPUT_CV.ordinal()] = RunAnalysis.fluctuationCv(output, window[0], window[1]);
        v[Summary.ENGAGEMENT.ordinal()] = RunAnalysis.mean(engagement, 0, length);
        v[Summary.EARLY_ENGAGEMENT.ordinal()] = RunAnalysis.mean(engagement, 0, Math.min(length, RunAnalysis.EARLY_WEEKS));
        v[Summary.LATE_ENGAGEMENT.ordinal()] = RunAnalysis.mean(engagement, Math.max(0, length - RunAnalysis.LATE_WEEKS), length);
        v[Summary.FRUSTRATION.ordinal()] = RunAnalysis.mean(c.get(Metric.FRUSTRATION), 0, length);
        v[Summary.WASTE_SHARE.ordinal()] = RunAnalysis.mean(c.get(Metric.WASTE_SHARE), 0, length);
        v[Summary.OVERHEAD_SHARE.ordinal()] = RunAnalysis.mean(c.get(Metric.OVERHEAD_SHARE), 0, length);
        v[Summary.ALIGNMENT.ordinal()] = RunAnalysis.mean(c.get(Metric.ALIGNMENT), 0, length);
        v[Summary.COHERENCE.ordinal()] = RunAnalysis.mean(c.get(Metric.COHERENCE), 0, length);
        v[Summary.IDEAS_PROPOSED.ordinal()] = RunAnalysis.sum(c.get(Metric.IDEAS_PROPOSED), length);
        v[Summary.INNOVATIONS.ordinal()] = RunAnalysis.sum(c.get(Metric.IDEAS_IMPLEMENTED), length);
        v[Summary.ERRORS.ordinal()] = RunAnalysis.sum(c.get(Metric.ERRORS), length);
        v[Summary.ERRORS_REPORTED.ordinal()] = RunAnalysis.sum(c.get(Metric.ERRORS_REPORTED), length);
        v[Summary.INCIDENTS.ordinal()] = RunAnalysis.sum(c.get(Metric.INCIDENTS), length);
        v[Summary.TURNOVER_RATE.ordinal()] = RunAnalysis.sum(c.get(Metric.DEPARTURES), length)
                / spec.agents() / ((double) length / AnalysisWindows.YEAR);
        v[Summary.FINAL_HEADCOUNT.ordinal()] = length == 0 ? 0 : c.get(Metric.HEADCOUNT)[length - 1];
        v[Summary.SKILL.ordinal()] = RunAnalysis.mean(c.get(Metric.SKILL), 0, length);
        v[Summary.RESILIENCE_LOSS.ordinal()] = resilience.stream().mapToDouble(ShockResilience::areaLost).sum();
        resilienceOf(spec, resilience).ifPresent(r -> {
            v[Summary.RECOVERY_WEEKS.ordinal()] = r.recoveryWeeks();
            v[Summary.SHOCK_DEPTH.ordinal()] = r.depth();
        });
        return new Summaries(v);
    }

    /**
     * @param spec a run's spec
     * @param resilience the run's resilience figures, one per hit
     * @return the figures of the spec's {@link ScenarioSpec#resilienceShock()}, if it hit
     */
    public static java.util.Optional<ShockResilience> resilienceOf(ScenarioSpec spec,
                                                                   List<ShockResilience> resilience) {
        return spec.resilienceShock().flatMap(chosen -> resilience.stream()
                .filter(r -> r.week() == chosen.week() && r.shock().equals(chosen.shock().name())).findFirst());
    }
}
