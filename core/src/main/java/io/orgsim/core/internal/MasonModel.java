// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.internal;

import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.ScheduledShock;
import io.orgsim.core.Shock;
import java.util.List;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The thin MASON adapter: a {@link SimState} whose schedule steps the organization's phases
 * over the whole population once a week, in a fixed order, and fires shocks and planning
 * cycles as scheduled events. The model itself is the plain {@link Organization}.
 */
public final class MasonModel extends SimState {
    private static final long serialVersionUID = 1L;

    /** Orderings within a week: events first, then the phases, then recording. */
    private static final int SHOCKS = 0;
    private static final int PLANNING = 1;
    private static final int PHASES = 2;
    private static final int RECORD = 3;

    /** Not serialized: a checkpoint holds the state, and whoever resumes it supplies the spec ({@link #reattach}). */
    private transient ScenarioSpec spec;
    private final Organization organization;
    private final Recorder recorder;

    /**
     * @param spec the validated spec; its seed keys the model's random streams (MASON's own
     *     generator is seeded with it too but the model draws nothing from it)
     */
    public MasonModel(ScenarioSpec spec) {
        super(spec.seed());
        this.spec = spec;
        this.organization = new Organization(spec);
        this.recorder = new Recorder(spec.steps());
    }

    @Override
    public void start() {
        super.start();
        Organization org = organization;
        schedule.scheduleRepeating(Schedule.EPOCH, PLANNING, (Steppable) s -> org.replan(),
                spec.get(Param.PLANNING_CYCLE));
        Steppable week = s -> {
            org.environment();
            org.directions();
            org.work(); // work, learning and engagement, agent by agent; then turnover
            org.measure();
        };
        schedule.scheduleRepeating(Schedule.EPOCH, PHASES, week, 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, RECORD, (Steppable) s -> recorder.record(org.metrics), 1.0);
        // by index, not by shock, so that the scheduled events serialize without the spec
        List<ScheduledShock> shocks = spec.shocks();
        for (int i = 0; i < shocks.size(); i++) {
            int index = i;
            schedule.scheduleOnce(shocks.get(i).week(), SHOCKS, s -> fire(this.spec.shocks().get(index).shock()));
        }
    }

    /**
     * Applies a shock before the next week's phases and notes it for the resilience analysis.
     *
     * @param shock the shock
     */
    public void shockNow(Shock shock) {
        schedule.scheduleOnce(s -> fire(shock), SHOCKS);
    }

    private void fire(Shock shock) {
        shock.apply(organization);
        recorder.noteShock(recorder.length(), shock.name());
    }

    /**
     * Gives a model read back from a checkpoint its spec, which the checkpoint does not hold.
     *
     * @param spec the spec the checkpoint was written for (the caller checks that it is)
     * @throws IllegalStateException when the model already has a spec
     */
    public void reattach(ScenarioSpec spec) {
        if (this.spec != null) {
            throw new IllegalStateException("the model already has its spec");
        }
        this.spec = spec;
    }

    /** @return the model being stepped */
    public Organization organization() {
        return organization;
    }

    /** @return the recorded series so far */
    public Recorder recorder() {
        return recorder;
    }

    /** @return the spec this model runs */
    public ScenarioSpec spec() {
        return spec;
    }
}
