// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgsim.core.OrgSim;
import io.orgsim.core.RunResult;
import io.orgsim.core.ScenarioSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepTest {

    @TempDir
    Path dir;

    @Test
    void rowsAreBitIdenticalWhateverTheThreadCount() throws IOException {
        SweepReport one = Fixtures.smallSweep(dir.resolve("t1")).threads(1).build().run();
        Fixtures.smallSweep(dir.resolve("t3")).threads(3).build().run();
        assertThat(one.ran()).isEqualTo(12);
        List<List<String>> a = Fixtures.sortedRows(dir.resolve("t1").resolve(Sweep.RESULTS));
        List<List<String>> b = Fixtures.sortedRows(dir.resolve("t3").resolve(Sweep.RESULTS));
        assertThat(a).hasSize(12).isEqualTo(b);
        assertThat(Files.readString(dir.resolve("t1").resolve(Sweep.SUMMARY)))
                .isEqualTo(Files.readString(dir.resolve("t3").resolve(Sweep.SUMMARY)));
    }

    @Test
    void aRowCarriesWhatItTakesToReRunItAlone() throws IOException {
        Sweep sweep = Fixtures.smallSweep(dir).build();
        sweep.run();
        ResultColumns cols = sweep.columns();
        List<String> row = Fixtures.sortedRows(dir.resolve(Sweep.RESULTS)).get(7);
        double[] values = {Double.parseDouble(row.get(cols.indexOf("leadership"))),
            Double.parseDouble(row.get(cols.indexOf("management")))};
        long seed = Long.parseLong(row.get(cols.indexOf("seed")));

        ScenarioSpec spec = Sweep.specFor(Fixtures.smallBase(), cols.keys(), values, seed);
        RunResult alone = OrgSim.run(spec);
        RunKey key = new RunKey(Integer.parseInt(row.get(0)), Integer.parseInt(row.get(1)));
        assertThat(cols.row(new RunRecord(key, seed, values, alone, null))).isEqualTo(row);
        assertThat(seed).isEqualTo(Seeds.runSeed(99, key.point(), key.replication(), 3));
    }

    @Test
    void replicationsGetDistinctSeedsAndResults() throws IOException {
        Fixtures.smallSweep(dir).build().run();
        List<List<String>> rows = Fixtures.sortedRows(dir.resolve(Sweep.RESULTS));
        assertThat(rows.stream().map(r -> r.get(2)).distinct()).hasSize(12);
        assertThat(rows.subList(0, 3).stream().map(r -> r.get(5 + 1)).distinct())
                .as("cumulative output of the replications of point 0").hasSize(3);
    }

    @Test
    void commonSeedsGiveReplicationROfEveryPointOneSeed() throws IOException {
        Fixtures.smallSweep(dir.resolve("independent")).build().run();
        Sweep common = Fixtures.smallSweep(dir.resolve("common")).commonSeeds(true).build();
        common.run();
        ResultColumns cols = common.columns();
        List<List<String>> rows = Fixtures.sortedRows(dir.resolve("common").resolve(Sweep.RESULTS));
        List<List<String>> independent = Fixtures.sortedRows(dir.resolve("independent").resolve(Sweep.RESULTS));
        for (List<String> row : rows) {
            int replication = Integer.parseInt(row.get(1));
            assertThat(Long.parseLong(row.get(cols.indexOf("seed")))).isEqualTo(Seeds.runSeed(99, 0, replication, 3));
        }
        assertThat(rows.stream().map(r -> r.get(cols.indexOf("seed"))).distinct()).hasSize(3);
        // point 0 has the same seeds either way, so the same rows; the other points differ
        assertThat(rows.subList(0, 3)).isEqualTo(independent.subList(0, 3));
        assertThat(rows.subList(3, 12)).isNotEqualTo(independent.subList(3, 12));
        assertThat(Files.readString(dir.resolve("common").resolve(Sweep.MANIFEST))).contains("\"seeds\": \"common\",");
        assertThat(Files.readString(dir.resolve("independent").resolve(Sweep.MANIFEST))).doesNotContain("\"seeds\"");
    }

    @Test
    void commonSeedsStartEveryPointFromTheSameOrganization() {
        // what docs/EXPERIMENTS.md promises: the same people and ties at week 0, whatever the levers
        long seed = Seeds.runSeed(99, 0, 1, 3);
        io.orgsim.core.AgentSnapshot low = new io.orgsim.core.Simulation(Sweep.specFor(Fixtures.smallBase(),
                List.of("leadership", "management"), new double[] {0.2, 0.3}, seed)).agents();
        io.orgsim.core.AgentSnapshot high = new io.orgsim.core.Simulation(Sweep.specFor(Fixtures.smallBase(),
                List.of("leadership", "management"), new double[] {0.8, 0.7}, seed)).agents();
        assertThat(high.neighbours()).isEqualTo(low.neighbours());
        assertThat(high.offsets()).isEqualTo(low.offsets());
        assertThat(high.informalLeader()).isEqualTo(low.informalLeader());
        assertThat(high.engagement()).isEqualTo(low.engagement());
    }

    @Test
    void commonSeedsPairThePointsDifferences() throws IOException {
        // two nearby points: with common random numbers their difference varies far less over
        // replications than with a seed per run, which is what pairing is for
        Design near = Design.list(List.of("leadership"), List.of(new double[] {0.50}, new double[] {0.55}));
        double independent = differenceVariance(near, false);
        double common = differenceVariance(near, true);
        assertThat(common).isLessThan(independent / 2);
    }

    private double differenceVariance(Design design, boolean commonSeeds) throws IOException {
        Path out = dir.resolve(commonSeeds ? "paired" : "unpaired");
        int replications = 12;
        Sweep sweep = Sweep.builder().base(Fixtures.smallBase()).design(design).replications(replications).seed(7)
                .threads(2).out(out).commonSeeds(commonSeeds).build();
        sweep.run();
        int column = sweep.columns().indexOf("cumulative_output");
        List<List<String>> rows = Fixtures.sortedRows(out.resolve(Sweep.RESULTS));
        double[] d = new double[replications];
        for (int r = 0; r < replications; r++) {
            d[r] = Double.parseDouble(rows.get(replications + r).get(column)) - Double.parseDouble(rows.get(r).get(column));
        }
        return new org.apache.commons.math3.stat.descriptive.moment.Variance().evaluate(d);
    }

    @Test
    void refusesToResumeWithTheOtherSeeding() throws IOException {
        Fixtures.smallSweep(dir).build().run();
        assertThatThrownBy(() -> Fixtures.smallSweep(dir).commonSeeds(true).build().run())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("different experiment").hasMessageContaining("was seeds: independent, now seeds: common");
    }

    @Test
    void aRunThatThrowsIsRecordedAndTheOthersAreUntouched() throws IOException {
        Fixtures.smallSweep(dir.resolve("clean")).build().run();
        SweepReport report = Fixtures.smallSweep(dir.resolve("faulty")).runner((key, spec) -> {
            if (key.point() == 2 && key.replication() == 1) {
                throw new IllegalStateException("boom\nsecond line");
            }
            return OrgSim.run(spec);
        }).build().run();

        assertThat(report.failed()).isEqualTo(1);
        List<List<String>> clean = Fixtures.sortedRows(dir.resolve("clean").resolve(Sweep.RESULTS));
        List<List<String>> faulty = Fixtures.sortedRows(dir.resolve("faulty").resolve(Sweep.RESULTS));
        assertThat(faulty).hasSize(12);
        ResultColumns cols = Fixtures.smallSweep(dir).build().columns();
        List<String> bad = faulty.get(2 * 3 + 1);
        assertThat(bad.get(cols.indexOf("status"))).isEqualTo("failed");
        assertThat(bad.get(cols.indexOf("error"))).contains("IllegalStateException: boom second line");
        assertThat(bad.get(cols.indexOf("seed"))).isEqualTo(clean.get(7).get(cols.indexOf("seed")));
        for (int i = 0; i < 12; i++) {
            if (i != 7) {
                assertThat(faulty.get(i)).isEqualTo(clean.get(i));
            }
        }
        String summary = Files.readString(dir.resolve("faulty").resolve(Sweep.SUMMARY));
        assertThat(summary).contains("\n2,0.8,0.3,cumulative_output,n,2\n2,0.8,0.3,cumulative_output,failed,1\n");
    }

    @Test
    void resumeCutsATornLineAndRunsEachMissingRunOnce() throws IOException {
        Fixtures.smallSweep(dir.resolve("whole")).build().run();
        Path results = dir.resolve("whole").resolve(Sweep.RESULTS);
        List<String> lines = Files.readAllLines(results);

        Path part = dir.resolve("part");
        Files.createDirectories(part);
        Files.copy(dir.resolve("whole").resolve(Sweep.MANIFEST), part.resolve(Sweep.MANIFEST));
        StringBuilder s = new StringBuilder();
        for (int i = 0; i <= 5; i++) {
            s.append(lines.get(i)).append("\n");
        }
        s.append(lines.get(6), 0, 25); // a row cut off by a kill
        Files.writeString(part.resolve(Sweep.RESULTS), s, StandardCharsets.UTF_8);

        SweepReport report = Fixtures.smallSweep(part).build().run();

        assertThat(report.resumed()).isEqualTo(5);
        assertThat(report.ran()).isEqualTo(7);
        assertThat(Fixtures.sortedRows(part.resolve(Sweep.RESULTS))).isEqualTo(Fixtures.sortedRows(results));
        assertThat(Files.readString(part.resolve(Sweep.SUMMARY)))
                .isEqualTo(Files.readString(dir.resolve("whole").resolve(Sweep.SUMMARY)));
        SweepReport again = Fixtures.smallSweep(part).build().run();
        assertThat(again.ran()).isZero();
    }

    @Test
    void refusesToResumeADifferentExperiment() throws IOException {
        Fixtures.smallSweep(dir).build().run();
        assertThatThrownBy(() -> Fixtures.smallSweep(dir).seed(100).build().run())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("different experiment").hasMessageContaining("was \"master_seed\": 99, now \"master_seed\": 100");
    }

    @Test
    void writesEveryRunsSeriesToOneLongFileInKeyOrderAcrossResumes() throws IOException {
        Fixtures.smallSweep(dir.resolve("whole")).series(true).build().run();
        Path whole = dir.resolve("whole").resolve(SeriesFile.NAME);
        List<String> lines = Files.readAllLines(whole);
        assertThat(lines).hasSize(1 + 4 * 3 * 60);
        assertThat(lines.get(0)).startsWith("point,replication,week,output,");
        assertThat(lines.get(1)).startsWith("0,0,0,");
        assertThat(lines.get(60 * 3 * 3 + 60 * 2 + 59 + 1)).startsWith("3,2,59,");
        assertThat(dir.resolve("whole").resolve(Sweep.SERIES)).doesNotExist();

        // a second session (here: more replications need a fresh dir, so resume a torn sweep instead)
        Path part = dir.resolve("part");
        Files.createDirectories(part);
        List<String> rows = Files.readAllLines(dir.resolve("whole").resolve(Sweep.RESULTS));
        Fixtures.smallSweep(part).series(true).build().run();
        Files.writeString(part.resolve(Sweep.RESULTS), String.join("\n", rows.subList(0, 6)) + "\n");
        Fixtures.smallSweep(part).series(true).build().run();
        assertThat(Files.readString(part.resolve(SeriesFile.NAME))).isEqualTo(Files.readString(whole));
    }

    @Test
    void summaryHoldsMeanSdAndInterval() throws IOException {
        Sweep sweep = Fixtures.smallSweep(dir).metrics(List.of("cumulative_output")).build();
        sweep.run();
        List<List<String>> rows = Fixtures.sortedRows(dir.resolve(Sweep.RESULTS));
        double[] y = rows.subList(0, 3).stream().mapToDouble(r -> Double.parseDouble(r.get(6))).toArray();
        Estimate e = Statistics.describe(y);
        List<String> lines = Files.readAllLines(dir.resolve(Sweep.SUMMARY));
        assertThat(lines.get(0)).isEqualTo("point,leadership,management,metric,statistic,value");
        assertThat(lines.subList(1, 7)).containsExactly("0,0.2,0.3,cumulative_output,n,3",
                "0,0.2,0.3,cumulative_output,failed,0",
                "0,0.2,0.3,cumulative_output,mean," + ResultColumns.number(e.mean()),
                "0,0.2,0.3,cumulative_output,sd," + ResultColumns.number(e.sd()),
                "0,0.2,0.3,cumulative_output,ci_low," + ResultColumns.number(e.ciLow()),
                "0,0.2,0.3,cumulative_output,ci_high," + ResultColumns.number(e.ciHigh()));
    }
}
