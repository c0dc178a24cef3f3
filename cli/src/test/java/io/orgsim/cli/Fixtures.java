// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small experiment files that several cli tests run. */
final class Fixtures {

    private Fixtures() {
    }

    /**
     * @param dir where to write it
     * @return an ablation file of two arms and behaviours 4 and 5, on 30 agents, 3 replications: seconds to run
     */
    static Path smallAblation(Path dir) throws IOException {
        return Files.writeString(dir.resolve("ablation.yaml"), """
                ablation:
                  arms:
                    no-safety: {leadership.safety: 0}
                    no-overhead: {management.overhead: 0}
                  behaviours: [4, 5]
                  agents: 30
                replications: 3
                """);
    }
}
