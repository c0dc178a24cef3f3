// SPDX-License-Identifier: Apache-2.0
package io.orgsim.benchmarks;

import java.util.List;

/**
 * The bytes of agent state one week of {@code io.orgsim.core.internal.Organization} streams
 * through memory, counted from its source: for each loop over the agents, every per-agent
 * array it reads and every one it writes, once (the STREAM convention: the triad counts 24
 * bytes per element, two reads and a write). Accesses that stay in cache are not counted:
 * a team lead's slot, ring-lattice neighbours (within a few slots of the agent), per-team
 * arrays (one slot per team of 8) and the histogram. Rare writes (hires, quits, frustration
 * after a rejected idea) are left out. The neighbour list adds 4 bytes per tie and the
 * offsets 4 bytes. Must be kept in step with Organization by hand.
 */
public final class StateTraffic {

    /** One loop over the agents: the bytes it reads and writes per agent. */
    public record Loop(String phase, String reads, int readBytes, String writes, int writeBytes) {
        /** @return bytes per agent */
        public int bytes() {
            return readBytes + writeBytes;
        }
    }

    private StateTraffic() {
    }

    /**
     * @param degree the network degree (ties per agent)
     * @return the loops of a week, in order
     */
    public static List<Loop> loops(int degree) {
        int ties = 4 * degree;
        return List.of(
                new Loop("directions", "present, dirX, dirY, propensity, engagement, readingCos, readingSin, offsets,"
                        + " neighbours (the team sums ride along)", 1 + 8 + 8 + 8 + 8 + 8 + 8 + 4 + ties,
                        "change, nextX, nextY, neighbourEngagement", 32),
                new Loop("work", "present, change, dirX, dirY, engagement, skill, frustration, neighbourEngagement"
                        + " (work, learning and engagement in one pass)", 1 + 8 * 7, "skill, frustration, engagement", 24),
                new Loop("turnover", "present, engagement, frustration, skill (turnover and the measures' sums in one pass)",
                        1 + 8 * 3, "-", 0));
    }

    /**
     * @param degree the network degree
     * @return bytes of state streamed per agent-step
     */
    public static int bytesPerAgentStep(int degree) {
        return loops(degree).stream().mapToInt(Loop::bytes).sum();
    }

    /**
     * The model's per-agent state: present (1 byte), twelve double arrays (engagement,
     * frustration, skill, propensity, readingCos, readingSin, dirX, dirY, nextX, nextY,
     * change, neighbourEngagement), the network (offsets and 4 bytes per tie) and the team
     * arrays (36 bytes per team).
     *
     * @param degree the network degree
     * @param teamSize agents per team
     * @return bytes of state per agent
     */
    public static double stateBytesPerAgent(int degree, int teamSize) {
        return 1 + 12 * 8 + 4 + 4.0 * degree + 36.0 / teamSize;
    }
}
