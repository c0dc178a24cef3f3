// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import io.orgsim.core.OrgSim;
import java.nio.file.Path;

/** A sweep in a child JVM, for the kill-and-resume test: {@code SweepChild OUT_DIR}. */
public final class SweepChild {

    private SweepChild() {
    }

    /**
     * @param args the output directory
     * @throws Exception when the sweep fails
     */
    public static void main(String[] args) throws Exception {
        KillResumeTest.sweep(Path.of(args[0])).runner((key, spec) -> {
            Thread.sleep(20); // slow enough that the parent can kill it part way
            return OrgSim.run(spec);
        }).build().run();
    }
}
