// SPDX-License-Identifier: Apache-2.0
package io.orgsim.examples;

import io.orgsim.core.Metric;
import io.orgsim.core.OrgSim;
import io.orgsim.core.RunResult;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.ShockResilience;
import io.orgsim.core.StrategicPivot;
import io.orgsim.core.Summary;

/** Runs one small organization through a strategic pivot, with orgsim-core as a library. */
public final class Embedding {

    private Embedding() {
    }

    public static void main(String[] args) {
        ScenarioSpec spec = ScenarioSpec.builder()
                .agents(120)
                .steps(104)                     // two years of weeks
                .leadership(0.8)
                .management(0.6)
                .shock(52, new StrategicPivot(60))
                .seed(7)
                .build();

        RunResult result = OrgSim.run(spec, (week, metrics) -> {
            if (week % 26 == 0) {
                System.out.printf("week %3d: engagement %.3f%n", week, metrics.get(Metric.ENGAGEMENT));
            }
        });

        System.out.printf("cumulative output %.1f%n", result.summaries().get(Summary.CUMULATIVE_OUTPUT));
        ShockResilience pivot = result.resilience().get(0);
        System.out.printf("pivot at week 52: depth %.1f%%%n", 100 * pivot.depth());
    }
}
