// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.orgsim.core.OrgSim;
import io.orgsim.core.Param;
import io.orgsim.core.Summaries;
import io.orgsim.core.Summary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Behaviours 1-3 at an equal lever budget: the equal-budget presets spend leadership +
 * management = 1.2 (even 0.6/0.6, leadership-heavy 0.9/0.3, management-heavy 0.3/0.9), so that
 * the comparison is fair; which claims of the quadrants still hold here, and which need the
 * quadrants' larger total. 30 seeded runs each; every claim is written to
 * {@code target/behaviours/equal-budget.md}, which docs/MODEL.md must hold; the test asserts
 * those in {@link #HOLDING}, which held when the model last changed.
 */
class EqualBudgetTest {

    private static final int REPLICATIONS = 30;
    static final Set<String> HOLDING = Set.of("e1a", "e1b", "e1d", "e2a", "e2b", "e2c", "e2f", "e3c", "e3d", "e3e", "e3f");

    @Test
    void anEvenSplitOfTheSameBudget() throws IOException {
        List<Preset> family = Presets.builtIn().equalBudget();
        Summaries[][] runs = new Summaries[3][REPLICATIONS];
        for (int k = 0; k < 3; k++) {
            Preset p = family.get(k);
            assertThat(p.spec().get(Param.LEADERSHIP) + p.spec().get(Param.MANAGEMENT)).isCloseTo(1.2, within(1e-9));
            for (int r = 0; r < REPLICATIONS; r++) {
                runs[k][r] = OrgSim.run(p.spec().toBuilder().seed(4000 + r).build()).summaries();
            }
        }
        String[] name = {family.get(0).name(), family.get(1).name(), family.get(2).name()};
        int even = 0;
        int lead = 1;
        int manage = 2;
        List<Claim> claims = new ArrayList<>();
        // behaviour 1
        claims.add(greater("e1a", name, runs, even, lead, Summary.CUMULATIVE_OUTPUT));
        claims.add(greater("e1b", name, runs, even, manage, Summary.CUMULATIVE_OUTPUT));
        claims.add(greater("e1c", name, runs, lead, even, Summary.RESILIENCE_LOSS));
        claims.add(greater("e1d", name, runs, manage, even, Summary.RESILIENCE_LOSS));
        // behaviour 2, leadership-heavy against management-heavy and the even split
        claims.add(greater("e2a", name, runs, lead, manage, Summary.EARLY_ENGAGEMENT));
        claims.add(greater("e2b", name, runs, lead, manage, Summary.FRUSTRATION));
        claims.add(greater("e2c", name, runs, lead, manage, Summary.WASTE_SHARE));
        claims.add(greater("e2d", name, runs, lead, manage, Summary.OUTPUT_CV));
        claims.add(greater("e2e", name, runs, lead, even, Summary.OUTPUT_CV));
        claims.add(Claim.paired("e2f", name[lead] + " early engagement", values(runs[lead], Summary.EARLY_ENGAGEMENT),
                name[lead] + " late engagement", values(runs[lead], Summary.LATE_ENGAGEMENT),
                "early engagement > late engagement"));
        // behaviour 3, management-heavy
        claims.add(greater("e3a", name, runs, even, manage, Summary.OUTPUT_CV));
        claims.add(greater("e3c", name, runs, even, manage, Summary.ENGAGEMENT));
        claims.add(greater("e3d", name, runs, even, manage, Summary.INNOVATIONS));
        claims.add(greater("e3e", name, runs, manage, even, Summary.RECOVERY_WEEKS));
        claims.add(greater("e3f", name, runs, manage, lead, Summary.RECOVERY_WEEKS));
        claims.add(greater("e3g", name, runs, lead, manage, Summary.ERRORS));
        String table = Claim.write("equal-budget", claims);
        assertThat(claims.stream().filter(c -> HOLDING.contains(c.id()) && !c.holds()).map(Claim::toString)).isEmpty();
        assertThat(Claim.undocumented("equal-budget", table)).isNull();
    }

    private static Claim greater(String id, String[] name, Summaries[][] runs, int a, int b, Summary s) {
        return Claim.greater(id, name[a], values(runs[a], s), name[b], values(runs[b], s), s.key().replace('_', ' '));
    }

    private static double[] values(Summaries[] runs, Summary s) {
        double[] v = new double[runs.length];
        for (int i = 0; i < runs.length; i++) {
            v[i] = runs[i].get(s);
        }
        return v;
    }
}
