// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

/**
 * The rule that gives every run of an experiment its own seed, from the master seed, the
 * design point and the replication. The rule is part of the file format: a row's seed can
 * always be recomputed, and a run re-run alone with that seed reproduces its row.
 *
 * <pre>
 *   key   = mix64(master)
 *   index = (point &lt;&lt; 32) | replication                (the run's index, unique per run)
 *   seed  = mix64(key + GAMMA * (index + 1))
 * </pre>
 *
 * <p>{@code mix64} is the SplitMix64 finalizer (Steele, Lea and Flood 2014) and {@code GAMMA}
 * its golden-ratio increment {@code 0x9E3779B97F4A7C15}: the seed is output number
 * {@code index + 1} of SplitMix64 started at {@code key}. Since {@code GAMMA} is odd and
 * {@code mix64} a bijection, distinct (point, replication) pairs of one master seed always get
 * distinct 64-bit seeds, and the model seeds MASON's generator with all 64 bits, so no two runs
 * of an experiment share a random stream. A run's seed does not depend on the number of
 * replications: adding replications keeps the seeds of the runs already there.
 *
 * <p>{@link #RULE} names this rule in sweep manifests; version 1 (which made the low 32 bits
 * unique because MASON then read only those, and so depended on the number of replications)
 * gave other seeds.
 */
public final class Seeds {

    /** SplitMix64's increment, the odd integer closest to 2^64 / phi. */
    public static final long GAMMA = 0x9E3779B97F4A7C15L;

    /** The name and version of the rule, written to sweep manifests. */
    public static final String RULE = "Seeds.runSeed v2";

    private Seeds() {
    }

    /**
     * @param master the experiment's master seed
     * @param point the design point's index, from 0
     * @param replication the replication's index, from 0
     * @return the run's seed
     * @throws IllegalArgumentException when an index is negative
     */
    public static long runSeed(long master, int point, int replication) {
        if (point < 0 || replication < 0) {
            throw new IllegalArgumentException("point " + point + ", replication " + replication);
        }
        long index = ((long) point << 32) | replication;
        return mix64(mix64(master) + GAMMA * (index + 1));
    }

    /**
     * The seed of {@link #runSeed(long, int, int)}, with the replication checked against the
     * number of replications; the seed does not depend on that number.
     *
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
        return runSeed(master, point, replication);
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
}
