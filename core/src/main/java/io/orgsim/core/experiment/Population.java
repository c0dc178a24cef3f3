// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.SpecException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * A population of simulated units (organizations) that differ the way the studies' units
 * differ: each unit is the base scenario with the sampled parameters drawn uniformly in their
 * ranges, and every sub-lever of a sampled lever that is neither sampled itself nor set in the
 * base drawn around its lever ({@code lever + subLeverSpread * N(0, 1)}, clipped to [0, 1]),
 * so that a unit's leadership can be strong in vision but weaker in safety, as real units'
 * is.
 *
 * <p>Draw b of the population ({@code b = 0} is the one a calibration fits; 1, 2, ... are
 * independent replicates for confidence intervals) has seed {@code s_b = seed} for b = 0 and
 * {@code Seeds.runSeed(seed, b, 0)} otherwise. Its levers come from Well19937c seeded with
 * {@code mix64(s_b)}, unit u runs with {@code Seeds.runSeed(s_b, u, 0)}, and a target's survey
 * error from Well19937c seeded with {@code mix64(s_b + t + 1)} for the target's index t. The
 * draws do not depend on the parameters being fitted, so every evaluation sees the same units
 * (common random numbers) and the objective is a deterministic function of the parameters.
 *
 * @param base the unit every draw starts from (size, horizon, fixed parameters)
 * @param units units per draw, at least 3
 * @param sampled the parameters drawn per unit, each uniform in its range
 * @param subLeverSpread the sd of a sub-lever around its lever, in [0, 1]
 * @param seed the population's seed
 * @since 0.1.0
 */
public record Population(ScenarioSpec base, int units, List<Factor> sampled, double subLeverSpread, long seed) {

    /** @throws SpecException naming the field out of range */
    public Population {
        Objects.requireNonNull(base, "base");
        sampled = List.copyOf(sampled);
        if (units < 3) {
            throw new SpecException("population.units", Integer.toString(units),
                    "must be at least 3 (a correlation needs three units)");
        }
        if (!(subLeverSpread >= 0 && subLeverSpread <= 1)) {
            throw new SpecException("population.subLeverSpread", Double.toString(subLeverSpread), "must be in [0, 1]");
        }
        for (Factor f : sampled) {
            if (f.hasLevels()) {
                throw new SpecException("population.sample." + f.key(), "levels", "must be a range {min, max}");
            }
        }
    }

    /**
     * @param replicate the draw, 0 for the fitted population
     * @return the draw's seed
     */
    public long seedOf(int replicate) {
        return replicate == 0 ? seed : Seeds.runSeed(seed, replicate, 0);
    }

    /**
     * @param key a parameter key
     * @return true when the population draws it per unit
     */
    public boolean samples(String key) {
        return sampled.stream().anyMatch(f -> f.key().equals(key));
    }

    /**
     * The units of one draw.
     *
     * @param replicate the draw, 0 for the fitted population
     * @param params parameters by key set in every unit after the draw (the values being fitted)
     * @return one spec per unit, each with its own seed
     * @throws SpecException when a parameter is out of range
     */
    public List<ScenarioSpec> units(int replicate, Map<String, Double> params) {
        long s = seedOf(replicate);
        RandomGenerator rng = new Well19937c(Seeds.mix64(s));
        List<ScenarioSpec> specs = new ArrayList<>(units);
        for (int u = 0; u < units; u++) {
            ScenarioSpec.Builder b = base.toBuilder().name(base.name() + "-unit" + u).seed(Seeds.runSeed(s, u, 0));
            double[] value = new double[Param.values().length];
            for (Param p : Param.values()) {
                value[p.ordinal()] = base.get(p);
            }
            for (Factor f : sampled) {
                double v = Design.roundFor(f.key(), f.scale(rng.nextDouble()));
                value[f.param().ordinal()] = v;
                b.set(f.param(), v);
            }
            for (Param p : Param.values()) {
                if (p.parent() == null) {
                    continue;
                }
                double noise = rng.nextGaussian(); // drawn for every sub-lever, so the draws stay aligned
                if (samples(p.parent().key()) && !samples(p.key()) && !base.isExplicit(p)) {
                    double v = value[p.parent().ordinal()] + subLeverSpread * noise;
                    b.set(p, Math.max(p.min(), Math.min(p.max(), v)));
                }
            }
            params.forEach(b::set);
            specs.add(b.build());
        }
        return specs;
    }
}
