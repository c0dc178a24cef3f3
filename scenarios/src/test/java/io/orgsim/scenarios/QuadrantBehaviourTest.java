// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgsim.core.OrgSim;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.scenarios.behaviour.Behaviour;
import io.orgsim.scenarios.behaviour.BehaviourCatalog;
import io.orgsim.scenarios.behaviour.Cast;
import io.orgsim.scenarios.behaviour.Outcome;
import io.orgsim.scenarios.behaviour.Verdict;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Behaviours 1 to 4 of the model brief, as the behaviour catalog states them, with 30 seeded
 * replications per quadrant at p < 0.01, at the default organization, at other sizes and with
 * secondary parameters moved by about a quarter. Every claim of the catalog is measured and
 * written, with its means, paired d_z and p, to {@code scenarios/target/behaviours/<case>.md}
 * (the tables of docs/MODEL.md come from here); the test asserts the claims the behaviours rest
 * on ({@link BehaviourCatalog#HELD}, those that held in every case when the model last
 * changed). The others are reported in docs/MODEL.md, not forced: nothing here is tuned per
 * case. The default case's table must be the one in docs/MODEL.md.
 */
class QuadrantBehaviourTest {

    private static final int REPLICATIONS = 30;
    private static final long FIRST_SEED = 1000;
    private static final EnumSet<Behaviour> BEHAVIOURS = EnumSet.of(Behaviour.BALANCED_WINS,
            Behaviour.UNTETHERED_ENTHUSIASM, Behaviour.STERILE_EFFICIENCY, Behaviour.NEITHER_WORST);

    static Stream<Arguments> organizations() {
        return Stream.of(
                Arguments.of("default (300 agents)", UnaryOperator.<ScenarioSpec.Builder>identity()),
                Arguments.of("100 agents", edit(b -> b.agents(100))),
                Arguments.of("1000 agents", edit(b -> b.agents(1000))),
                Arguments.of("overhead -25%", edit(b -> b.set("management.overhead", 0.22))),
                Arguments.of("waste +25%", edit(b -> b.set("work.wasteMax", 0.75))),
                Arguments.of("care -30%", edit(b -> b.set("frustration.aspirationGain", 0.7))),
                Arguments.of("planning cycle 26 weeks", edit(b -> b.set("management.planningCycle", 26))));
    }

    private static UnaryOperator<ScenarioSpec.Builder> edit(UnaryOperator<ScenarioSpec.Builder> e) {
        return e;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("organizations")
    void quadrantsBehaveAsTheBriefSays(String label, UnaryOperator<ScenarioSpec.Builder> variant) throws IOException {
        Presets presets = Presets.builtIn();
        Cast cast = Cast.QUADRANTS;
        Map<String, List<Outcome>> runs = new LinkedHashMap<>();
        for (String name : List.of(cast.balanced(), cast.leadershipHeavy(), cast.managementHeavy(), cast.neither())) {
            runs.put(name, runs(presets.get(name).spec(), variant, REPLICATIONS, FIRST_SEED));
        }
        List<Verdict> verdicts = BehaviourCatalog.judge(BEHAVIOURS, cast, runs, BehaviourCatalog.Settings.ALPHA);

        String table = BehaviourTables.write(label, verdicts);
        List<String> failures = new ArrayList<>(BehaviourTables.failures(verdicts));
        if (label.startsWith("default")) {
            String undocumented = BehaviourTables.undocumented(label, table);
            if (undocumented != null) {
                failures.add(undocumented);
            }
        }
        assertThat(failures).as(label).isEmpty();
    }

    /** @return n runs of the spec with seeds first, first + 1, ... */
    static List<Outcome> runs(ScenarioSpec spec, UnaryOperator<ScenarioSpec.Builder> variant, int n, long first) {
        List<Outcome> list = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            list.add(Outcome.of(OrgSim.run(variant.apply(spec.toBuilder().seed(first + r)).build())));
        }
        return list;
    }
}
