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
                new Loop("directions", "present, dirX, dirY, propensity, engagement (peers), offsets, neighbours",
                        1 + 8 + 8 + 8 + 8 + 4 + ties, "change, nextX, nextY", 24),
                new Loop("work: team sums", "present, dirX, dirY", 17, "-", 0),
                new Loop("work: agents", "present, change, dirX, dirY, engagement, skill", 41, "achieved", 8),
                new Loop("learning", "present, engagement, skill", 17, "skill", 8),
                new Loop("engagement: peers", "present, offsets, neighbours, engagement (peers)",
                        1 + 4 + ties + 8, "neighbourEngagement", 8),
                new Loop("engagement: update", "present, achieved, frustration, engagement, neighbourEngagement",
                        33, "frustration, engagement", 16),
                new Loop("turnover", "present, engagement", 9, "-", 0),
                new Loop("measure", "present, engagement, frustration, skill", 25, "-", 0));
    }

    /**
     * @param degree the network degree
     * @return bytes of state streamed per agent-step
     */
    public static int bytesPerAgentStep(int degree) {
        return loops(degree).stream().mapToInt(Loop::bytes).sum();
    }

    /**
     * The model's per-agent state: present (1 byte), eleven double arrays (engagement,
     * frustration, skill, propensity, dirX, dirY, nextX, nextY, change, achieved,
     * neighbourEngagement), the network (offsets and 4 bytes per tie) and the team arrays
     * (28 bytes per team).
     *
     * @param degree the network degree
     * @param teamSize agents per team
     * @return bytes of state per agent
     */
    public static double stateBytesPerAgent(int degree, int teamSize) {
        return 1 + 11 * 8 + 4 + 4.0 * degree + 28.0 / teamSize;
    }
}
