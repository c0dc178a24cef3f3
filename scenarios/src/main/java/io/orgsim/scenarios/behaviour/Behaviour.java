// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.behaviour;

import io.orgsim.core.Summary;
import java.util.ArrayList;
import java.util.List;

/**
 * Behaviours 1 to 6 of the model brief, each as the claims that must hold over seeded
 * replications of the catalog's scenarios ({@link CatalogScenarios}). A behaviour holds when
 * every claim holds: the difference in the stated direction with p below alpha.
 */
public enum Behaviour {

    /** Behaviour 1. */
    BALANCED_WINS(1, "balanced beats both imbalanced quadrants on cumulative output and resilience loss",
            CatalogScenarios.BALANCED, CatalogScenarios.LEADERSHIP_HEAVY, CatalogScenarios.MANAGEMENT_HEAVY) {
        @Override
        List<Claim> claims(Evidence e) {
            return List.of(
                    e.greater(BAL, TML, Summary.CUMULATIVE_OUTPUT),
                    e.greater(BAL, TMM, Summary.CUMULATIVE_OUTPUT),
                    e.greater(TML, BAL, Summary.RESILIENCE_LOSS),
                    e.greater(TMM, BAL, Summary.RESILIENCE_LOSS));
        }
    },

    /** Behaviour 2. */
    UNTETHERED_ENTHUSIASM(2, "too-much-leadership starts more engaged than too-much-management, then shows more "
            + "frustration, waste and volatile output, and its enthusiasm fades",
            CatalogScenarios.BALANCED, CatalogScenarios.LEADERSHIP_HEAVY, CatalogScenarios.MANAGEMENT_HEAVY) {
        @Override
        List<Claim> claims(Evidence e) {
            return List.of(
                    e.greater(TML, TMM, Summary.EARLY_ENGAGEMENT),
                    e.greater(TML, TMM, Summary.FRUSTRATION),
                    e.greater(TML, TMM, Summary.WASTE_SHARE),
                    e.greater(TML, TMM, Summary.OUTPUT_CV),
                    e.greater(TML, BAL, Summary.OUTPUT_CV),
                    e.pairedGreater(TML, Summary.EARLY_ENGAGEMENT, Summary.LATE_ENGAGEMENT));
        }
    },

    /** Behaviour 3. */
    STERILE_EFFICIENCY(3, "too-much-management is the most predictable and has few errors, but lower engagement "
            + "and innovation than balanced and the slowest recovery after a pivot",
            CatalogScenarios.BALANCED, CatalogScenarios.LEADERSHIP_HEAVY, CatalogScenarios.MANAGEMENT_HEAVY,
            CatalogScenarios.NEITHER) {
        @Override
        List<Claim> claims(Evidence e) {
            return List.of(
                    e.greater(BAL, TMM, Summary.OUTPUT_CV),
                    e.greater(TML, TMM, Summary.OUTPUT_CV),
                    e.greater(NEI, TMM, Summary.OUTPUT_CV),
                    e.greater(TML, TMM, Summary.ERRORS),
                    e.greater(NEI, TMM, Summary.ERRORS),
                    e.greater(BAL, TMM, Summary.ENGAGEMENT),
                    e.greater(BAL, TMM, Summary.INNOVATIONS),
                    e.greater(TMM, BAL, Summary.RECOVERY_WEEKS),
                    e.greater(TMM, TML, Summary.RECOVERY_WEEKS));
        }
    },

    /** Behaviour 4. */
    NEITHER_WORST(4, "neither lever gives the worst outcomes (cumulative output and resilience loss)",
            CatalogScenarios.BALANCED, CatalogScenarios.LEADERSHIP_HEAVY, CatalogScenarios.MANAGEMENT_HEAVY,
            CatalogScenarios.NEITHER) {
        @Override
        List<Claim> claims(Evidence e) {
            List<Claim> claims = new ArrayList<>();
            for (String other : List.of(BAL, TML, TMM)) {
                claims.add(e.greater(other, NEI, Summary.CUMULATIVE_OUTPUT));
                claims.add(e.greater(NEI, other, Summary.RESILIENCE_LOSS));
            }
            return claims;
        }
    },

    /** Behaviour 5. */
    INTERIOR_SPLIT(5, "for a fixed budget (leadership + management = 1.2) the best split is interior: it beats "
            + "both extremes on cumulative output", CatalogScenarios.budgetSplits().toArray(String[]::new)) {
        @Override
        List<Claim> claims(Evidence e) {
            List<String> splits = CatalogScenarios.budgetSplits();
            String best = splits.get(1);
            for (String s : splits.subList(1, splits.size() - 1)) {
                if (e.mean(s, o -> o.summaries().get(Summary.CUMULATIVE_OUTPUT))
                        > e.mean(best, o -> o.summaries().get(Summary.CUMULATIVE_OUTPUT))) {
                    best = s;
                }
            }
            return List.of(
                    e.greater(best, splits.get(0), Summary.CUMULATIVE_OUTPUT),
                    e.greater(best, splits.get(splits.size() - 1), Summary.CUMULATIVE_OUTPUT));
        }
    },

    /** Behaviour 6. */
    LEADERSHIP_AS_CHOICE(6, "distributed leadership (leadership as a choice) beats leadership by position on "
            + "cumulative output and on the output kept through a crisis",
            CatalogScenarios.BY_CHOICE, CatalogScenarios.BY_POSITION) {
        @Override
        List<Claim> claims(Evidence e) {
            return List.of(
                    e.greater(CatalogScenarios.BY_CHOICE, CatalogScenarios.BY_POSITION, Summary.CUMULATIVE_OUTPUT),
                    e.greater(CatalogScenarios.BY_CHOICE, CatalogScenarios.BY_POSITION,
                            "output kept in the year after the crisis", Outcome::retained));
        }
    };

    private static final String BAL = CatalogScenarios.BALANCED;
    private static final String TML = CatalogScenarios.LEADERSHIP_HEAVY;
    private static final String TMM = CatalogScenarios.MANAGEMENT_HEAVY;
    private static final String NEI = CatalogScenarios.NEITHER;

    private final int number;
    private final String statement;
    private final List<String> scenarios;

    Behaviour(int number, String statement, String... scenarios) {
        this.number = number;
        this.statement = statement;
        this.scenarios = List.of(scenarios);
    }

    /** @return the behaviour's number in the model brief, 1 to 6 */
    public int number() {
        return number;
    }

    /** @return the behaviour as the brief states it */
    public String statement() {
        return statement;
    }

    /** @return the catalog scenarios whose replications the behaviour compares */
    public List<String> scenarios() {
        return scenarios;
    }

    /**
     * @param number 1 to 6
     * @return that behaviour
     * @throws IllegalArgumentException for any other number
     */
    public static Behaviour number(int number) {
        for (Behaviour b : values()) {
            if (b.number == number) {
                return b;
            }
        }
        throw new IllegalArgumentException("behaviour " + number + ": must be in [1, " + values().length + "]");
    }

    /** The claims of the behaviour, each tested on the evidence. */
    abstract List<Claim> claims(Evidence e);
}
