// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgsim.core.Metric;
import io.orgsim.core.OrgSim;
import io.orgsim.core.RunResult;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.Summary;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;

/**
 * Behaviour 6 of the brief: leadership that anyone may exercise through the network, against
 * leadership held only by position, at the same lever values, before and after a crisis.
 */
class LeadershipChoiceTest {

    /** The after-crisis difference is a few points of retained output; 60 runs a side give the power. */
    private static final int REPLICATIONS = 60;

    @Test
    void distributedLeadershipHelpsAndMostOfAllAfterTheCrisis() {
        Presets presets = Presets.builtIn();
        double[][] byPosition = runs(presets.get("leadership-by-position").spec());
        double[][] byChoice = runs(presets.get("leadership-as-choice").spec());
        TTest t = new TTest();

        // cumulative output over the ten years
        assertThat(StatUtils.mean(byChoice[0])).isGreaterThan(StatUtils.mean(byPosition[0]));
        assertThat(t.tTest(byChoice[0], byPosition[0])).isLessThan(0.01);

        // share of the pre-crisis year's output kept in the year after the crisis
        assertThat(StatUtils.mean(byChoice[1])).isGreaterThan(StatUtils.mean(byPosition[1]));
        assertThat(t.tTest(byChoice[1], byPosition[1])).isLessThan(0.01);
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
