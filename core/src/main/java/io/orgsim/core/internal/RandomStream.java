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
 * <p>The generator is a counter-based SplitMix64: the key and position are hashed with the
 * SplitMix64 finalizer (Steele, Lea &amp; Flood 2014) and each draw advances a Weyl sequence.
 * Normal draws use Commons RNG's ziggurat sampler over this provider. Re-keying allocates
 * nothing.
 */
final class RandomStream implements UniformRandomProvider, Serializable {
    private static final long serialVersionUID = 1L;
    /** The golden-ratio increment of SplitMix64's Weyl sequence. */
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

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
        state = mix(mix(key + index * GOLDEN) + week);
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
