// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

/**
 * The rule that gives every replication of an experiment its own seed, from the master
 * seed, the scenario's index and the replication's index. The rule depends on nothing
 * else (not on threads, order of completion or time), so an experiment is repeatable
 * from its master seed alone.
 *
 * <p>The rule, with {@code mix} the SplitMix64 output function (Steele, Lea and Flood 2014;
 * the finalizer of {@code java.util.SplittableRandom}) applied to {@code x + 0x9E3779B97F4A7C15}:
 *
 * <pre>{@code
 * seed(master, scenario, replication) = mix(mix(mix(master) ^ scenario) ^ replication)
 *
 * mix(x):  z = x + 0x9E3779B97F4A7C15
 *          z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9
 *          z = (z ^ (z >>> 27)) * 0x94D049BB133111EB
 *          return z ^ (z >>> 31)
 * }</pre>
 *
 * <p>{@code mix} is a bijection on 64-bit values, so for one master seed and one scenario,
 * different replications always get different seeds, and seeds of different scenarios
 * look independent. Indexes count from 0; in {@code orgsim compare} the scenario index is
 * the position in {@code Presets.quadrants()} (balanced = 0).
 *
 * <p>This class is meant to move into core's experiment layer; the rule will not change.
 */
public final class ReplicationSeeds {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private ReplicationSeeds() {
    }

    /**
     * @param masterSeed the experiment's seed
     * @param scenarioIndex the scenario's index, from 0
     * @param replication the replication's index, from 0
     * @return the seed of that replication
     */
    public static long seed(long masterSeed, int scenarioIndex, int replication) {
        return mix(mix(mix(masterSeed) ^ scenarioIndex) ^ replication);
    }

    /**
     * The SplitMix64 step: adds the golden gamma and scrambles the sum.
     *
     * @param x any value
     * @return the mixed value
     */
    public static long mix(long x) {
        long z = x + GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
