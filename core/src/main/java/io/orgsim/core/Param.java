// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every numeric parameter of a scenario, with its documented name, default, allowed range
 * and meaning. Experiments address parameters by {@link #key()} (for example
 * {@code leadership.vision}); docs/MODEL.md explains each one and why its default is what
 * it is.
 *
 * <p>The two levers, {@link #LEADERSHIP} and {@link #MANAGEMENT}, each have sub-levers whose
 * {@link #parent()} is the lever: a sub-lever that is not set explicitly takes its lever's
 * value, so "leadership 0.8, management 0.3" is a complete statement.
 */
public enum Param {
    // --- organization and run ---
    AGENTS("org.agents", 300, 10, 50_000_000, true, null,
            "number of positions (agents) in the organization"),
    TEAM_SIZE("org.teamSize", 8, 2, 1_000, true, null,
            "agents per team; the first position of each team is its formal lead"),
    NETWORK_DEGREE("org.networkDegree", 6, 0, 100, true, null,
            "neighbours per agent in the informal small-world network (even)"),
    NETWORK_REWIRING("org.networkRewiring", 0.1, 0, 1, false, null,
            "Watts-Strogatz rewiring probability of the informal network"),
    HIRING_RATE("org.hiringRate", 0.12, 0, 1, false, null,
            "weekly probability that a vacant position is filled"),
    STEPS("run.steps", 520, 1, 1_000_000, true, null,
            "horizon in weekly steps"),
    WARMUP("run.warmup", 52, 0, 1_000_000, true, null,
            "weeks excluded from steady-state summaries"),

    // --- leadership lever (the why) ---
    LEADERSHIP("leadership", 0.5, 0, 1, false, null,
            "leadership lever: vision strength; every leadership sub-lever defaults to it"),
    VISION("leadership.vision", 0.5, 0, 1, false, LEADERSHIP,
            "clarity and strength of the vision: how fast it reads the environment and how hard it pulls directions"),
    INSPIRATION("leadership.inspiration", 0.5, 0, 1, false, LEADERSHIP,
            "inspiration and sense of purpose felt by agents"),
    SAFETY("leadership.safety", 0.5, 0, 1, false, LEADERSHIP,
            "psychological safety: willingness to propose ideas and report errors"),
    DISTRIBUTED("leadership.distributed", 0.3, 0, 1, false, null,
            "share of leadership exercised informally through the network (0 = by position only)"),

    // --- management lever (the how) ---
    MANAGEMENT("management", 0.5, 0, 1, false, null,
            "management lever: process structure; every management sub-lever defaults to it"),
    PLANNING("management.planning", 0.5, 0, 1, false, MANAGEMENT,
            "planning and coordination: plan anchoring and hand-off fit"),
    PROCESS("management.process", 0.5, 0, 1, false, MANAGEMENT,
            "standard processes: coherent work, error checks, onboarding; costs autonomy"),
    ACCOUNTABILITY("management.accountability", 0.5, 0, 1, false, MANAGEMENT,
            "accountability and feedback: recognition of results; costs some autonomy"),
    RESOURCES("management.resources", 0.5, 0, 1, false, MANAGEMENT,
            "resource allocation: tools and people where needed, capacity for implementing ideas"),
    PLANNING_CYCLE("management.planningCycle", 13, 1, 520, true, null,
            "weeks between planning cycles, when the plan is re-based on the vision"),
    REPLAN_TOLERANCE("management.replanTolerance", 0.35, 0, Math.PI, false, null,
            "radians the vision may move away from the plan before management re-plans off-cycle"),
    OVERHEAD("management.overhead", 0.30, 0, 0.9, false, null,
            "share of working time taken by process overhead at full management"),

    // --- environment ---
    TURBULENCE("env.turbulence", 0.02, 0, 1, false, null,
            "weekly standard deviation (radians) of the random walk of the strategic target"),
    SIGNAL_NOISE("env.signalNoise", 0.30, 0, Math.PI, false, null,
            "standard deviation (radians) of the noise in the weekly signal about the target"),

    // --- mechanism constants (secondary parameters) ---
    SENSE_BASE("vision.senseBase", 0.02, 0, 1, false, null,
            "weekly rate at which the organization's perceived target follows the signal without leadership"),
    SENSE_GAIN("vision.senseGain", 0.25, 0, 1, false, null,
            "extra weekly sensing rate at full vision"),
    FOLLOW_RATE("direction.followRate", 0.30, 0, 0.5, false, null,
            "weekly rate at which an agent's direction moves toward the pulls on it"),
    DRIFT("direction.drift", 0.15, 0, 1, false, null,
            "weekly standard deviation (radians) of an agent's own drift of direction"),
    FRONTLINE("direction.frontline", 0.5, 0, 1, false, null,
            "weight of informal leaders' own reading of the target"),
    WASTE_MAX("work.wasteMax", 0.6, 0, 1, false, null,
            "share of effort lost to conflicting work and failed hand-offs with no coordination at all"),
    SELF_ORGANIZATION("work.selfOrganization", 0.5, 0, 1, false, null,
            "how far a team that shares a direction coordinates itself without management"),
    REWORK_COST("work.reworkCost", 2.0, 0, 20, false, null,
            "work in progress thrown away per radian of direction change"),
    TEAM_VARIATION("work.teamVariation", 0.3, 0, 1, false, null,
            "weekly standard deviation of a team's performance with no standard processes"),
    BASE_EFFORT("work.baseEffort", 0.4, 0, 1, false, null,
            "effort of a fully disengaged agent (share of a fully engaged agent's)"),
    INCIDENT_COST("work.incidentCost", 3.0, 0, 100, false, null,
            "output lost per incident, in weeks of an average agent's output"),
    ENGAGEMENT_RATE("engagement.rate", 0.10, 0, 1, false, null,
            "weekly rate at which engagement moves toward its target"),
    CONTAGION("engagement.contagion", 0.05, 0, 0.5, false, null,
            "weekly pull of engagement toward the neighbours' mean"),
    FRUSTRATION_RATE("frustration.rate", 0.03, 0, 1, false, null,
            "weekly rate at which frustration moves toward its driver"),
    ASPIRATION_GAIN("frustration.aspirationGain", 1.0, 0, 2, false, null,
            "how much inspiration makes agents care that their effort comes to something"),
    RIGIDITY("management.rigidity", 0.6, 0, 1, false, null,
            "autonomy lost at full process and accountability"),
    QUIT_BASE("turnover.base", 0.0025, 0, 0.5, false, null,
            "weekly quit probability at engagement 0.5"),
    QUIT_SLOPE("turnover.engagementSlope", 3.0, 0, 20, false, null,
            "how steeply the quit probability falls with engagement (log scale)"),
    LEARN_RATE("skill.learnRate", 0.01, 0, 1, false, null,
            "weekly skill growth toward 1 at full onboarding support"),
    IDEA_RATE("ideas.rate", 0.03, 0, 1, false, null,
            "weekly probability of proposing an idea at full safety, engagement and autonomy"),
    INNOVATION_GAIN("ideas.innovationGain", 0.5, 0, 10, false, null,
            "productivity gain of one implemented idea per agent-equivalent (innovation stock units)"),
    INNOVATION_DECAY("ideas.decay", 0.01, 0, 1, false, null,
            "weekly obsolescence of the innovation stock"),
    ERROR_RATE("errors.rate", 0.02, 0, 1, false, null,
            "weekly error probability of an unskilled, disengaged agent with no checks"),
    CHECKLIST("errors.checklist", 0.6, 0, 1, false, null,
            "share of errors prevented or caught by standard processes at full process");

    private final String key;
    private final double defaultValue;
    private final double min;
    private final double max;
    private final boolean integer;
    private final Param parent;
    private final String description;

    Param(String key, double defaultValue, double min, double max, boolean integer, Param parent,
          String description) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.integer = integer;
        this.parent = parent;
        this.description = description;
    }

    /** @return the documented name, for example {@code leadership.vision} */
    public String key() {
        return key;
    }

    /** @return the default value */
    public double defaultValue() {
        return defaultValue;
    }

    /** @return the smallest allowed value */
    public double min() {
        return min;
    }

    /** @return the largest allowed value */
    public double max() {
        return max;
    }

    /** @return true when only whole numbers are allowed */
    public boolean isInteger() {
        return integer;
    }

    /** @return the lever a sub-lever inherits from, or null */
    public Param parent() {
        return parent;
    }

    /** @return a one-line meaning */
    public String description() {
        return description;
    }

    /** @return the allowed range as text, for example {@code [0, 1]} */
    public String rangeText() {
        return "[" + format(min) + ", " + format(max) + "]" + (integer ? " (whole number)" : "");
    }

    /**
     * Checks one value against this parameter's range.
     *
     * @param value the value
     * @throws SpecException naming the field, the value and the allowed range
     */
    public void check(double value) {
        if (Double.isNaN(value) || value < min || value > max || (integer && value != Math.rint(value))) {
            throw new SpecException(key, format(value), "must be in " + rangeText());
        }
    }

    /**
     * Finds a parameter by its documented name.
     *
     * @param key for example {@code management.overhead}
     * @return the parameter, if any has that name
     */
    public static Optional<Param> byKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }

    /**
     * Formats a value the way messages and documents show it: whole numbers without a
     * decimal point.
     *
     * @param v a value
     * @return its text
     */
    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
