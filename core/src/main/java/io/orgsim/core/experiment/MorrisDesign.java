// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import io.orgsim.core.SpecException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Morris's elementary-effects screening design (Morris 1991) with its analysis (mu, mu* of
 * Campolongo et al. 2007, sigma). {@code r} trajectories of {@code k + 1} points on a
 * {@code p}-level grid of the unit cube, each moving one factor at a time by
 * {@code delta = p / (2 (p - 1))}, up when it can and down otherwise, factors in a random
 * order. Elementary effects are per unit of the factor's normalized range (the range maps to
 * [0, 1]), so factors with different units compare directly.
 *
 * <p>Point {@code t (k + 1) + s} is step {@code s} of trajectory {@code t}.
 *
 * @since 0.1.0
 */
public final class MorrisDesign implements Design {

    private final List<Factor> factors;
    private final List<String> keys;
    private final int trajectories;
    private final double[][] unit;
    /** For step s &gt; 0 of each trajectory: the factor moved. */
    private final int[] moved;

    /**
     * @param factors range factors
     * @param trajectories r, at least 2
     * @param levels p, an even number of grid levels, at least 2
     * @param seed the seed of the random trajectories
     * @throws SpecException when a setting is out of range
     */
    public MorrisDesign(List<Factor> factors, int trajectories, int levels, long seed) {
        if (trajectories < 2) {
            throw new SpecException("trajectories", Integer.toString(trajectories), "must be at least 2");
        }
        if (levels < 2 || levels % 2 != 0) {
            throw new SpecException("levels", Integer.toString(levels), "must be an even number, at least 2");
        }
        if (factors.isEmpty()) {
            throw new SpecException("factors", "[]", "needs at least one factor");
        }
        this.factors = List.copyOf(factors);
        this.keys = factors.stream().map(Factor::key).toList();
        Designs.checkKeys(keys);
        this.trajectories = trajectories;
        int k = factors.size();
        double delta = levels / (2.0 * (levels - 1));
        SplittableRandom rng = new SplittableRandom(seed);
        unit = new double[trajectories * (k + 1)][];
        moved = new int[trajectories * (k + 1)];
        for (int t = 0; t < trajectories; t++) {
            double[] x = new double[k];
            for (int i = 0; i < k; i++) {
                x[i] = rng.nextInt(levels) / (double) (levels - 1);
            }
            int[] order = new int[k];
            for (int i = 0; i < k; i++) {
                order[i] = i;
            }
            for (int i = k - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
            int base = t * (k + 1);
            unit[base] = x.clone();
            moved[base] = -1;
            for (int s = 1; s <= k; s++) {
                int i = order[s - 1];
                x[i] = x[i] + delta <= 1 + 1e-12 ? x[i] + delta : x[i] - delta;
                x[i] = Math.min(1, Math.max(0, x[i]));
                unit[base + s] = x.clone();
                moved[base + s] = i;
            }
        }
    }

    @Override
    public List<String> keys() {
        return keys;
    }

    @Override
    public int size() {
        return unit.length;
    }

    @Override
    public double[] point(int index) {
        double[] u = unit[index];
        double[] p = new double[u.length];
        for (int j = 0; j < u.length; j++) {
            p[j] = factors.get(j).scale(u[j]);
        }
        return p;
    }

    /** @return the number of trajectories */
    public int trajectories() {
        return trajectories;
    }

    /**
     * The Morris measures of each factor. Trajectories with a NaN output (a failed point) are
     * left out.
     *
     * @param y the output at every point, in point order
     * @return one entry per factor, in key order
     */
    public List<MorrisIndex> analyze(double[] y) {
        if (y.length != size()) {
            throw new IllegalArgumentException(y.length + " outputs for " + size() + " points");
        }
        int k = keys.size();
        List<List<Double>> effects = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            effects.add(new ArrayList<>());
        }
        for (int t = 0; t < trajectories; t++) {
            int base = t * (k + 1);
            boolean ok = true;
            for (int s = 0; s <= k; s++) {
                ok &= !Double.isNaN(y[base + s]);
            }
            if (!ok) {
                continue;
            }
            for (int s = 1; s <= k; s++) {
                int i = moved[base + s];
                double step = unit[base + s][i] - unit[base + s - 1][i];
                effects.get(i).add((y[base + s] - y[base + s - 1]) / step);
            }
        }
        List<MorrisIndex> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            double[] ee = effects.get(i).stream().mapToDouble(Double::doubleValue).toArray();
            double mu = 0;
            double muStar = 0;
            for (double e : ee) {
                mu += e;
                muStar += Math.abs(e);
            }
            mu /= ee.length;
            muStar /= ee.length;
            double ss = 0;
            for (double e : ee) {
                ss += (e - mu) * (e - mu);
            }
            double sigma = ee.length > 1 ? Math.sqrt(ss / (ee.length - 1)) : Double.NaN;
            out.add(new MorrisIndex(keys.get(i), ee.length, mu, muStar, sigma));
        }
        return out;
    }
}
