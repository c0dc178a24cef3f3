// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.file;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgsim.core.experiment.Comparison;
import io.orgsim.core.experiment.PointSummaries;
import io.orgsim.core.experiment.Progress;
import io.orgsim.core.experiment.Statistics;
import io.orgsim.core.experiment.Sweep;
import io.orgsim.scenarios.behaviour.Behaviour;
import io.orgsim.scenarios.behaviour.BehaviourCatalog;
import io.orgsim.scenarios.behaviour.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Behaviour 5 of the model brief: as the catalog states it (five splits on the same
 * organizations, paired, context on), and from the experiment file in the repository (a
 * sweep in the average context).
 */
class FixedBudgetTest {

    @Test
    void theCatalogsBestSplitBeatsBothExtremesOnTheSameOrganizations() {
        // the catalog's own seeds and replications, as orgsim ablate's baseline runs them
        List<Verdict> verdicts = BehaviourCatalog.evaluate(EnumSet.of(Behaviour.INTERIOR_SPLIT), Map.of(),
                BehaviourCatalog.Settings.defaults().withThreads(2), Progress.NONE);
        assertThat(verdicts).singleElement().satisfies(v -> assertThat(v.holds()).as(v.toString()).isTrue());
        assertThat(verdicts.get(0).decisive()).extracting(c -> c.id()).containsExactlyInAnyOrder("5a", "5b");
    }

    @Test
    void theBestSplitOfAFixedBudgetIsInterior(@TempDir Path dir) throws Exception {
        ExperimentFile f = ExperimentFiles.load(Path.of("..", "experiments", "fixed-budget.yaml"));
        for (int i = 0; i < f.design().size(); i++) {
            double[] p = f.design().point(i);
            assertThat(p[0] + p[1]).as("budget of point %d", i).isCloseTo(1.2, org.assertj.core.api.Assertions.within(1e-9));
        }
        int reps = 8;
        Sweep sweep = f.sweep().replications(reps).threads(2).out(dir).build();
        sweep.run();

        List<double[]> output = new ArrayList<>();
        PointSummaries.forEachPoint(dir.resolve(Sweep.RESULTS), sweep.columns(), f.design().size(), reps,
                List.of("cumulative_output"), (point, values, ok, failed) -> output.add(values[0]));
        int best = 0;
        for (int i = 1; i < output.size(); i++) {
            if (Statistics.describe(output.get(i)).mean() > Statistics.describe(output.get(best)).mean()) {
                best = i;
            }
        }
        int last = output.size() - 1;
        assertThat(best).as("best split").isStrictlyBetween(0, last);
        Comparison vsLeadershipOnly = Statistics.compare(output.get(best), output.get(0));
        Comparison vsManagementOnly = Statistics.compare(output.get(best), output.get(last));
        assertThat(vsLeadershipOnly.difference()).isPositive();
        assertThat(vsLeadershipOnly.welchP()).isLessThan(0.001);
        assertThat(vsManagementOnly.difference()).isPositive();
        assertThat(vsManagementOnly.welchP()).isLessThan(0.001);
    }
}
