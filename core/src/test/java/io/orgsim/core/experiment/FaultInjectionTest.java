// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgsim.core.OrgSim;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults injected through the experiment layer's test hook ({@link Sweep.Builder#runner}):
 * five runs in twenty fail, each in a different way (checked and unchecked exceptions, an
 * assertion error, a stack overflow, no result at all), on three threads. The other runs'
 * rows are exactly those of a clean sweep; each failure is listed with its error; the
 * summary counts them per point; resuming runs nothing again. (SweepTest covers one failure
 * on the default thread count.)
 */
class FaultInjectionTest {

    @TempDir
    Path dir;

    /** The faults, by replication; a run fails when (point + replication) is divisible by 4: five runs, one of each kind. */
    static final Map<Integer, Supplier<Throwable>> FAULTS = Map.of(
            0, () -> new IOException("disk vanished"),
            1, () -> new IllegalArgumentException("bad\r\ninput"),
            2, () -> new AssertionError("invariant broken"),
            3, () -> new StackOverflowError());

    static boolean faulty(RunKey k) {
        return (k.point() + k.replication()) % 4 == 0;
    }

    static Sweep.Builder sweep(Path out) {
        return Fixtures.smallSweep(out).replications(5).threads(3);
    }

    @Test
    void failuresAreListedWithTheirErrorsAndTheOtherRunsAreIntact() throws Exception {
        SweepReport clean = sweep(dir.resolve("clean")).threads(1).build().run();
        assertThat(clean.failed()).isZero();

        Map<RunKey, Integer> calls = new ConcurrentHashMap<>();
        Sweep faulty = sweep(dir.resolve("faulty")).runner((key, spec) -> {
            calls.merge(key, 1, Integer::sum);
            if (faulty(key)) {
                if (key.replication() == 4) {
                    return null; // the run function forgot its result
                }
                Throwable t = FAULTS.get(key.replication()).get();
                if (t instanceof Exception e) {
                    throw e;
                }
                throw (Error) t;
            }
            return OrgSim.run(spec);
        }).build();
        SweepReport report = faulty.run();

        int points = Fixtures.smallGrid().size();
        long expectedFailures = 0;
        for (int p = 0; p < points; p++) {
            for (int r = 0; r < 5; r++) {
                expectedFailures += faulty(new RunKey(p, r)) ? 1 : 0;
            }
        }
        assertThat(report.failed()).isEqualTo((int) expectedFailures).isEqualTo(5);
        assertThat(report.ran()).isEqualTo(points * 5);
        assertThat(calls.values()).as("each run called once").containsOnly(1);

        ResultColumns cols = faulty.columns();
        List<List<String>> good = Fixtures.sortedRows(dir.resolve("clean").resolve(Sweep.RESULTS));
        List<List<String>> rows = Fixtures.sortedRows(dir.resolve("faulty").resolve(Sweep.RESULTS));
        assertThat(rows).hasSize(points * 5);
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            RunKey key = new RunKey(Integer.parseInt(row.get(0)), Integer.parseInt(row.get(1)));
            if (!faulty(key)) {
                assertThat(row).as("run %s", key).isEqualTo(good.get(i));
                continue;
            }
            assertThat(row.get(cols.indexOf("status"))).isEqualTo("failed");
            assertThat(row.get(cols.indexOf("seed"))).as("the seed, to re-run it alone").isEqualTo(
                    good.get(i).get(cols.indexOf("seed")));
            String error = row.get(cols.indexOf("error"));
            switch (key.replication()) {
                case 0 -> assertThat(error).startsWith("java.io.IOException: disk vanished (at ");
                case 1 -> assertThat(error).startsWith("java.lang.IllegalArgumentException: bad input (at ");
                case 2 -> assertThat(error).startsWith("java.lang.AssertionError: invariant broken");
                case 3 -> assertThat(error).startsWith("java.lang.StackOverflowError");
                default -> assertThat(error).contains("the run function returned no result");
            }
        }

        // long summary: point, leadership, management, metric, statistic, value
        List<String[]> counts = Files.readAllLines(dir.resolve("faulty").resolve(Sweep.SUMMARY)).stream()
                .skip(1).map(l -> l.split(",", -1)).filter(f -> f[3].equals("cumulative_output")).toList();
        for (int p = 0; p < points; p++) {
            int point = p;
            int failedHere = 0;
            for (int r = 0; r < 5; r++) {
                failedHere += faulty(new RunKey(p, r)) ? 1 : 0;
            }
            java.util.function.Function<String, String> stat = name -> counts.stream()
                    .filter(f -> Integer.parseInt(f[0]) == point && f[4].equals(name)).findFirst().orElseThrow()[5];
            assertThat(stat.apply("n")).as("successful runs of point %d", p).isEqualTo(Integer.toString(5 - failedHere));
            assertThat(stat.apply("failed")).as("failed runs of point %d", p).isEqualTo(Integer.toString(failedHere));
        }

        SweepReport again = sweep(dir.resolve("faulty")).build().run();
        assertThat(again.ran()).as("failed runs count as done on resume").isZero();
        assertThat(again.resumed()).isEqualTo(points * 5);
    }
}
