// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.SpecException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The design points of an experiment: an ordered list of parameter settings, each a value
 * per key. A point is applied to a base spec with {@link #apply(ScenarioSpec, int)}: values of
 * whole-number parameters are rounded, and {@link ScenarioSpec.Builder#build()} validates the
 * result, so an impossible combination names its field.
 *
 * <p>Designs compute points on demand where they can, so a design of millions of points
 * costs little memory.
 *
 * @since 0.1.0
 */
public interface Design {

    /** @return the parameter keys, one per coordinate of a point */
    List<String> keys();

    /** @return the number of points */
    int size();

    /**
     * @param index a point index in [0, size)
     * @return the point's values, in {@link #keys()} order (a fresh array)
     */
    double[] point(int index);

    /**
     * Applies a point to a base spec; the seed is left as it is.
     *
     * @param base the spec the design varies
     * @param index a point index
     * @return the builder, ready for a seed and {@code build()}
     * @throws SpecException when a key is not a parameter
     */
    default ScenarioSpec.Builder apply(ScenarioSpec base, int index) {
        return apply(base, keys(), point(index));
    }

    /**
     * Applies values to a base spec by key, rounding whole-number parameters; the seed is left
     * as it is. This is how a single run of a sweep is rebuilt from its row.
     *
     * @param base the spec to vary
     * @param keys parameter keys
     * @param values one value per key
     * @return the builder, ready for a seed and {@code build()}
     * @throws SpecException when a key is not a parameter
     */
    static ScenarioSpec.Builder apply(ScenarioSpec base, List<String> keys, double[] values) {
        ScenarioSpec.Builder b = base.toBuilder();
        for (int i = 0; i < values.length; i++) {
            b.set(keys.get(i), roundFor(keys.get(i), values[i]));
        }
        return b;
    }

    /**
     * Rounds a value for a whole-number parameter; leaves others as they are.
     *
     * @param key a parameter key
     * @param value a value
     * @return the value to set
     */
    static double roundFor(String key, double value) {
        Param p = Factor.param(key);
        return p.isInteger() ? Math.rint(value) : value;
    }

    /**
     * A full factorial grid: every combination of the factors' levels; the last factor
     * varies fastest.
     *
     * @param factors level factors
     * @return the grid
     * @throws SpecException when a factor has no levels
     */
    static Design grid(List<Factor> factors) {
        for (Factor f : factors) {
            if (!f.hasLevels()) {
                throw new SpecException(f.key(), "[" + f.min() + ", " + f.max() + "]",
                        "a grid factor needs levels, not a range");
            }
        }
        return new Designs.Grid(factors);
    }

    /**
     * An explicit list of points.
     *
     * @param keys the parameter keys
     * @param points one array of values per point, in key order
     * @return the design
     * @throws SpecException when a key is unknown, a point has the wrong length or a value is out of range
     */
    static Design list(List<String> keys, List<double[]> points) {
        return new Designs.Matrix(keys, points, true);
    }

    /**
     * A Latin hypercube sample: each factor's range cut into {@code n} equal strata, one
     * point in each, strata paired at random; points at uniform positions within strata.
     *
     * @param factors range factors
     * @param n number of points
     * @param seed the seed of the sampling
     * @return the design
     */
    static Design latinHypercube(List<Factor> factors, int n, long seed) {
        requirePositive(n);
        SplittableRandom rng = new SplittableRandom(seed);
        int k = factors.size();
        double[][] u = new double[n][k];
        for (int j = 0; j < k; j++) {
            int[] perm = new int[n];
            for (int i = 0; i < n; i++) {
                perm[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int r = rng.nextInt(i + 1);
                int t = perm[i];
                perm[i] = perm[r];
                perm[r] = t;
            }
            for (int i = 0; i < n; i++) {
                u[i][j] = (perm[i] + rng.nextDouble()) / n;
            }
        }
        List<double[]> points = new ArrayList<>(n);
        for (double[] row : u) {
            double[] p = new double[k];
            for (int j = 0; j < k; j++) {
                p[j] = factors.get(j).scale(row[j]);
            }
            points.add(p);
        }
        return new Designs.Matrix(factors.stream().map(Factor::key).toList(), points, false);
    }

    /**
     * The first {@code n} points of the Sobol low-discrepancy sequence (Joe and Kuo
     * direction numbers, as in Commons Math), skipping the all-zero first point, scaled to the
     * factors' ranges.
     *
     * @param factors range factors, at most 1000
     * @param n number of points
     * @return the design
     */
    static Design sobol(List<Factor> factors, int n) {
        requirePositive(n);
        return new Designs.Sobol(factors, n);
    }

    private static void requirePositive(int n) {
        if (n < 1) {
            throw new SpecException("samples", Integer.toString(n), "must be at least 1");
        }
    }

    /**
     * @param dimension number of coordinates
     * @param n number of points
     * @return the first n Sobol points after the all-zero one, in the unit cube
     */
    static double[][] sobolUnit(int dimension, int n) {
        SobolSequenceGenerator gen = new SobolSequenceGenerator(dimension);
        gen.nextVector();
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            out[i] = gen.nextVector();
        }
        return out;
    }
}
