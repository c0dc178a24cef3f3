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
 * after a rejected idea, a quit's vacant mark) are left out, and so is the directions pass's
 * read of an agent's own engagement, made only when none of its neighbours is present. The
 * ring neighbours' peer records (4 doubles per position) are counted once, as one stream. The neighbour list adds 4 bytes per tie and the
 * offsets 4 bytes. Must be kept in step with Organization by hand (last: main 59c1529, model
 * v2.1, after the kernel's packed arrays of issue 13).
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
                new Loop("directions", "present, dir (x, y), propensity, reading (cos, sin), offsets, neighbours, peers"
                        + " (4 doubles per position, the ring neighbours' records streamed once; the team sums ride along)",
                        1 + 16 + 8 + 16 + 4 + ties + 32,
                        "nextDir (x, y), steered (change, neighbours' engagement)", 32),
                new Loop("work", "present, steered, dir, engagement, skill, exhaustion, learningAbility, sensitivity,"
                        + " aspiration state (aspiration, progress, frustration, cynicism), fatigue, need,"
                        + " inverseResilience, recognition (work, learning and engagement in one pass)",
                        1 + 16 + 16 + 8 * 9 + 32,
                        "skill, aspiration state, fatigue, exhaustion, recognition, engagement", 8 * 5 + 32),
                new Loop("turnover", "present, engagement, exhaustion, propensity, dir, aspiration state (its frustration"
                        + " and cynicism: the whole record's cache lines), skill, fatigue, recognition, hiredWeek"
                        + " (turnover and the measures' sums in one pass)", 1 + 8 * 3 + 16 + 32 + 8 * 3 + 4,
                        "peers (each agent's record for next week's walks)", 32));
    }

    /**
     * @param degree the network degree
     * @return bytes of state streamed per agent-step
     */
    public static int bytesPerAgentStep(int degree) {
        return loops(degree).stream().mapToInt(Loop::bytes).sum();
    }

    /**
     * The model's per-agent state (model v2.1 at main 59c1529): present (1 byte), 26 doubles
     * (engagement, skill, propensity, learningAbility; reading, dir, nextDir and steered, 2
     * each; peers, 4; and the mechanisms' need, sensitivity, recognition, exhaustion,
     * inverseResilience, fatigue, and the aspiration state, 4), hiredWeek (4 bytes), the
     * network (offsets and 4 bytes per tie) and the team arrays (18 doubles and 2 ints: 152
     * bytes per team).
     *
     * @param degree the network degree
     * @param teamSize agents per team
     * @return bytes of state per agent
     */
    public static double stateBytesPerAgent(int degree, int teamSize) {
        return 1 + 26 * 8 + 4 + 4 + 4.0 * degree + 152.0 / teamSize;
    }
}
