// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgsim.core.Metric;
import io.orgsim.core.OrgSim;
import io.orgsim.core.RunResult;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.Summary;
import java.io.IOException;
import java.util.List;
import org.apache.commons.math3.stat.StatUtils;
import org.junit.jupiter.api.Test;

/**
 * Behaviour 6 of the brief: leadership that anyone may exercise through the network, against
 * leadership held only by position, at the same lever values, before and after a crisis.
 * Both claims are measured and written to {@code target/behaviours/leadership-choice.md};
 * the test asserts the overall gain, which holds on model v2. The after-crisis claim held in
 * the means but not at p < 0.01 when the model last changed (docs/MODEL.md gives its
 * numbers); it is reported, not asserted.
 */
class LeadershipChoiceTest {

    /** The after-crisis difference is a few points of retained output; 60 runs a side give the power. */
    private static final int REPLICATIONS = 60;

    @Test
    void distributedLeadershipHelps() throws IOException {
        Presets presets = Presets.builtIn();
        double[][] byPosition = runs(presets.get("leadership-by-position").spec());
        double[][] byChoice = runs(presets.get("leadership-as-choice").spec());
        Claim overall = Claim.greater("6a", "leadership-as-choice", byChoice[0], "leadership-by-position", byPosition[0],
                "cumulative output");
        Claim afterCrisis = Claim.greater("6b", "leadership-as-choice", byChoice[1], "leadership-by-position", byPosition[1],
                "output kept in the year after the crisis (share of the year before)");
        String table = Claim.write("leadership-choice", List.of(overall, afterCrisis));
        assertThat(overall.holds()).as(overall.toString()).isTrue();
        assertThat(Claim.undocumented("leadership-choice", table)).isNull();
    }

    /** @return {cumulative outputs, retained shares} of the replications */
    private static double[][] runs(ScenarioSpec spec) {
        int crisis = spec.shocks().get(0).week();
        double[] cumulative = new double[REPLICATIONS];
        double[] retained = new double[REPLICATIONS];
        for (int r = 0; r < REPLICATIONS; r++) {
            RunResult result = OrgSim.run(spec.toBuilder().seed(2000 + r).build());
            double[] output = result.series().column(Metric.OUTPUT);
            cumulative[r] = result.summaries().get(Summary.CUMULATIVE_OUTPUT);
            retained[r] = StatUtils.mean(output, crisis, 52) / StatUtils.mean(output, crisis - 52, 52);
        }
        return new double[][] {cumulative, retained};
    }
}
