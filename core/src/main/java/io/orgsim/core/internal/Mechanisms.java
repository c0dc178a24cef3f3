// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.internal;

import io.orgsim.core.Param;
import java.util.List;

/**
 * The registry of the model's mechanisms, and the parameters of its structure (the
 * organization, the run, the levers, and the parts of the week that every mechanism builds
 * on). Adding a mechanism: a {@link Mechanism} subclass with its {@code UNIT}, a switch and
 * coefficients in {@link Param}, one line here, its call in {@link Organization}'s pass, and
 * its section in docs/MODEL.md.
 */
public final class Mechanisms {

    /** Every mechanism, in the order docs/MODEL.md presents them. */
    static final List<Mechanism.Unit> CATALOG = List.of(
            Sensing.UNIT, Planning.UNIT, InformalLeadership.UNIT, Coordination.UNIT, Rework.UNIT,
            StandardWork.UNIT, Overhead.UNIT, Autonomy.UNIT, Purpose.UNIT, Recognition.UNIT,
            Aspiration.UNIT, Strain.UNIT, Workload.UNIT, ChangeFatigue.UNIT, Contagion.UNIT,
            Innovation.UNIT, TeamLearning.UNIT, Checks.UNIT, Heterogeneity.UNIT,
            Support.UNIT, Context.UNIT);

    /** Parameters of the structure the mechanisms act on, which have no switch. */
    static final List<Param> STRUCTURE = List.of(
            Param.AGENTS, Param.TEAM_SIZE, Param.NETWORK_DEGREE, Param.NETWORK_REWIRING, Param.HIRING_RATE,
            Param.STEPS, Param.WARMUP,
            Param.LEADERSHIP, Param.VISION, Param.INSPIRATION, Param.SAFETY,
            Param.MANAGEMENT, Param.PLANNING, Param.PROCESS, Param.ACCOUNTABILITY, Param.RESOURCES,
            Param.TURBULENCE, Param.SIGNAL_NOISE, Param.FOLLOW_RATE, Param.DRIFT, Param.DIRECTION_SPREAD,
            Param.TEAM_VARIATION, Param.BASE_EFFORT, Param.SKILL_FLOOR, Param.RESOURCE_WEIGHT, Param.CUT_CUSHION,
            Param.INCIDENT_COST, Param.ENGAGEMENT_BASE, Param.ENGAGEMENT_RATE, Param.CLARITY_WEIGHT,
            Param.CLARITY_VISION_SHARE, Param.QUIT_BASE, Param.QUIT_SLOPE, Param.LEARN_RATE, Param.LEARNING_SPREAD,
            Param.ONBOARD_BASE, Param.ONBOARD_PROCESS, Param.ONBOARD_SAFETY, Param.ERROR_RATE,
            Param.ERROR_SKILL_EFFECT, Param.ERROR_ENGAGEMENT_EFFECT, Param.ERROR_SHOCK_EFFECT, Param.REPORT_FLOOR,
            Param.INIT_ENGAGEMENT, Param.INIT_ENGAGEMENT_SPREAD, Param.INIT_SKILL, Param.INIT_SKILL_RANGE,
            Param.HIRE_ENGAGEMENT, Param.HIRE_SKILL, Param.HIRE_SKILL_RANGE);

    private Mechanisms() {
    }

    /** @return the names of every mechanism, each switched by {@code mechanism.<name>} */
    public static List<String> names() {
        return CATALOG.stream().map(Mechanism.Unit::name).toList();
    }
}
