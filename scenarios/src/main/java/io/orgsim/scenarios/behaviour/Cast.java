// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.behaviour;

/**
 * The scenarios that play the parts of behaviours 1 to 4: the four quadrants of the brief,
 * or the same comparison at an equal lever budget, which has no "neither" (its claims are
 * left out there).
 *
 * @param prefix put before every claim id, so that the two sets of claims are told apart ({@code 1a}, {@code e1a})
 * @param balanced the balanced scenario
 * @param leadershipHeavy the leadership-heavy scenario
 * @param managementHeavy the management-heavy scenario
 * @param neither the scenario with neither lever, or null when there is none
 */
public record Cast(String prefix, String balanced, String leadershipHeavy, String managementHeavy, String neither) {

    /** The four quadrants of the brief (leadership + management 1.6 for balanced, 1.1 for the others). */
    public static final Cast QUADRANTS = new Cast("", CatalogScenarios.BALANCED, CatalogScenarios.LEADERSHIP_HEAVY,
            CatalogScenarios.MANAGEMENT_HEAVY, CatalogScenarios.NEITHER);

    /** The equal-budget presets: leadership + management = 1.2 for each (0.6/0.6, 0.9/0.3, 0.3/0.9). */
    public static final Cast EQUAL_BUDGET = new Cast("e", "budget-balanced", "budget-leadership-heavy",
            "budget-management-heavy", null);

    /** @return true when the cast has a scenario with neither lever */
    public boolean hasNeither() {
        return neither != null;
    }
}
