// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios;

import io.orgsim.core.Crisis;
import io.orgsim.core.DepartureWave;
import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.SpecException;
import io.orgsim.core.StrategicPivot;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of named scenarios. The four leadership/management quadrants share the
 * default organization: 300 agents in teams of 8, ten years in weekly steps, and one
 * strategic pivot of 60 degrees halfway through.
 *
 * @since 0.1.0
 */
public final class Presets {

    /** Weeks in the default horizon: ten years. */
    public static final int DEFAULT_STEPS = 520;
    /** Agents in the default organization. */
    public static final int DEFAULT_AGENTS = 300;

    /** Lever level that counts as "high" in the quadrants. */
    static final double HIGH = 0.8;
    /** Lever level that counts as "too much" when the other lever is neglected. */
    static final double EXCESS = 0.9;
    /** Lever level that counts as neglected. */
    static final double LOW = 0.2;
    /** The equal-budget family spends leadership + management = 1.2, the total of experiments/fixed-budget.yaml. */
    static final double BUDGET_EVEN = 0.6;
    /** The favoured lever of a heavy member of the equal-budget family. */
    static final double BUDGET_HEAVY = 0.9;
    /** The other lever of a heavy member of the equal-budget family. */
    static final double BUDGET_LIGHT = 0.3;

    private final Map<String, Preset> byName = new LinkedHashMap<>();

    private Presets() {
        add("balanced", "high leadership and high management: the why and the how together", HIGH, HIGH);
        add("too-much-leadership", "strong vision and inspiration with little structure: untethered enthusiasm",
                EXCESS, LOW);
        add("too-much-management", "heavy process with little vision: sterile, purpose-less efficiency",
                LOW, EXCESS);
        add("neither", "little leadership and little management", LOW, LOW);
        // the quadrants spend unequal lever totals (1.6 against 1.1 and 0.4); these three spend the same
        add("budget-balanced", "leadership + management = 1.2, split evenly (0.6, 0.6)", BUDGET_EVEN, BUDGET_EVEN);
        add("budget-leadership-heavy", "the same budget, leadership-heavy (0.9, 0.3)", BUDGET_HEAVY, BUDGET_LIGHT);
        add("budget-management-heavy", "the same budget, management-heavy (0.3, 0.9)", BUDGET_LIGHT, BUDGET_HEAVY);
        for (Sector sector : Sector.all()) {
            for (Preset quadrant : quadrants()) {
                String name = sector.name() + "-" + quadrant.name();
                ScenarioSpec spec = sector.environment().apply(quadrant.spec().toBuilder()).name(name).build();
                byName.put(name, new Preset(name, sector.name() + ", " + quadrant.description(), spec));
            }
        }
        addChoice("leadership-by-position", "balanced levers; leadership held only by formal leads; a crisis at week 260", 0);
        addChoice("leadership-as-choice", "balanced levers; half the leadership exercised by anyone through the network;"
                + " a crisis at week 260", DISTRIBUTED);
    }

    /** Share of leadership exercised informally in the leadership-as-choice family. */
    static final double DISTRIBUTED = 0.5;

    /**
     * The crisis of the leadership-as-choice family: a pivot while six in ten team leads and one
     * in ten of everyone else leave.
     *
     * @return the crisis
     */
    public static Crisis leadershipCrisis() {
        return Crisis.of(new StrategicPivot(StrategicPivot.DEFAULT_DEGREES), new DepartureWave(0.1, 0.6, 0.1));
    }

    private void addChoice(String name, String description, double distributed) {
        ScenarioSpec spec = defaultOrganization(HIGH, HIGH).clearShocks()
                .shock(DEFAULT_STEPS / 2, leadershipCrisis())
                .set(Param.DISTRIBUTED, distributed)
                .name(name).build();
        byName.put(name, new Preset(name, description, spec));
    }

    /** @return the registry of built-in presets */
    public static Presets builtIn() {
        return new Presets();
    }

    /**
     * The default organization with the given levers: a starting point for custom scenarios.
     *
     * @param leadership the leadership lever
     * @param management the management lever
     * @return a builder with the default organization, horizon and pivot
     */
    public static ScenarioSpec.Builder defaultOrganization(double leadership, double management) {
        return ScenarioSpec.builder()
                .agents(DEFAULT_AGENTS)
                .steps(DEFAULT_STEPS)
                .leadership(leadership)
                .management(management)
                .shock(DEFAULT_STEPS / 2, new StrategicPivot(StrategicPivot.DEFAULT_DEGREES));
    }

    private void add(String name, String description, double leadership, double management) {
        ScenarioSpec spec = defaultOrganization(leadership, management).name(name).build();
        byName.put(name, new Preset(name, description, spec));
    }

    /** @return the four leadership/management quadrants, balanced first */
    public List<Preset> quadrants() {
        return List.of(byName.get("balanced"), byName.get("too-much-leadership"),
                byName.get("too-much-management"), byName.get("neither"));
    }

    /**
     * @param sector a sector
     * @return the sector's four quadrants, balanced first
     */
    public List<Preset> quadrants(Sector sector) {
        return quadrants().stream().map(q -> byName.get(sector.name() + "-" + q.name())).toList();
    }

    /** @return the equal-budget family: balanced, leadership-heavy, management-heavy */
    public List<Preset> equalBudget() {
        return List.of(byName.get("budget-balanced"), byName.get("budget-leadership-heavy"),
                byName.get("budget-management-heavy"));
    }

    /** @return every preset, in catalog order */
    public List<Preset> all() {
        return List.copyOf(byName.values());
    }

    /**
     * @param name a preset name
     * @return the preset, if there is one by that name
     */
    public Optional<Preset> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * @param name a preset name
     * @return the preset
     * @throws SpecException naming the known presets when there is none by that name
     */
    public Preset get(String name) {
        return find(name).orElseThrow(() -> new SpecException("scenario", "\"" + name + "\"",
                "must be one of " + String.join(", ", byName.keySet())));
    }
}
