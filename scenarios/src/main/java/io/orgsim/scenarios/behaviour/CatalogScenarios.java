// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.behaviour;

import io.orgsim.core.ScenarioSpec;
import io.orgsim.scenarios.Presets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scenarios the behaviours compare, all from the built-in presets: the four quadrants, a
 * fixed lever budget split five ways on the default organization (as
 * experiments/fixed-budget.yaml, every other split), and leadership by position against
 * leadership as a choice. Each has a fixed index, which gives it its seeds.
 */
public final class CatalogScenarios {

    /** The balanced quadrant. */
    public static final String BALANCED = "balanced";
    /** The too-much-leadership quadrant. */
    public static final String LEADERSHIP_HEAVY = "too-much-leadership";
    /** The too-much-management quadrant. */
    public static final String MANAGEMENT_HEAVY = "too-much-management";
    /** The neither quadrant. */
    public static final String NEITHER = "neither";
    /** Leadership held by position only. */
    public static final String BY_POSITION = "leadership-by-position";
    /** Leadership as a choice, exercised through the network. */
    public static final String BY_CHOICE = "leadership-as-choice";

    /** Leadership + management of every budget split. */
    public static final double BUDGET = 1.2;
    /** The leadership share of each split, from leadership-heavy to management-heavy. */
    private static final double[] SPLIT_LEADERSHIP = {1.0, 0.8, 0.6, 0.4, 0.2};

    private CatalogScenarios() {
    }

    /** @return the name of each budget split, leadership-heavy first, for example {@code budget-0.8/0.4} */
    public static List<String> budgetSplits() {
        List<String> names = new ArrayList<>();
        for (double l : SPLIT_LEADERSHIP) {
            names.add(splitName(l));
        }
        return names;
    }

    /** @return every catalog scenario by name, in index order */
    public static Map<String, ScenarioSpec> all() {
        Presets presets = Presets.builtIn();
        Map<String, ScenarioSpec> specs = new LinkedHashMap<>();
        for (String q : List.of(BALANCED, LEADERSHIP_HEAVY, MANAGEMENT_HEAVY, NEITHER, BY_POSITION, BY_CHOICE)) {
            specs.put(q, presets.get(q).spec());
        }
        for (double l : SPLIT_LEADERSHIP) {
            String name = splitName(l);
            specs.put(name, Presets.defaultOrganization(l, round(BUDGET - l)).name(name.replace('/', '-')).build());
        }
        return specs;
    }

    private static String splitName(double leadership) {
        return String.format(Locale.ROOT, "budget-%.1f/%.1f", leadership, round(BUDGET - leadership));
    }

    /** Keeps 1.2 - 0.8 from printing as 0.3999...: splits are on a 0.1 grid. */
    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
