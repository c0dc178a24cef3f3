// SPDX-License-Identifier: Apache-2.0
package io.orgsim.viz.dashboard;

import io.orgsim.core.Param;
import sim.util.Interval;

/**
 * The dashboard's sliders. MASON's inspector turns each {@code getX}/{@code setX}/{@code domX}
 * trio into a slider and {@code desX} into its tooltip; each setter calls
 * {@link io.orgsim.core.Simulation#setLever} on the run being shown. Moving a top lever moves
 * its sub-levers; the top lever reads as the mean of its sub-levers.
 */
public final class LeverControls {

    private static final Interval UNIT = new Interval(0.0, 1.0);
    private final DashboardState state;

    LeverControls(DashboardState state) {
        this.state = state;
    }

    /** A mean of sub-levers, rounded so that the slider's field shows 0.2, not 0.20000000000000004. */
    private static double shown(double mean) {
        return Math.round(mean * 1e6) / 1e6;
    }

    /** @return the leadership lever: the mean of vision, inspiration and safety */
    public double getLeadership() {
        return shown(state.lever(Param.LEADERSHIP));
    }

    /** @param v the leadership lever; sets vision, inspiration and safety */
    public void setLeadership(double v) {
        state.setLever(Param.LEADERSHIP, v);
    }

    /** @return the slider's range */
    public Object domLeadership() {
        return UNIT;
    }

    /** @return the tooltip */
    public String desLeadership() {
        return Param.LEADERSHIP.description();
    }

    /** @return the vision sub-lever */
    public double getVision() {
        return state.lever(Param.VISION);
    }

    /** @param v the vision sub-lever */
    public void setVision(double v) {
        state.setLever(Param.VISION, v);
    }

    /** @return the slider's range */
    public Object domVision() {
        return UNIT;
    }

    /** @return the tooltip */
    public String desVision() {
        return Param.VISION.description();
    }

    /** @return the inspiration sub-lever */
    public double getInspiration() {
        return state.lever(Param.INSPIRATION);
    }

    /** @param v the inspiration sub-lever */
    public void setInspiration(double v) {
        state.setLever(Param.INSPIRATION, v);
    }

    /** @return the slider's range */
    public Object domInspiration() {
        return UNIT;
    }

    /** @return the tooltip */
    public String desInspiration() {
        return Param.INSPIRATION.description();
    }

    /** @return the psychological safety sub-lever */
    public double getSafety() {
        return state.lever(Param.SAFETY);
    }

    /** @param v the psychological safety sub-lever */
    public void setSafety(double v) {
        state.setLever(Param.SAFETY, v);
    }

    /** @return the slider's range */
    public Object domSafety() {
        return UNIT;
    }

    /** @return the tooltip */
    public String desSafety() {
        return Param.SAFETY.description();
    }

    /** @return the share of leadership exercised informally */
    public double getDistributed() {
        return state.lever(Param.DISTRIBUTED);
    }

    /** @param v the share of leadership exercised informally */
    public void setDistributed(double v) {
        state.setLever(Param.DISTRIBUTED, v);
    }

    /** @return the slider's range */
    public Object domDistributed() {
        return UNIT;
    }

    /** @return the tooltip */
    public String desDistributed() {
        return Param.DISTRIBUTED.description();
    }

    /** @return the management lever: the mean of planning, process, accountability and resources */
    public double getManagement() {
        return shown(state.lever(Param.MANAGEMENT));
    }

    /** @param v the management lever; sets its four sub-levers */
    public void setManagement(double v) {
        state.setLever(Param.MANAGEMENT, v);
    }

    /** @return the slider's range */
    public Object domManagement() {
        return UNIT;
    }

    /** @return the tooltip */
    public String desManagement() {
        return Param.MANAGEMENT.description();
    }

    /** @return the planning sub-lever */
    public double getPlanning() {
        return state.lever(Param.PLANNING);
    }

    /** @param v the planning sub-lever */
    public void setPlanning(double v) {
        state.setLever(Param.PLANNING, v);
    }

    /** @return the slider's range */
    public Object domPlanning() {
        return UNIT;
    }

    /** @return the tooltip */
    public String desPlanning() {
        return Param.PLANNING.description();
    }

    /** @return the standard-process sub-lever */
    public double getProcess() {
        return state.lever(Param.PROCESS);
    }

    /** @param v the standard-process sub-lever */
    public void setProcess(double v) {
        state.setLever(Param.PROCESS, v);
    }

    /** @return the slider's range */
    public Object domProcess() {
        return UNIT;
    }

    /** @return the tooltip */
    public String desProcess() {
        return Param.PROCESS.description();
    }

    /** @return the accountability sub-lever */
    public double getAccountability() {
        return state.lever(Param.ACCOUNTABILITY);
    }

    /** @param v the accountability sub-lever */
    public void setAccountability(double v) {
        state.setLever(Param.ACCOUNTABILITY, v);
    }

    /** @return the slider's range */
    public Object domAccountability() {
        return UNIT;
    }

    /** @return the tooltip */
    public String desAccountability() {
        return Param.ACCOUNTABILITY.description();
    }

    /** @return the resource-allocation sub-lever */
    public double getResources() {
        return state.lever(Param.RESOURCES);
    }

    /** @param v the resource-allocation sub-lever */
    public void setResources(double v) {
        state.setLever(Param.RESOURCES, v);
    }

    /** @return the slider's range */
    public Object domResources() {
        return UNIT;
    }

    /** @return the tooltip */
    public String desResources() {
        return Param.RESOURCES.description();
    }
}
