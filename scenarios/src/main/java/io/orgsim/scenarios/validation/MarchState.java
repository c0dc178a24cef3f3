// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.validation;

import java.util.Arrays;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The thin MASON adapter for March's model: its schedule steps the phases of a period over
 * the whole population, one repeating event per phase at a fixed ordering, once per unit of
 * time; the model is a plain {@link MarchModel} drawing from this state's one generator.
 */
final class MarchState extends SimState {
    private static final long serialVersionUID = 1L;

    private static final int TURNOVER = 0;
    private static final int TURBULENCE = 1;
    private static final int ASSESS = 2;
    private static final int SOCIALIZE = 3;
    private static final int LEARN = 4;
    private static final int RECORD = 5;

    private final MarchParams params;
    private transient MarchModel model;
    /** Knowledge after each period: code, slow and fast learners, each as share then score. */
    private double[][] series;
    private int periods;
    private boolean equilibrium;

    /**
     * @param params the run's parameters
     * @param seed the run's seed, all 64 bits of which seed MASON's generator
     */
    MarchState(MarchParams params, long seed) {
        super(seed);
        // As the engine does: MersenneTwisterFast(long) keeps only the low 32 bits.
        random.setSeed(new int[] {(int) seed, (int) (seed >>> 32)});
        this.params = params;
    }

    /** Draws the initial state from the primed generator and schedules the phases. */
    @Override
    public void start() {
        super.start();
        MarchModel mm = new MarchModel(params, random);
        model = mm;
        int length = Math.min(params.horizon(), 1024) + 1;
        series = new double[6][length];
        periods = 0;
        measure();
        equilibrium = params.closedSystem() && mm.atEquilibrium();
        schedule.scheduleRepeating(Schedule.EPOCH, TURNOVER, (Steppable) s -> mm.turnover(), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, TURBULENCE, (Steppable) s -> mm.turbulence(), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, ASSESS, (Steppable) s -> mm.assess(), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, SOCIALIZE, (Steppable) s -> mm.socialize(), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, LEARN, (Steppable) s -> mm.learnCode(), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, RECORD, (Steppable) s -> record(), 1.0);
    }

    private void record() {
        periods++;
        if (periods == series[0].length) {
            int length = Math.min(2 * series[0].length, params.horizon() + 1);
            for (int s = 0; s < series.length; s++) {
                series[s] = Arrays.copyOf(series[s], length);
            }
        }
        measure();
        if (params.closedSystem()) {
            equilibrium = model.atEquilibrium();
        }
    }

    private void measure() {
        int f = params.fastLearners();
        int n = params.individuals();
        series[0][periods] = model.codeKnowledge(MarchMeasure.SHARE);
        series[1][periods] = model.codeKnowledge(MarchMeasure.SCORE);
        series[2][periods] = model.individualKnowledge(MarchMeasure.SHARE, f, n);
        series[3][periods] = model.individualKnowledge(MarchMeasure.SCORE, f, n);
        series[4][periods] = model.individualKnowledge(MarchMeasure.SHARE, 0, f);
        series[5][periods] = model.individualKnowledge(MarchMeasure.SCORE, 0, f);
    }

    /** @return true when the run is over: at the horizon, or at a closed system's equilibrium */
    boolean done() {
        return equilibrium || periods >= params.horizon();
    }

    /**
     * Runs the schedule until {@link #done()}, then finishes.
     *
     * @return the outcome
     */
    MarchRun runToEnd() {
        start();
        while (!done() && schedule.step(this)) {
            // the phases run inside the schedule
        }
        finish();
        return new MarchRun(seed(), periods, equilibrium, series(0), series(2), series(4));
    }

    private MarchSeries series(int share) {
        int n = periods + 1;
        return new MarchSeries(Arrays.copyOf(series[share], n), Arrays.copyOf(series[share + 1], n));
    }

    /** @return the model, once started */
    MarchModel model() {
        return model;
    }
}
