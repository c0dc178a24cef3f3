// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core;

/** The embedding example of README.md, compiled and run by {@link DocumentationTest}. */
final class EmbeddingExample {

    private EmbeddingExample() {
    }

    public static void main(String[] args) {
        // README example begins
        ScenarioSpec spec = ScenarioSpec.builder()
                .agents(300)
                .steps(520)                          // ten years of weeks
                .leadership(0.8)                     // sub-levers follow their lever...
                .management(0.3)
                .set(Param.SAFETY, 0.9)              // ...unless set one by one
                .shock(260, new StrategicPivot(60))
                .seed(42)
                .build();

        RunResult result = OrgSim.run(spec, (week, metrics) -> {
            if (week % 52 == 0) {
                System.out.printf("year %d: output %.1f%n", week / 52, metrics.get(Metric.OUTPUT));
            }
        });

        System.out.printf("cumulative output %.0f%n", result.summaries().get(Summary.CUMULATIVE_OUTPUT));
        ShockResilience pivot = result.resilience().get(0);
        System.out.printf("pivot: depth %.0f%%, recovered in %d weeks%n",
                100 * pivot.depth(), pivot.recoveryWeeks());
        // README example ends
    }
}
