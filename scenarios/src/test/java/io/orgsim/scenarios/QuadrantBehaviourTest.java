// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgsim.core.Metric;
import io.orgsim.core.OrgSim;
import io.orgsim.core.RunResult;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.Summary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.commons.math3.stat.StatUtils;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Behaviours 1 to 4 of the model brief, re-evaluated on model v2 with 30 seeded replications
 * per quadrant and Welch t-tests at p < 0.01 ({@link Claim}), at the default organization, at other sizes
 * and with secondary parameters moved by about a quarter. Every claim of the brief is
 * measured and written, with its means, Cohen's d and p, to
 * {@code scenarios/target/behaviours/<case>.md} (the tables of docs/MODEL.md come from
 * here); the test asserts the claims listed in {@link #HOLDING}, those that held in every
 * case when the model was last changed. The others are reported in docs/MODEL.md, not
 * forced: nothing here is tuned per case. The default case's table must be the one in
 * docs/MODEL.md.
 */
class QuadrantBehaviourTest {

    private static final int REPLICATIONS = 30;
    /** Steady weeks (after two years, before the pivot) for the tenure lifecycle. */
    private static final int STEADY_FROM = 104;
    private static final int STEADY_TO = 260;

    /** The claims asserted: those that held in every case below at the last change of the model. */
    static final Set<String> HOLDING = Set.of(
            "1a", "1b", "1d", "2a", "2b", "2c", "2f", "3c", "3d", "3f", "3j", "4a", "4b", "4c", "4d", "4e");

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
        Runs bal = Runs.of(presets.get("balanced"), variant);
        Runs tml = Runs.of(presets.get("too-much-leadership"), variant);
        Runs tmm = Runs.of(presets.get("too-much-management"), variant);
        Runs nei = Runs.of(presets.get("neither"), variant);
        List<Claim> claims = new ArrayList<>();

        // 1. balanced beats both imbalanced quadrants on output and on resilience loss
        claims.add(greater("1a", bal, tml, "cumulative output", Runs.summary(Summary.CUMULATIVE_OUTPUT)));
        claims.add(greater("1b", bal, tmm, "cumulative output", Runs.summary(Summary.CUMULATIVE_OUTPUT)));
        claims.add(greater("1c", tml, bal, "resilience loss", Runs.summary(Summary.RESILIENCE_LOSS)));
        claims.add(greater("1d", tmm, bal, "resilience loss", Runs.summary(Summary.RESILIENCE_LOSS)));

        // 2. too much leadership: starts more engaged than too much management, then more
        //    frustration, waste and volatility; its enthusiasm fades
        claims.add(greater("2a", tml, tmm, "early engagement", Runs.summary(Summary.EARLY_ENGAGEMENT)));
        claims.add(greater("2b", tml, tmm, "frustration", Runs.summary(Summary.FRUSTRATION)));
        claims.add(greater("2c", tml, tmm, "waste share", Runs.summary(Summary.WASTE_SHARE)));
        claims.add(greater("2d", tml, tmm, "output CV", Runs.summary(Summary.OUTPUT_CV)));
        claims.add(greater("2e", tml, bal, "output CV", Runs.summary(Summary.OUTPUT_CV)));
        claims.add(paired("2f", tml, "early engagement", Runs.summary(Summary.EARLY_ENGAGEMENT),
                "late engagement", Runs.summary(Summary.LATE_ENGAGEMENT)));
        // the lifecycle in steady state: newcomers' enthusiasm fades over their first years
        claims.add(greater("2g", tml, tmm, "newcomer - veteran engagement (steady weeks)", Runs::tenureFade));

        // 3. too much management: most predictable, few errors, less engaged and less
        //    innovative than balanced, slowest to recover from the pivot
        claims.add(greater("3a", bal, tmm, "output CV", Runs.summary(Summary.OUTPUT_CV)));
        claims.add(greater("3b", tml, tmm, "output CV", Runs.summary(Summary.OUTPUT_CV)));
        claims.add(greater("3c", bal, tmm, "engagement", Runs.summary(Summary.ENGAGEMENT)));
        claims.add(greater("3d", bal, tmm, "innovations", Runs.summary(Summary.INNOVATIONS)));
        claims.add(greater("3e", tmm, bal, "recovery weeks", Runs.summary(Summary.RECOVERY_WEEKS)));
        claims.add(greater("3f", tmm, tml, "recovery weeks", Runs.summary(Summary.RECOVERY_WEEKS)));
        claims.add(greater("3g", tml, tmm, "errors", Runs.summary(Summary.ERRORS)));
        claims.add(greater("3h", nei, tmm, "errors", Runs.summary(Summary.ERRORS)));
        claims.add(greater("3i", tml, tmm, "incidents", Runs.summary(Summary.INCIDENTS)));
        claims.add(greater("3j", nei, tmm, "incidents", Runs.summary(Summary.INCIDENTS)));

        // 4. neither lever gives the worst outcomes
        claims.add(greater("4a", bal, nei, "cumulative output", Runs.summary(Summary.CUMULATIVE_OUTPUT)));
        claims.add(greater("4b", tml, nei, "cumulative output", Runs.summary(Summary.CUMULATIVE_OUTPUT)));
        claims.add(greater("4c", tmm, nei, "cumulative output", Runs.summary(Summary.CUMULATIVE_OUTPUT)));
        claims.add(greater("4d", nei, bal, "resilience loss", Runs.summary(Summary.RESILIENCE_LOSS)));
        claims.add(greater("4e", nei, tml, "resilience loss", Runs.summary(Summary.RESILIENCE_LOSS)));
        claims.add(greater("4f", nei, tmm, "resilience loss", Runs.summary(Summary.RESILIENCE_LOSS)));

        // not claims of the brief: measures that explain the claims about predictability and errors
        claims.add(greater("x1", tmm, tml, "turnover rate (explanatory)", Runs.summary(Summary.TURNOVER_RATE)));
        claims.add(greater("x2", tml, tmm, "team learning stock, steady weeks (explanatory)",
                r -> StatUtils.mean(r.series().column(Metric.TEAM_LEARNING), STEADY_FROM, STEADY_TO - STEADY_FROM)));

        String table = Claim.write(label, claims);
        List<String> failures = new ArrayList<>(claims.stream().filter(c -> HOLDING.contains(c.id()) && !c.holds())
                .map(Claim::toString).toList());
        if (label.startsWith("default")) {
            String undocumented = Claim.undocumented(label, table);
            if (undocumented != null) {
                failures.add(undocumented);
            }
        }
        assertThat(failures).as(label).isEmpty();
    }

    private static Claim greater(String id, Runs a, Runs b, String measure, ToDoubleFunction<RunResult> f) {
        return Claim.greater(id, a.name, a.values(f), b.name, b.values(f), measure);
    }

    private static Claim paired(String id, Runs a, String first, ToDoubleFunction<RunResult> f, String second,
                                ToDoubleFunction<RunResult> g) {
        return Claim.paired(id, a.name + " " + first, a.values(f), a.name + " " + second, a.values(g),
                first + " > " + second);
    }

    /** REPLICATIONS seeded runs of one preset. */
    private record Runs(String name, List<RunResult> results) {
        static Runs of(Preset preset, UnaryOperator<ScenarioSpec.Builder> variant) {
            List<RunResult> list = new ArrayList<>();
            for (int r = 0; r < REPLICATIONS; r++) {
                list.add(OrgSim.run(variant.apply(preset.spec().toBuilder().seed(1000 + r)).build()));
            }
            return new Runs(preset.name(), list);
        }

        static ToDoubleFunction<RunResult> summary(Summary s) {
            return r -> r.summaries().get(s);
        }

        /** Mean engagement of newcomers less that of veterans over the steady weeks. */
        static double tenureFade(RunResult r) {
            double[] newcomers = r.series().column(Metric.ENGAGEMENT_NEWCOMERS);
            double[] veterans = r.series().column(Metric.ENGAGEMENT_VETERANS);
            int length = STEADY_TO - STEADY_FROM;
            return StatUtils.mean(newcomers, STEADY_FROM, length) - StatUtils.mean(veterans, STEADY_FROM, length);
        }

        double[] values(ToDoubleFunction<RunResult> f) {
            return results.stream().mapToDouble(f).toArray();
        }
    }
}
