// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PairedDifferencesTest {

    @TempDir
    Path dir;

    @Test
    void pairsByReplicationAndSkipsRunsWithoutAValue() {
        double[] reference = {1, 2, Double.NaN, 4};
        double[] point = {1.5, Double.NaN, 3, 5};
        assertThat(PairedDifferences.differences(point, reference)).containsExactly(0.5, 1.0);
    }

    @Test
    void thePairedPIsCommonsMathsPairedTTest() {
        double[] a = {10.1, 9.7, 11.3, 10.8, 9.9, 10.4};
        double[] b = {10.6, 9.9, 11.9, 11.0, 10.5, 10.7};
        double[] d = PairedDifferences.differences(b, a);
        assertThat(PairedDifferences.pairedP(d)).isCloseTo(new TTest().pairedTTest(b, a), within(1e-12));
        assertThat(PairedDifferences.pairedP(new double[] {0.3})).isNaN();
        assertThat(PairedDifferences.pairedP(new double[] {0.3, 0.3})).isZero();
        assertThat(PairedDifferences.pairedP(new double[] {0, 0})).isEqualTo(1);
    }

    @Test
    void aCommonSeedSweepWritesEachPointsDifferencesFromPointZero() throws IOException {
        Sweep sweep = Fixtures.smallSweep(dir).commonSeeds(true).build();
        sweep.run();
        ResultColumns cols = sweep.columns();
        List<List<String>> rows = Fixtures.sortedRows(dir.resolve(Sweep.RESULTS));
        int column = cols.indexOf("cumulative_output");
        double[] d = new double[3];
        for (int r = 0; r < 3; r++) {
            d[r] = Double.parseDouble(rows.get(2 * 3 + r).get(column)) - Double.parseDouble(rows.get(r).get(column));
        }
        Estimate e = Statistics.describe(d);
        String grid2 = "2,0.8,0.3,cumulative_output,"; // point 2 of the grid: leadership 0.8, management 0.3
        assertThat(Files.readAllLines(dir.resolve(Sweep.DIFFERENCES)))
                .startsWith("point,leadership,management,metric,statistic,value")
                .noneMatch(line -> line.startsWith("0,"))
                .contains(grid2 + "n,3", grid2 + "mean," + ResultColumns.number(e.mean()),
                        grid2 + "sd," + ResultColumns.number(e.sd()), grid2 + "ci_low," + ResultColumns.number(e.ciLow()),
                        grid2 + "p," + ResultColumns.number(PairedDifferences.pairedP(d)));
    }

    @Test
    void mergedChunksGiveTheWholeSweepsDifferences() throws IOException {
        Fixtures.smallSweep(dir.resolve("whole")).commonSeeds(true).build().run();
        Path split = dir.resolve("split");
        for (int i = 0; i < 2; i++) {
            Fixtures.smallSweep(split).commonSeeds(true).chunk(new Chunk(i, 2)).build().run();
        }
        assertThat(split.resolve(Sweep.DIFFERENCES)).doesNotExist(); // a chunk alone has no statistics
        Fixtures.smallSweep(split).commonSeeds(true).build().mergeChunks();
        assertThat(Files.readString(split.resolve(Sweep.DIFFERENCES)))
                .isEqualTo(Files.readString(dir.resolve("whole").resolve(Sweep.DIFFERENCES)));
    }

    @Test
    void commonSeedsNeedTwoPointsToPair() {
        Design one = Design.list(List.of("leadership"), List.of(new double[] {0.5}));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Fixtures.smallSweep(dir).design(one).commonSeeds(true).build())
                .isInstanceOf(io.orgsim.core.SpecException.class).hasMessageContaining("seeds")
                .hasMessageContaining("at least 2 design points (this design has 1)");
        assertThat(Fixtures.smallSweep(dir).design(one).build().commonSeeds()).isFalse();
    }

    @Test
    void aSweepWithASeedPerRunWritesNoDifferences() throws IOException {
        Fixtures.smallSweep(dir).build().run();
        assertThat(dir.resolve(Sweep.DIFFERENCES)).doesNotExist();
    }

    @Test
    void aSensitivityStudyOnCommonSeedsWritesNoDifferences() throws IOException {
        // its points are samples of the factors' ranges, not alternatives to compare with the first
        SensitivityStudy study = SensitivityStudy.builder().method(SensitivityStudy.Method.MORRIS)
                .base(Fixtures.smallBase()).factors(List.of(Factor.range("leadership", 0, 1)))
                .samples(2).threads(2).out(dir).outputs(List.of("engagement")).commonSeeds(true).build();
        assertThat(study.sweep().commonSeeds()).isTrue();
        study.run();
        assertThat(dir.resolve(Sweep.SUMMARY)).exists();
        assertThat(dir.resolve(Sweep.DIFFERENCES)).doesNotExist();
    }
}
