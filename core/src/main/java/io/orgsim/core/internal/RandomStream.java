// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.internal;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * One mechanism's random stream, keyed: {@link #at(long, long)} positions it at the draws of
 * one (agent or team, week), so that every draw is a pure function of (run seed, stream name,
 * agent, week, draw number). Adding a draw to one mechanism then shifts no other mechanism's
 * draws, and a later parallel step can draw agents in any order and stay bit-identical.
 *
 * <p>The generator is a counter-based SplitMix64 (Steele, Lea &amp; Flood 2014): the stream's
 * name and the seed hashed into a key; draw k of (index, week) is the SplitMix64 finalizer of
 * the key plus the counter ((week &lt;&lt; 32 | index) &lt;&lt; 8) + k + 1 times the golden gamma,
 * that is one position of the key's SplitMix64 sequence, which no other (index, week, k)
 * shares. One finalizer call per draw, none per re-key (was two, model v2 to issue 13).
 * Normal draws use Commons RNG's ziggurat sampler over this provider. Re-keying allocates
 * nothing.
 */
final class RandomStream implements UniformRandomProvider, Serializable {
    private static final long serialVersionUID = 1L;
    /** The golden-ratio increment of SplitMix64's Weyl sequence. */
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    /**
     * Positions of the sequence each (index, week) owns: far more than any mechanism draws (at
     * most 3 uniforms, or a normal whose ziggurat needs more than 2 words about once in 10^4).
     */
    private static final int INDEX_SHIFT = 8;
    /** Indices below 2^32 (agents, teams, shock numbers). */
    private static final long INDEX_MASK = 0xFFFF_FFFFL;
    private static final int WEEK_SHIFT = 40;
    /** Weeks below 2^24 (some 320,000 years). */
    private static final long WEEK_MASK = 0xFF_FFFFL;

    private final long key;
    private long state;
    private transient ZigguratSampler.NormalizedGaussian normal;

    /**
     * @param seed the run's seed
     * @param name the stream's name; distinct names give independent streams
     */
    RandomStream(long seed, String name) {
        long k = mix(seed);
        for (int i = 0; i < name.length(); i++) {
            k = mix(k + name.charAt(i));
        }
        key = k;
        state = k;
        normal = ZigguratSampler.NormalizedGaussian.of(this);
    }

    private RandomStream(RandomStream of) {
        key = of.key;
        state = of.key;
        normal = ZigguratSampler.NormalizedGaussian.of(this);
    }

    /**
     * @return a stream with the same key, so the same draws at every (index, week), for another
     *     block of agents stepped on another thread (a stream's position is not thread-safe)
     */
    RandomStream copy() {
        return new RandomStream(this);
    }

    /**
     * Positions the stream at the first draw of one (index, week).
     *
     * @param index an agent position, a team, or 0 for organization-wide draws
     * @param week the week
     * @return this stream
     */
    RandomStream at(long index, long week) {
        // (week, index, draw) as one counter into the key's SplitMix64 sequence, so re-keying
        // costs no finalizer call; each (index, week) owns 2^INDEX_SHIFT consecutive positions
        state = key + (((week & WEEK_MASK) << WEEK_SHIFT) + ((index & INDEX_MASK) << INDEX_SHIFT)) * GOLDEN;
        return this;
    }

    @Override
    public long nextLong() {
        state += GOLDEN;
        return mix(state);
    }

    /** @return a standard normal draw */
    double gaussian() {
        return normal.sample();
    }

    /** The SplitMix64 finalizer: a bijective 64-bit mix. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        normal = ZigguratSampler.NormalizedGaussian.of(this);
    }
}
