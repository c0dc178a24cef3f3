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
    private double[] code;
    private double[] slow;
    private double[] fast;
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
        code = new double[length];
        slow = new double[length];
        fast = new double[length];
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
        if (periods == code.length) {
            int length = Math.min(2 * code.length, params.horizon() + 1);
            code = Arrays.copyOf(code, length);
            slow = Arrays.copyOf(slow, length);
            fast = Arrays.copyOf(fast, length);
        }
        measure();
        if (params.closedSystem()) {
            equilibrium = model.atEquilibrium();
        }
    }

    private void measure() {
        int f = params.fastLearners();
        code[periods] = model.codeKnowledge();
        slow[periods] = model.individualKnowledge(f, params.individuals());
        fast[periods] = model.individualKnowledge(0, f);
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
        int n = periods + 1;
        return new MarchRun(seed(), periods, equilibrium, model.individualKnowledge(0, params.individuals()),
                Arrays.copyOf(code, n), Arrays.copyOf(slow, n), Arrays.copyOf(fast, n));
    }

    /** @return the model, once started */
    MarchModel model() {
        return model;
    }
}
