// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.StrategicPivot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Small specs and helpers shared by the experiment tests. */
final class Fixtures {

    private Fixtures() {
    }

    /** A small organization that runs in a few milliseconds, with one pivot. */
    static ScenarioSpec smallBase() {
        return ScenarioSpec.builder().name("small").agents(40).steps(60).seed(5)
                .shock(30, new StrategicPivot(60)).build();
    }

    static Design smallGrid() {
        return Design.grid(List.of(Factor.levels("leadership", 0.2, 0.8), Factor.levels("management", 0.3, 0.7)));
    }

    static Sweep.Builder smallSweep(Path out) {
        return Sweep.builder().base(smallBase()).design(smallGrid()).replications(3).seed(99).threads(2).out(out);
    }

    /** The data rows of a results file, sorted by (point, replication). */
    static List<List<String>> sortedRows(Path results) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        ResultsFile.read(results, rows::add);
        rows.sort(Comparator.<List<String>>comparingInt(r -> Integer.parseInt(r.get(0)))
                .thenComparingInt(r -> Integer.parseInt(r.get(1))));
        return rows;
    }
}
