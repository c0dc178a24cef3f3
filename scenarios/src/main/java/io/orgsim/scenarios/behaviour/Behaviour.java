// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.behaviour;

import io.orgsim.core.Summary;
import java.util.ArrayList;
import java.util.List;

/**
 * Behaviours 1 to 6 of the model brief, each as the claims that the brief makes, tested over
 * seeded replications of the catalog's scenarios ({@link CatalogScenarios}); behaviours 1 to
 * 4 can also be judged on the equal-budget presets ({@link Cast}). Every claim of the brief
 * is measured; a behaviour holds when every claim it rests on holds (the difference in the
 * stated direction with p below alpha): those that held when the model last changed
 * ({@link Claim.Role#ASSERTED}). The others are reported with their numbers, not forced.
 * This is the one definition of the behaviours: the behaviour tests, {@code orgsim ablate}
 * and the tables of docs/MODEL.md all read it.
 */
public enum Behaviour {

    /** Behaviour 1. */
    BALANCED_WINS(1, "balanced beats both imbalanced quadrants on cumulative output and resilience loss",
            CatalogScenarios.BALANCED, CatalogScenarios.LEADERSHIP_HEAVY, CatalogScenarios.MANAGEMENT_HEAVY) {
        @Override
        List<Claim> claims(Evidence e) {
            Cast c = e.cast();
            return List.of(
                    e.greater("1a", c.balanced(), c.leadershipHeavy(), Summary.CUMULATIVE_OUTPUT),
                    e.greater("1b", c.balanced(), c.managementHeavy(), Summary.CUMULATIVE_OUTPUT),
                    e.greater("1c", c.leadershipHeavy(), c.balanced(), Summary.RESILIENCE_LOSS),
                    e.greater("1d", c.managementHeavy(), c.balanced(), Summary.RESILIENCE_LOSS));
        }
    },

    /** Behaviour 2. */
    UNTETHERED_ENTHUSIASM(2, "too-much-leadership starts more engaged than too-much-management, then shows more "
            + "frustration, waste and volatile output, and its enthusiasm fades",
            CatalogScenarios.BALANCED, CatalogScenarios.LEADERSHIP_HEAVY, CatalogScenarios.MANAGEMENT_HEAVY) {
        @Override
        List<Claim> claims(Evidence e) {
            Cast c = e.cast();
            String tml = c.leadershipHeavy();
            String tmm = c.managementHeavy();
            return List.of(
                    e.greater("2a", tml, tmm, Summary.EARLY_ENGAGEMENT),
                    e.greater("2b", tml, tmm, Summary.FRUSTRATION),
                    e.greater("2c", tml, tmm, Summary.WASTE_SHARE),
                    e.greater("2d", tml, tmm, Summary.OUTPUT_CV),
                    e.greater("2e", tml, c.balanced(), Summary.OUTPUT_CV),
                    e.pairedGreater("2f", tml, Summary.EARLY_ENGAGEMENT, Summary.LATE_ENGAGEMENT),
                    // the lifecycle in steady state: newcomers' enthusiasm fades over their first years
                    e.greater("2g", tml, tmm, "newcomer - veteran engagement (steady weeks)", Outcome::tenureFade));
        }
    },

    /** Behaviour 3. */
    STERILE_EFFICIENCY(3, "too-much-management is the most predictable and has few errors, but lower engagement "
            + "and innovation than balanced and the slowest recovery after a pivot",
            CatalogScenarios.BALANCED, CatalogScenarios.LEADERSHIP_HEAVY, CatalogScenarios.MANAGEMENT_HEAVY,
            CatalogScenarios.NEITHER) {
        @Override
        List<Claim> claims(Evidence e) {
            Cast c = e.cast();
            String bal = c.balanced();
            String tml = c.leadershipHeavy();
            String tmm = c.managementHeavy();
            List<Claim> claims = new ArrayList<>();
            claims.add(e.greater("3a", bal, tmm, Summary.OUTPUT_CV));
            claims.add(e.greater("3b", tml, tmm, Summary.OUTPUT_CV));
            claims.add(e.greater("3c", bal, tmm, Summary.ENGAGEMENT));
            claims.add(e.greater("3d", bal, tmm, Summary.INNOVATIONS));
            claims.add(e.greater("3e", tmm, bal, Summary.RECOVERY_WEEKS));
            claims.add(e.greater("3f", tmm, tml, Summary.RECOVERY_WEEKS));
            claims.add(e.greater("3g", tml, tmm, Summary.ERRORS));
            if (c.hasNeither()) {
                claims.add(e.greater("3h", c.neither(), tmm, Summary.ERRORS));
            }
            claims.add(e.greater("3i", tml, tmm, Summary.INCIDENTS));
            if (c.hasNeither()) {
                claims.add(e.greater("3j", c.neither(), tmm, Summary.INCIDENTS));
            }
            // not claims of the brief: measures that explain the claims about predictability and errors
            claims.add(e.greater("x1", tmm, tml, Summary.TURNOVER_RATE));
            claims.add(e.greater("x2", tml, tmm, "team learning stock (steady weeks)", Outcome::steadyLearning));
            return claims;
        }
    },

    /** Behaviour 4. */
    NEITHER_WORST(4, "neither lever gives the worst outcomes (cumulative output and resilience loss)",
            CatalogScenarios.BALANCED, CatalogScenarios.LEADERSHIP_HEAVY, CatalogScenarios.MANAGEMENT_HEAVY,
            CatalogScenarios.NEITHER) {
        @Override
        List<Claim> claims(Evidence e) {
            Cast c = e.cast();
            if (!c.hasNeither()) {
                return List.of();
            }
            List<String> others = List.of(c.balanced(), c.leadershipHeavy(), c.managementHeavy());
            List<Claim> claims = new ArrayList<>();
            for (int i = 0; i < others.size(); i++) {
                claims.add(e.greater("4" + (char) ('a' + i), others.get(i), c.neither(), Summary.CUMULATIVE_OUTPUT));
            }
            for (int i = 0; i < others.size(); i++) {
                claims.add(e.greater("4" + (char) ('d' + i), c.neither(), others.get(i), Summary.RESILIENCE_LOSS));
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
                    e.greater("5a", best, splits.get(0), Summary.CUMULATIVE_OUTPUT),
                    e.greater("5b", best, splits.get(splits.size() - 1), Summary.CUMULATIVE_OUTPUT));
        }
    },

    /** Behaviour 6. */
    LEADERSHIP_AS_CHOICE(6, "distributed leadership (leadership as a choice) beats leadership by position on "
            + "cumulative output and on the output kept through a crisis",
            CatalogScenarios.BY_CHOICE, CatalogScenarios.BY_POSITION) {
        @Override
        List<Claim> claims(Evidence e) {
            return List.of(
                    e.greater("6a", CatalogScenarios.BY_CHOICE, CatalogScenarios.BY_POSITION, Summary.CUMULATIVE_OUTPUT),
                    e.greater("6b", CatalogScenarios.BY_CHOICE, CatalogScenarios.BY_POSITION,
                            "output kept in the year after the crisis", Outcome::retained));
        }
    };

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
