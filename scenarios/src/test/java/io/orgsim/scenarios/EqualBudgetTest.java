// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.orgsim.core.Param;
import io.orgsim.scenarios.behaviour.Behaviour;
import io.orgsim.scenarios.behaviour.BehaviourCatalog;
import io.orgsim.scenarios.behaviour.Cast;
import io.orgsim.scenarios.behaviour.Outcome;
import io.orgsim.scenarios.behaviour.Verdict;
import java.io.IOException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Behaviours 1-3 at an equal lever budget: the equal-budget presets spend leadership +
 * management = 1.2 (even 0.6/0.6, leadership-heavy 0.9/0.3, management-heavy 0.3/0.9), so that
 * the comparison is fair; which claims of the quadrants still hold here, and which need the
 * quadrants' larger total. The catalog's claims ({@link Cast#EQUAL_BUDGET}: ids e1a ...), 30
 * seeded runs each; every claim is written to {@code target/behaviours/equal-budget.md},
 * which docs/MODEL.md must hold; the test asserts those the behaviours rest on
 * ({@link BehaviourCatalog#HELD}).
 */
class EqualBudgetTest {

    private static final int REPLICATIONS = 30;
    private static final long FIRST_SEED = 4000;

    @Test
    void anEvenSplitOfTheSameBudget() throws IOException {
        Map<String, List<Outcome>> runs = new LinkedHashMap<>();
        for (Preset p : Presets.builtIn().equalBudget()) {
            assertThat(p.spec().get(Param.LEADERSHIP) + p.spec().get(Param.MANAGEMENT)).isCloseTo(1.2, within(1e-9));
            runs.put(p.name(), QuadrantBehaviourTest.runs(p.spec(), UnaryOperator.identity(), REPLICATIONS, FIRST_SEED));
        }
        List<Verdict> verdicts = BehaviourCatalog.judge(EnumSet.of(Behaviour.BALANCED_WINS,
                Behaviour.UNTETHERED_ENTHUSIASM, Behaviour.STERILE_EFFICIENCY), Cast.EQUAL_BUDGET, runs,
                BehaviourCatalog.Settings.ALPHA);
        String table = BehaviourTables.write("equal-budget", verdicts);
        assertThat(BehaviourTables.failures(verdicts)).isEmpty();
        assertThat(BehaviourTables.undocumented("equal-budget", table)).isNull();
    }
}
