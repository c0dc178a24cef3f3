// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core;

/**
 * A copy of every position's state at one moment, and the informal network, for pictures of
 * the organization (the web dashboard draws teams and ties, agents coloured by engagement or
 * frustration). Position {@code i} is in team {@code i / teamSize}; the first position of each
 * team is its formal lead. A vacant position keeps its last agent's values; its
 * {@code present} is false. The network is in compressed rows: the neighbours of {@code i}
 * are {@code neighbours[offsets[i] .. offsets[i + 1])}.
 *
 * @param teamSize positions per team
 * @param present whether each position is filled
 * @param engagement each position's engagement, in [0, 1]
 * @param frustration each position's frustration, in [0, 1]
 * @param informalLeader whether each position's agent is a strong informal leader (propensity to lead of at least 0.5)
 * @param offsets where each position's neighbours start in {@code neighbours}; one more entry than positions
 * @param neighbours the informal network's ties, both ways
 * @since 0.1.0
 */
public record AgentSnapshot(int teamSize, boolean[] present, double[] engagement, double[] frustration,
                            boolean[] informalLeader, int[] offsets, int[] neighbours) {

    /** @return the number of positions */
    public int size() {
        return present.length;
    }
}
