// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

/**
 * The rule that gives every run of an experiment its own seed, from the master seed, the
 * design point and the replication. The rule is part of the file format: a row's seed can
 * always be recomputed, and a run re-run alone with that seed reproduces its row.
 *
 * <pre>
 *   key   = mix64(master)
 *   index = point * replications + replication          (the run's index, from 0)
 *   low   = fmix32((int) key + (int) index)             (a bijection of 32-bit ints)
 *   high  = (int) (mix64(key + GAMMA * (index + 1)) &gt;&gt;&gt; 32)
 *   seed  = (high &lt;&lt; 32) | (low &amp; 0xffffffffL)
 * </pre>
 *
 * <p>{@code mix64} is the SplitMix64 finalizer (Steele, Lea and Flood 2014), {@code GAMMA}
 * its golden-ratio increment {@code 0x9E3779B97F4A7C15}, and {@code fmix32} the MurmurHash3
 * finalizer. MASON's Mersenne Twister reads only the low 32 bits of a seed; because
 * {@code fmix32} is a bijection, no two runs of one experiment (fewer than 2^32 runs) share
 * those 32 bits, so no two replications ever silently share a random stream. The high half
 * keeps the full 64-bit seeds of different master seeds apart.
 */
public final class Seeds {

    /** SplitMix64's increment, the odd integer closest to 2^64 / phi. */
    public static final long GAMMA = 0x9E3779B97F4A7C15L;

    private Seeds() {
    }

    /**
     * @param master the experiment's master seed
     * @param point the design point's index, from 0
     * @param replication the replication's index, from 0
     * @param replications replications per design point
     * @return the run's seed
     * @throws IllegalArgumentException when an index is out of range
     */
    public static long runSeed(long master, int point, int replication, int replications) {
        if (point < 0 || replications < 1 || replication < 0 || replication >= replications) {
            throw new IllegalArgumentException("point " + point + ", replication " + replication + " of "
                    + replications);
        }
        long key = mix64(master);
        long index = (long) point * replications + replication;
        int low = fmix32((int) key + (int) index);
        long high = mix64(key + GAMMA * (index + 1)) >>> 32;
        return (high << 32) | (low & 0xffffffffL);
    }

    /**
     * The SplitMix64 finalizer: a bijection of 64-bit values with good avalanche.
     *
     * @param z a value
     * @return its mix
     */
    public static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * The MurmurHash3 finalizer: a bijection of 32-bit values.
     *
     * @param h a value
     * @return its mix
     */
    public static int fmix32(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }
}
