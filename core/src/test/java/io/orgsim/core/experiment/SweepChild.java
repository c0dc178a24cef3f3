// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import io.orgsim.core.Checkpoints;
import io.orgsim.core.OrgSim;
import io.orgsim.core.Simulation;
import java.nio.file.Path;

/**
 * A sweep, a chunk, a merge or a checkpointed run in a child JVM, for the tests with real
 * processes: {@code SweepChild sweep|merge|checkpoint OUT_DIR [DELAY_MS]} or
 * {@code SweepChild chunk OUT_DIR I/N [DELAY_MS]}. A refusal (another writer, another
 * experiment) prints its message and exits with 2.
 */
public final class SweepChild {

    private SweepChild() {
    }

    /**
     * @param args what to do, the output directory, the chunk, the delay per run in ms
     * @throws Exception when it fails otherwise
     */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[1]);
        String mode = args[0];
        int next = 2;
        Chunk chunk = null;
        if (mode.equals("chunk")) {
            chunk = Chunk.parse(args[next++]);
        }
        long delay = args.length > next ? Long.parseLong(args[next]) : 20;
        try {
            if (mode.equals("checkpoint")) {
                Simulation sim = new Simulation(Fixtures.smallBase().toBuilder().steps(400).build());
                Path file = out.resolve("run.ckpt");
                while (!sim.isDone()) {
                    sim.step();
                    Checkpoints.write(sim, file);
                }
                return;
            }
            Sweep.Builder b = KillResumeTest.sweep(out).chunk(chunk).runner((key, spec) -> {
                Thread.sleep(delay); // slow enough that the parent can stop it part way
                return OrgSim.run(spec);
            });
            if (mode.equals("merge")) {
                b.build().mergeChunks();
            } else {
                b.build().run();
            }
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }
}
