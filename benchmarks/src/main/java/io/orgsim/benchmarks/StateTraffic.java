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
                new Loop("work", "present, change, dirX, dirY, engagement, skill, exhaustion, learningAbility,"
                        + " sensitivity, aspiration, progress, frustration, cynicism, fatigue, need, resilience, recognition,"
                        + " neighbourEngagement (work, learning and engagement in one pass)", 1 + 8 * 17,
                        "skill, aspiration, progress, frustration, cynicism, fatigue, exhaustion, recognition, engagement",
                        8 * 9),
                new Loop("turnover", "present, engagement, exhaustion, frustration, skill, cynicism, fatigue, recognition,"
                        + " hiredWeek (turnover and the measures' sums in one pass)", 1 + 8 * 7 + 4, "-", 0));
    }

    /**
     * @param degree the network degree
     * @return bytes of state streamed per agent-step
     */
    public static int bytesPerAgentStep(int degree) {
        return loops(degree).stream().mapToInt(Loop::bytes).sum();
    }

    /**
     * The model's per-agent state (model v2): present (1 byte), 22 double arrays (engagement,
     * skill, propensity, learningAbility, readingCos, readingSin, dirX, dirY, nextX, nextY,
     * change, neighbourEngagement; and the mechanisms' need, sensitivity, recognition,
     * aspiration, progress, frustration, cynicism, exhaustion, resilience, fatigue), hiredWeek
     * (4 bytes), the network (offsets and 4 bytes per tie) and the team arrays (18 doubles
     * and 2 ints: 152 bytes per team).
     *
     * @param degree the network degree
     * @param teamSize agents per team
     * @return bytes of state per agent
     */
    public static double stateBytesPerAgent(int degree, int teamSize) {
        return 1 + 22 * 8 + 4 + 4 + 4.0 * degree + 152.0 / teamSize;
    }
}
