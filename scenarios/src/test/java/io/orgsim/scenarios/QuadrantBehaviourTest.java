// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgsim.core.OrgSim;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Behaviours 1 to 4 of the model brief, shown with 30 seeded replications per quadrant and
 * Welch t-tests at p < 0.01, at the default organization, at other sizes and with secondary
 * parameters moved by about a quarter. Nothing here is tuned per case: every case checks the
 * same claims.
 */
class QuadrantBehaviourTest {

    private static final int REPLICATIONS = 30;
    private static final double ALPHA = 0.01;

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
    void quadrantsBehaveAsTheBriefSays(String label, UnaryOperator<ScenarioSpec.Builder> variant) {
        Presets presets = Presets.builtIn();
        Runs balanced = Runs.of(presets.get("balanced"), variant);
        Runs leadership = Runs.of(presets.get("too-much-leadership"), variant);
        Runs management = Runs.of(presets.get("too-much-management"), variant);
        Runs neither = Runs.of(presets.get("neither"), variant);
        List<String> failures = new ArrayList<>();

        // 1. balanced beats both imbalanced quadrants on output and on resilience loss
        greater(failures, balanced, leadership, Summary.CUMULATIVE_OUTPUT);
        greater(failures, balanced, management, Summary.CUMULATIVE_OUTPUT);
        greater(failures, leadership, balanced, Summary.RESILIENCE_LOSS);
        greater(failures, management, balanced, Summary.RESILIENCE_LOSS);

        // 2. too much leadership: starts more engaged than too much management, then more
        //    frustration, waste and volatility, and its enthusiasm fades
        greater(failures, leadership, management, Summary.EARLY_ENGAGEMENT);
        greater(failures, leadership, management, Summary.FRUSTRATION);
        greater(failures, leadership, management, Summary.WASTE_SHARE);
        greater(failures, leadership, management, Summary.OUTPUT_CV);
        greater(failures, leadership, balanced, Summary.OUTPUT_CV);
        double fade = new TTest().pairedTTest(leadership.values(Summary.EARLY_ENGAGEMENT),
                leadership.values(Summary.LATE_ENGAGEMENT));
        if (!(leadership.mean(Summary.EARLY_ENGAGEMENT) > leadership.mean(Summary.LATE_ENGAGEMENT) && fade < ALPHA)) {
            failures.add("too-much-leadership enthusiasm does not fade (paired p = " + fade + ")");
        }

        // 3. too much management: most predictable, few errors, less engaged and less
        //    innovative than balanced, slowest to recover from the pivot
        for (Runs other : List.of(balanced, leadership, neither)) {
            greater(failures, other, management, Summary.OUTPUT_CV);
        }
        greater(failures, leadership, management, Summary.ERRORS);
        greater(failures, neither, management, Summary.ERRORS);
        greater(failures, balanced, management, Summary.ENGAGEMENT);
        greater(failures, balanced, management, Summary.INNOVATIONS);
        greater(failures, management, balanced, Summary.RECOVERY_WEEKS);
        greater(failures, management, leadership, Summary.RECOVERY_WEEKS);

        // 4. neither lever gives the worst outcomes
        for (Runs other : List.of(balanced, leadership, management)) {
            greater(failures, other, neither, Summary.CUMULATIVE_OUTPUT);
            greater(failures, neither, other, Summary.RESILIENCE_LOSS);
        }

        assertThat(failures).as(label).isEmpty();
    }

    /** Records a failure unless a's mean exceeds b's with Welch p below ALPHA. */
    private static void greater(List<String> failures, Runs a, Runs b, Summary s) {
        double p = new TTest().tTest(a.values(s), b.values(s));
        if (!(a.mean(s) > b.mean(s) && p < ALPHA)) {
            failures.add(String.format("%s: %s %.4g vs %s %.4g (Welch p = %.3g)", s.key(), a.name, a.mean(s),
                    b.name, b.mean(s), p));
        }
    }

    /** The summaries of REPLICATIONS seeded runs of one preset. */
    private record Runs(String name, List<io.orgsim.core.Summaries> summaries) {
        static Runs of(Preset preset, UnaryOperator<ScenarioSpec.Builder> variant) {
            List<io.orgsim.core.Summaries> list = new ArrayList<>();
            for (int r = 0; r < REPLICATIONS; r++) {
                ScenarioSpec spec = variant.apply(preset.spec().toBuilder().seed(1000 + r)).build();
                list.add(OrgSim.run(spec).summaries());
            }
            return new Runs(preset.name(), list);
        }

        double[] values(Summary s) {
            return summaries.stream().mapToDouble(x -> x.get(s)).toArray();
        }

        double mean(Summary s) {
            return StatUtils.mean(values(s));
        }
    }
}
