// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgsim.core.Param;
import io.orgsim.core.RunResult;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.Summary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Replications: the seed of each run, paired or not, and results whatever the threads. */
class ReplicationsTest {

    private static final List<ScenarioSpec> POINTS = List.of(
            ScenarioSpec.builder().agents(20).steps(30).leadership(0.8).build(),
            ScenarioSpec.builder().agents(20).steps(30).leadership(0.2).build());

    @Test
    void eachDesignPointHasItsOwnSeedsUnlessPaired() {
        List<List<RunResult>> own = Replications.run(POINTS, 3, 11, 2);
        List<List<RunResult>> paired = Replications.runPaired(POINTS, 3, 11, 2, r -> r, Progress.NONE);
        for (int d = 0; d < POINTS.size(); d++) {
            for (int r = 0; r < 3; r++) {
                assertThat(own.get(d).get(r).seed()).isEqualTo(Seeds.runSeed(11, d, r));
                // common random numbers: replication r is one organization under every point
                assertThat(paired.get(d).get(r).seed()).isEqualTo(Seeds.runSeed(11, 0, r));
                assertThat(paired.get(d).get(r).spec().get(Param.LEADERSHIP)).isEqualTo(POINTS.get(d).get(Param.LEADERSHIP));
            }
        }
        assertThat(paired.get(0).get(0).summaries().get(Summary.CUMULATIVE_OUTPUT))
                .isEqualTo(own.get(0).get(0).summaries().get(Summary.CUMULATIVE_OUTPUT));
    }

    @Test
    void pairedResultsDoNotDependOnTheThreads() {
        List<List<Double>> one = Replications.runPaired(POINTS, 4, 5, 1,
                r -> r.summaries().get(Summary.CUMULATIVE_OUTPUT), Progress.NONE);
        List<List<Double>> three = Replications.runPaired(POINTS, 4, 5, 3,
                r -> r.summaries().get(Summary.CUMULATIVE_OUTPUT), Progress.NONE);
        assertThat(three).isEqualTo(one);
    }
}
