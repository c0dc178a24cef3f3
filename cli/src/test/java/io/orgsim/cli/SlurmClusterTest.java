// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep on a real one-node Slurm cluster (src/test/slurm/cluster-test.sh): a job array of
 * chunks with one task requeued while it runs and one killed and resubmitted, merged, equal
 * byte for byte to the one-machine sweep. The two tasks are held part way (src/test/slurm/hold.sh
 * stops them after their first row) until the script has acted, so the test does not depend
 * on how fast a loaded machine runs them. Needs Debian's slurm-wlm and munge, which .ci/run
 * installs; without them it is skipped, unless {@code -Dorgsim.slurm.required} (set by
 * .ci/run) makes that a failure. {@code -DskipSlurm} skips it always.
 */
class SlurmClusterTest {

    @TempDir
    Path tmp;

    @Test
    void aJobArrayWithARequeuedAndAKilledTaskMergesToTheOneMachineSweep() throws Exception {
        assumeTrue(System.getProperty("skipSlurm") == null, "-DskipSlurm");
        boolean installed = Files.isExecutable(Path.of("/usr/sbin/slurmctld")) && Files.isExecutable(Path.of("/usr/sbin/munged"))
                && Files.isReadable(Path.of("/etc/munge/munge.key"));
        if (System.getProperty("orgsim.slurm.required") == null) {
            assumeTrue(installed, "slurm-wlm and munge are not installed (apt-get install slurm-wlm munge)");
        }
        assertThat(installed).as("slurm-wlm and munge installed (orgsim.slurm.required is set)").isTrue();

        Path experiment = tmp.resolve("exp.yaml");
        Files.writeString(experiment, """
                base:
                  params: {org.agents: 800, run.steps: 200}
                  shocks: [{week: 100, type: pivot}]
                design: {type: grid, factors: {leadership: [0.2, 0.5, 0.8], management: [0.3, 0.7]}}
                replications: 20
                seed: 14
                """);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String orgsim = java + " -XX:TieredStopAtLevel=1 -cp " + System.getProperty("java.class.path")
                .replace(File.pathSeparator + File.pathSeparator, File.pathSeparator) + " " + Main.class.getName();
        Path log = tmp.resolve("cluster.log");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("bash", Path.of("src/test/slurm/cluster-test.sh").toAbsolutePath().toString(),
                tmp.resolve("cluster").toString(), experiment.toString(), orgsim)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = p.waitFor(12, TimeUnit.MINUTES); // far above its half minute: only a hang gets here
        if (!ended) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        String out = Files.readString(log);
        System.out.printf("Slurm cluster test: %.0f s%n%s", (System.nanoTime() - t0) / 1e9, out);
        assertThat(ended).as(out).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("requeued task 0 while it ran", "killed task 1 while it ran", "merge refused",
                "equal the one-machine sweep byte for byte (120 rows)");
        // held after its first row, the requeued task 0 found that row and ran only the rest
        assertThat(out).containsPattern("chunk 0/4: 30 of 30 runs done \\([1-9][0-9]* resumed");
    }
}
