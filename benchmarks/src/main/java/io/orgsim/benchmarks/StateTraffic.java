// SPDX-License-Identifier: Apache-2.0
package io.orgsim.benchmarks;

import io.orgsim.core.Param;
import java.util.List;

/**
 * The bytes of agent state one week of {@code io.orgsim.core.internal.Organization} streams
 * through memory, counted from its source: for each of its 2 passes over the agents (the
 * phase methods {@code directions} and {@code work}, which includes the turnover), every per-agent array
 * it reads and every one it writes, once each (the STREAM convention: the triad counts 24
 * bytes per element, two reads and a write; an array read and written back counts twice). An
 * array of 2 or 4 doubles per agent counts 16 or 32 bytes even where the pass uses only some
 * of them, since it streams their cache lines. Accesses that stay in cache are not counted:
 * a team lead's slot, ring-lattice neighbours (within a few slots of the agent), per-team
 * arrays (one slot per team of 8) and the blocks' histograms; the ring neighbours' peer
 * records (4 doubles per position) are counted once, as one stream; the ~0.6 long ties
 * per agent (degree x rewiring at the default rewiring of 0.1) are gathered at the start of
 * the directions pass into copies of their records, which the gather writes and the walk
 * streams (counted), from random reads of the originals (latency, not streamed bytes: not
 * counted). Rare accesses
 * are left out: hires and {@code join}, quits, a quit's or a vacancy's vacant mark in the
 * peers, and the directions pass's read of an agent's own engagement, made only when none of
 * its neighbours is present. Must be kept in step with Organization by hand (last: model
 * v2.1, issue 13's gather of the long ties).
 */
public final class StateTraffic {

    /** One per-agent array a pass streams, and its bytes per agent. */
    public record Stream(String array, int bytes) {
    }

    /** One loop over the agents: the arrays it reads and those it writes, each once. */
    public record Loop(String phase, String what, List<Stream> reads, List<Stream> writes) {
        /** @return bytes read per agent */
        public int readBytes() {
            return reads.stream().mapToInt(Stream::bytes).sum();
        }

        /** @return bytes written per agent */
        public int writeBytes() {
            return writes.stream().mapToInt(Stream::bytes).sum();
        }

        /** @return bytes per agent */
        public int bytes() {
            return readBytes() + writeBytes();
        }
    }

    private static final int DOUBLE = 8;
    /** Doubles per position in Organization's peers. */
    private static final int PEER = 4;

    private StateTraffic() {
    }

    private static Stream s(String array, int bytes) {
        return new Stream(array, bytes);
    }

    /**
     * @param degree the network degree (ties per agent)
     * @return the loops of a week, in order; each phase is a method that {@link PhaseProfile} times
     */
    public static List<Loop> loops(int degree) {
        double longTies = longTiesPerAgent(degree);
        return List.of(
                // directionsBlock: the gather of the long ties' records reads their sources and
                // writes their copies; the walk over the ties reads offsets, the neighbour lists
                // (laid out as the walks' reads, one int per tie), the ring neighbours' peer
                // records and the long ties' copies; the informal pull reads propensity and
                // reading (when distributed leadership and vision are above 0, as at the
                // defaults); writes dir back in place and both halves of steered (change,
                // neighbours' engagement), write only
                new Loop("directions", "each agent's steer and drift, and the team sums",
                        List.of(s("long-tie sources", (int) Math.round(4 * longTies)), s("present", 1),
                                s("dir (x, y)", 2 * DOUBLE), s("propensity", DOUBLE),
                                s("reading (cos, sin)", 2 * DOUBLE), s("offsets", 4), s(degree + " ties (the walks' reads)", 4 * degree),
                                s("peers (the ring neighbours' records, one stream)", PEER * DOUBLE),
                                s("long-tie copies", (int) Math.round(PEER * DOUBLE * longTies))),
                        List.of(s("long-tie copies", (int) Math.round(PEER * DOUBLE * longTies)),
                                s("dir (x, y), in place", 2 * DOUBLE),
                                s("steered (change, neighbours' engagement)", 2 * DOUBLE))),
                // workBlock: work, learning and engagement of each agent in one pass; reads
                // steered and the new dir; Strain.week reads both exhaustion and 1/resilience and
                // writes exhaustion, Aspiration.week reads and writes all 4 of its record,
                // Autonomy.felt reads need, Purpose reads sensitivity, ChangeFatigue and
                // Recognition read and write theirs; engagement and skill are written back.
                // Then turnoverBlock over the same block while its state is in cache (a block
                // of 4,096 agents streams some 0.9 MB here): the quit test and the measures'
                // sums re-read what workBlock streamed (present, engagementSkill, exhaustion,
                // dir, the aspiration state, fatigue, recognition; not counted again); it
                // streams propensity and hiredWeek, and fills each staying agent's peer record
                new Loop("work", "work, learning and engagement of each agent; then, block by block, turnover and the sums of the measures",
                        List.of(s("present", 1), s("steered", 2 * DOUBLE), s("dir", 2 * DOUBLE),
                                s("engagementSkill", 2 * DOUBLE),
                                s("strain (exhaustion, 1/resilience)", 2 * DOUBLE),
                                s("learningAbility", DOUBLE), s("sensitivity", DOUBLE),
                                s("aspiration state (aspiration, progress, frustration, cynicism)", 4 * DOUBLE),
                                s("fatigue", DOUBLE), s("need", DOUBLE), s("recognition", DOUBLE),
                                s("propensity (turnover)", DOUBLE), s("hiredWeek (turnover)", 4)),
                        List.of(s("engagementSkill", 2 * DOUBLE), s("strain (its exhaustion)", 2 * DOUBLE),
                                s("aspiration state", 4 * DOUBLE), s("fatigue", DOUBLE), s("recognition", DOUBLE),
                                s("peers (turnover: each agent's record for next week's walks)", PEER * DOUBLE))));
    }

    /**
     * @param degree the network degree
     * @return the expected long ties per agent at the default rewiring: each rewired lattice
     *     edge is a long tie in both ends' lists
     */
    static double longTiesPerAgent(int degree) {
        return degree * Param.NETWORK_REWIRING.defaultValue();
    }

    /**
     * @param degree the network degree
     * @return bytes of state streamed per agent-step
     */
    public static int bytesPerAgentStep(int degree) {
        return loops(degree).stream().mapToInt(Loop::bytes).sum();
    }

    /**
     * The model's per-agent state (model v2.1, issue 13): present (1 byte), 24 doubles
     * (propensity, learningAbility; engagementSkill, reading, dir and steered, 2 each;
     * peers, 4; and the mechanisms' need, sensitivity, recognition, fatigue, Strain's
     * exhaustion and 1/resilience, 2, and the aspiration state, 4), hiredWeek (4 bytes), the
     * network (offsets and 4 bytes per tie, which the walks' reads replace), each long
     * tie's copy of its record and its source (36 bytes) and the team arrays (18 doubles and
     * 2 ints: 152 bytes per team).
     *
     * @param degree the network degree
     * @param teamSize agents per team
     * @return bytes of state per agent
     */
    public static double stateBytesPerAgent(int degree, int teamSize) {
        return 1 + 24 * 8 + 4 + 4 + 4.0 * degree + (PEER * DOUBLE + 4) * longTiesPerAgent(degree) + 152.0 / teamSize;
    }

    /**
     * Prints the count per pass and array, the total, and the state per agent.
     *
     * @param args optional: the network degree (default 6) and the team size (default 8)
     */
    public static void main(String[] args) {
        if (args.length > 2) {
            throw new IllegalArgumentException("usage: StateTraffic [degree [teamSize]]");
        }
        int degree = args.length > 0 ? positive("degree", args[0]) : 6;
        int teamSize = args.length > 1 ? positive("teamSize", args[1]) : 8;
        for (Loop loop : loops(degree)) {
            System.out.printf("%s: %d + %d = %d bytes per agent (%s)%n", loop.phase(), loop.readBytes(), loop.writeBytes(),
                    loop.bytes(), loop.what());
            for (Stream r : loop.reads()) {
                System.out.printf("  read  %3d  %s%n", r.bytes(), r.array());
            }
            for (Stream w : loop.writes()) {
                System.out.printf("  write %3d  %s%n", w.bytes(), w.array());
            }
        }
        System.out.printf("total: %d bytes per agent-step at degree %d; state %.1f bytes per agent (team size %d)%n",
                bytesPerAgentStep(degree), degree, stateBytesPerAgent(degree, teamSize), teamSize);
    }

    private static int positive(String name, String value) {
        int v;
        try {
            v = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " = " + value + ": must be a whole number of at least 1", e);
        }
        if (v < 1) {
            throw new IllegalArgumentException(name + " = " + value + ": must be at least 1");
        }
        return v;
    }
}
