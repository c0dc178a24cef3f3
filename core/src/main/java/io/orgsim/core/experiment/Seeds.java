// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

/**
 * The rule that gives every run of an experiment its own seed, from the master seed, the
 * design point and the replication. The rule is part of the file format: a row's seed can
 * always be recomputed, and a run re-run alone with that seed reproduces its row.
 *
 * <pre>
 *   key   = mix64(master) mod 2^53
 *   index = (point &lt;&lt; 32) | replication                (the run's index, unique per run)
 *   seed  = mix53((key + GAMMA * (index + 1)) mod 2^53)
 * </pre>
 *
 * <p>Seeds are whole numbers in [0, 2^53): every one is exactly an IEEE double, so it survives
 * R's {@code read.csv}, Excel and JavaScript unchanged (a 64-bit seed such as
 * -7422520320025369359 comes back from R as -7422520320025369600). {@code mix53} is a
 * SplitMix-style finalizer on 53 bits (xor-shifts and multiplications by odd constants modulo
 * 2^53, each a bijection) and {@code GAMMA} is odd, so distinct (point, replication) pairs of
 * one master seed get distinct seeds as long as the index is below 2^53, that is for design
 * points below 2^21 (2,097,152); {@link #runSeed(long, int, int)} refuses larger points. The model
 * seeds MASON's generator with all the seed's bits, so no two runs of an experiment share a
 * random stream. A run's seed does not depend on the number of replications: adding
 * replications keeps the seeds of the runs already there.
 *
 * <p>{@link #RULE} names this rule in sweep manifests. Version 2 drew 64-bit seeds (negative
 * half the time, not exact as doubles); version 1 made only the low 32 bits unique. Both gave
 * other seeds.
 *
 * @since 0.1.0
 */
public final class Seeds {

    /** SplitMix64's increment, the odd integer closest to 2^64 / phi (used modulo 2^53). */
    public static final long GAMMA = 0x9E3779B97F4A7C15L;

    /** The name and version of the rule, written to sweep manifests. */
    public static final String RULE = "Seeds.runSeed v3";

    /** Seeds are below 2^53, the largest range of whole numbers a double holds exactly. */
    public static final long LIMIT = 1L << 53;

    /** Design points the rule keeps apart: the index (point &lt;&lt; 32 | replication) stays below 2^53. */
    public static final int MAX_POINTS = 1 << 21;

    private static final long MASK = LIMIT - 1;

    private Seeds() {
    }

    /**
     * @param master the experiment's master seed
     * @param point the design point's index, from 0, below {@link #MAX_POINTS}
     * @param replication the replication's index, from 0
     * @return the run's seed, in [0, 2^53)
     * @throws IllegalArgumentException when an index is negative or the point too large
     */
    public static long runSeed(long master, int point, int replication) {
        if (point < 0 || replication < 0 || point >= MAX_POINTS) {
            throw new IllegalArgumentException("point " + point + ", replication " + replication
                    + ": the seed rule keeps points in [0, " + MAX_POINTS + ")");
        }
        long index = ((long) point << 32) | replication;
        return mix53((mix64(master) + GAMMA * (index + 1)) & MASK);
    }

    /**
     * A bijection of [0, 2^53) with good avalanche: SplitMix64's finalizer shape, on 53 bits.
     *
     * @param z a value in [0, 2^53)
     * @return its mix, in [0, 2^53)
     */
    static long mix53(long z) {
        z = ((z ^ (z >>> 27)) * 0xBF58476D1CE4E5B9L) & MASK;
        z = ((z ^ (z >>> 25)) * 0x94D049BB133111EBL) & MASK;
        return z ^ (z >>> 28);
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
