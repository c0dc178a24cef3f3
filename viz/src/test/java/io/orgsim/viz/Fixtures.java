// SPDX-License-Identifier: Apache-2.0
package io.orgsim.viz;

import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.StrategicPivot;
import io.orgsim.scenarios.Preset;
import java.util.List;

/** Small organizations and short horizons, so that chart tests run in seconds. */
final class Fixtures {

    static final int STEPS = 80;
    static final int PIVOT = 40;

    private Fixtures() {
    }

    static ScenarioSpec small(double leadership, double management) {
        return ScenarioSpec.builder().agents(48).steps(STEPS).set(io.orgsim.core.Param.WARMUP, 10)
                .leadership(leadership).management(management)
                .shock(PIVOT, new StrategicPivot(StrategicPivot.DEFAULT_DEGREES)).build();
    }

    static List<Preset> presets() {
        return List.of(
                new Preset("balanced", "both levers high", small(0.8, 0.8).toBuilder().name("balanced").build()),
                new Preset("too-much-leadership", "vision without structure",
                        small(0.9, 0.2).toBuilder().name("too-much-leadership").build()),
                new Preset("neither", "both levers low", small(0.2, 0.2).toBuilder().name("neither").build()));
    }

    static ReportSettings settings(int threads) {
        return ReportSettings.defaults().withReplications(4).withThreads(threads)
                .withGrid(new double[] {0.2, 0.5, 0.8}, 2).withBudget(1.0, 4, 2);
    }

    /** One shared small report input: built once, reused by the chart tests. */
    static final class Shared {
        static final ReportInput INPUT = ReportInput.run(presets(), small(0.5, 0.5), settings(2));

        private Shared() {
        }
    }
}
