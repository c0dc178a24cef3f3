// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import io.orgsim.core.SpecException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The sampling design and estimators for Sobol first- and total-order indices (Saltelli et
 * al. 2010, Computer Physics Communications 181:259-270). Two base matrices A and B of
 * {@code n} rows are the two halves of a {@code 2k}-dimensional Sobol sequence; matrix
 * A_B^i is A with column i taken from B. Point {@code j (k + 2)} is row j of A, point
 * {@code j (k + 2) + 1} row j of B, and point {@code j (k + 2) + 2 + i} row j of A_B^i: the
 * design has {@code n (k + 2)} points.
 *
 * <p>Estimators, with V the variance of all f(A) and f(B) values:
 * first order (Saltelli 2010) {@code S_i = mean(f(B) (f(A_B^i) - f(A))) / V};
 * total order (Jansen 1999) {@code ST_i = mean((f(A) - f(A_B^i))^2) / (2 V)}.
 * Intervals are bootstrap percentiles over resampled rows j.
 *
 * @since 0.1.0
 */
public final class SaltelliDesign implements Design {

    private final List<Factor> factors;
    private final List<String> keys;
    private final int n;
    private final double[][] a;
    private final double[][] b;

    /**
     * @param factors range factors
     * @param n base samples (rows of A and B), at least 2; powers of two balance the Sobol sequence best
     * @throws SpecException when a setting is out of range
     */
    public SaltelliDesign(List<Factor> factors, int n) {
        if (n < 2) {
            throw new SpecException("samples", Integer.toString(n), "must be at least 2");
        }
        if (factors.isEmpty()) {
            throw new SpecException("factors", "[]", "needs at least one factor");
        }
        this.factors = List.copyOf(factors);
        this.keys = factors.stream().map(Factor::key).toList();
        Designs.checkKeys(keys);
        this.n = n;
        int k = factors.size();
        double[][] s = Design.sobolUnit(2 * k, n);
        a = new double[n][];
        b = new double[n][];
        for (int j = 0; j < n; j++) {
            a[j] = Arrays.copyOfRange(s[j], 0, k);
            b[j] = Arrays.copyOfRange(s[j], k, 2 * k);
        }
    }

    @Override
    public List<String> keys() {
        return keys;
    }

    @Override
    public int size() {
        return n * (keys.size() + 2);
    }

    /** @return the number of base samples */
    public int samples() {
        return n;
    }

    @Override
    public double[] point(int index) {
        int k = keys.size();
        int j = index / (k + 2);
        int m = index % (k + 2);
        double[] u;
        if (m == 0) {
            u = a[j];
        } else if (m == 1) {
            u = b[j];
        } else {
            u = a[j].clone();
            u[m - 2] = b[j][m - 2];
        }
        double[] p = new double[k];
        for (int i = 0; i < k; i++) {
            p[i] = factors.get(i).scale(u[i]);
        }
        return p;
    }

    /**
     * Estimates the indices. Rows j with a NaN output anywhere in their block are left out.
     *
     * @param y the output at every point, in point order
     * @param bootstrap bootstrap resamples for the intervals (0 for none: intervals are NaN)
     * @param level the interval's confidence level, for example 0.95
     * @param seed the seed of the resampling
     * @return one entry per factor, in key order
     */
    public List<SobolIndex> analyze(double[] y, int bootstrap, double level, long seed) {
        if (y.length != size()) {
            throw new IllegalArgumentException(y.length + " outputs for " + size() + " points");
        }
        int k = keys.size();
        int[] rows = java.util.stream.IntStream.range(0, n).filter(j -> {
            for (int m = 0; m < k + 2; m++) {
                if (Double.isNaN(y[j * (k + 2) + m])) {
                    return false;
                }
            }
            return true;
        }).toArray();
        double[][] point = estimate(y, rows, k);
        double[][][] boots = new double[bootstrap][][];
        SplittableRandom rng = new SplittableRandom(seed);
        int[] sample = new int[rows.length];
        for (int r = 0; r < bootstrap; r++) {
            for (int j = 0; j < rows.length; j++) {
                sample[j] = rows[rng.nextInt(rows.length)];
            }
            boots[r] = estimate(y, sample, k);
        }
        List<SobolIndex> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            double[] s1 = new double[bootstrap];
            double[] st = new double[bootstrap];
            for (int r = 0; r < bootstrap; r++) {
                s1[r] = boots[r][0][i];
                st[r] = boots[r][1][i];
            }
            double lo = (1 - level) / 2;
            out.add(new SobolIndex(keys.get(i), point[0][i], quantile(s1, lo), quantile(s1, 1 - lo),
                    point[1][i], quantile(st, lo), quantile(st, 1 - lo)));
        }
        return out;
    }

    private static double[][] estimate(double[] y, int[] rows, int k) {
        int m = rows.length;
        double sum = 0;
        for (int j : rows) {
            sum += y[j * (k + 2)] + y[j * (k + 2) + 1];
        }
        double mean = sum / (2.0 * m);
        double ss = 0;
        for (int j : rows) {
            double fa = y[j * (k + 2)] - mean;
            double fb = y[j * (k + 2) + 1] - mean;
            ss += fa * fa + fb * fb;
        }
        double v = ss / (2.0 * m - 1);
        double[] first = new double[k];
        double[] total = new double[k];
        for (int i = 0; i < k; i++) {
            double s1 = 0;
            double st = 0;
            for (int j : rows) {
                double fa = y[j * (k + 2)];
                double fb = y[j * (k + 2) + 1];
                double fab = y[j * (k + 2) + 2 + i];
                s1 += fb * (fab - fa);
                st += (fa - fab) * (fa - fab);
            }
            first[i] = s1 / m / v;
            total[i] = st / (2.0 * m) / v;
        }
        return new double[][] {first, total};
    }

    private static double quantile(double[] values, double q) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] s = values.clone();
        Arrays.sort(s);
        double pos = q * (s.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(s.length - 1, lo + 1);
        return s[lo] + (pos - lo) * (s[hi] - s[lo]);
    }
}
