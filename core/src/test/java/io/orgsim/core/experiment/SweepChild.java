// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import io.orgsim.core.Checkpoints;
import io.orgsim.core.OrgSim;
import io.orgsim.core.Simulation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A sweep, a chunk, a merge or a checkpointed run in a child JVM, for the tests with real
 * processes: {@code SweepChild sweep|merge|checkpoint OUT_DIR [DELAY_MS]} or
 * {@code SweepChild chunk OUT_DIR I/N [DELAY_MS]}. A refusal (another writer, another
 * experiment) prints its message and exits with 2.
 *
 * <p>With {@code -Dgate.after=K -Dgate.file=F} the runs after the first K wait until file F
 * exists (forever if it never does): the parent then knows the child is part way, with K
 * rows written, however slow or loaded the machine, instead of racing it with a timer.
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
            int gateAfter = Integer.getInteger("gate.after", Integer.MAX_VALUE);
            Path gate = Path.of(System.getProperty("gate.file", "gate"));
            AtomicInteger started = new AtomicInteger();
            Sweep.Builder b = KillResumeTest.sweep(out).chunk(chunk).runner((key, spec) -> {
                if (started.incrementAndGet() > gateAfter) {
                    while (!Files.exists(gate)) {
                        Thread.sleep(10);
                    }
                }
                Thread.sleep(delay); // slow enough that a random kill lands part way
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
