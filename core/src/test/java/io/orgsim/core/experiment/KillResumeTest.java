// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KillResumeTest {

    static final int POINTS = 4;
    static final int REPLICATIONS = 25;

    static Sweep.Builder sweep(Path out) {
        return Sweep.builder().base(Fixtures.smallBase()).design(Fixtures.smallGrid()).replications(REPLICATIONS)
                .seed(2024).threads(2).out(out);
    }

    @Test
    void aSweepKilledWithSigkillResumesToTheSameResults(@TempDir Path dir) throws Exception {
        Path killed = dir.resolve("killed");
        // the runs after the 20th wait for a gate that never opens: killed with exactly 20 rows
        Process child = ProcessFaultsTest.gatedChild(dir.resolve("child.log"), 20, dir.resolve("never"), "sweep",
                killed.toString());
        Path results = killed.resolve(Sweep.RESULTS);
        ProcessFaultsTest.awaitRows(results, 20, child, dir.resolve("child.log"));
        child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no flush
        assertThat(child.waitFor(3, TimeUnit.MINUTES)).as("the killed child ended").isTrue();
        assertThat(dataLines(results)).isEqualTo(20);

        SweepReport resumed = sweep(killed).build().run();
        sweep(dir.resolve("whole")).threads(1).build().run();

        assertThat(resumed.resumed() + resumed.ran()).isEqualTo(POINTS * REPLICATIONS);
        List<List<String>> a = Fixtures.sortedRows(results);
        List<List<String>> b = Fixtures.sortedRows(dir.resolve("whole").resolve(Sweep.RESULTS));
        assertThat(a).hasSize(POINTS * REPLICATIONS).isEqualTo(b);
        assertThat(a.stream().map(r -> r.get(0) + "/" + r.get(1)).distinct()).hasSize(POINTS * REPLICATIONS);
        assertThat(Files.readString(killed.resolve(Sweep.SUMMARY)))
                .isEqualTo(Files.readString(dir.resolve("whole").resolve(Sweep.SUMMARY)));
    }

    private static long dataLines(Path results) throws IOException {
        if (!Files.exists(results)) {
            return 0;
        }
        try (var lines = Files.lines(results)) {
            return Math.max(0, lines.count() - 1);
        }
    }
}
