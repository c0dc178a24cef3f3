// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.internal;

import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import java.io.Serializable;
import java.util.List;

/**
 * The lever values in force: the organization's policy and culture, which each team realises
 * through its own lead ({@link Heterogeneity}). Mutable so that a dashboard can move a lever
 * while the model runs; every change goes through {@link #set(Param, double)}.
 */
public final class Levers implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The parameters that may change while a run is under way (unmodifiable). */
    public static final List<Param> LIVE = List.of(
        Param.VISION, Param.INSPIRATION, Param.SAFETY, Param.DISTRIBUTED,
        Param.PLANNING, Param.PROCESS, Param.ACCOUNTABILITY, Param.RESOURCES);

    double vision;
    double inspiration;
    double safety;
    double distributed;
    double planning;
    double process;
    double accountability;
    double resources;

    Levers(ScenarioSpec spec) {
        for (Param p : LIVE) {
            assign(p, spec.get(p));
        }
    }

    /**
     * @param p a live lever, or one of the two top levers
     * @return its current value; for a top lever, the mean of its sub-levers
     */
    public double get(Param p) {
        return switch (p) {
            case LEADERSHIP -> (vision + inspiration + safety) / 3;
            case MANAGEMENT -> (planning + process + accountability + resources) / 4;
            case VISION -> vision;
            case INSPIRATION -> inspiration;
            case SAFETY -> safety;
            case DISTRIBUTED -> distributed;
            case PLANNING -> planning;
            case PROCESS -> process;
            case ACCOUNTABILITY -> accountability;
            case RESOURCES -> resources;
            default -> throw new IllegalArgumentException(p.key() + " is not a live lever");
        };
    }

    /**
     * Moves one lever; {@link Param#LEADERSHIP} and {@link Param#MANAGEMENT} move all their sub-levers.
     *
     * @param p a live lever or one of the two top levers
     * @param value a value in the parameter's range
     */
    public void set(Param p, double value) {
        p.check(value);
        if (p == Param.LEADERSHIP || p == Param.MANAGEMENT) {
            for (Param sub : LIVE) {
                if (sub.parent() == p) {
                    assign(sub, value);
                }
            }
        } else {
            assign(p, value);
        }
    }

    private void assign(Param p, double v) {
        switch (p) {
            case VISION -> vision = v;
            case INSPIRATION -> inspiration = v;
            case SAFETY -> safety = v;
            case DISTRIBUTED -> distributed = v;
            case PLANNING -> planning = v;
            case PROCESS -> process = v;
            case ACCOUNTABILITY -> accountability = v;
            case RESOURCES -> resources = v;
            default -> throw new IllegalArgumentException(p.key() + " cannot change during a run");
        }
    }
}
