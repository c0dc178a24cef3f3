// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.apache.commons.math3.stat.inference.TTest;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * Descriptive statistics and two-sample comparisons over replications, on Commons Math.
 * Every method is a pure function of its arrays, so results do not depend on thread counts.
 *
 * @since 0.1.0
 */
public final class Statistics {

    /**
     * The confidence level of every interval orgsim reports (summary files, tables, charts,
     * the behaviour catalog) unless one is given: the conventional 95%, so that readers can
     * compare orgsim's intervals with the literature's.
     */
    public static final double DEFAULT_LEVEL = 0.95;

    /** {@link #DEFAULT_LEVEL} as text for labels, {@code 95%}. */
    public static final String DEFAULT_LEVEL_TEXT = Math.round(100 * DEFAULT_LEVEL) + "%";

    private Statistics() {
    }

    /**
     * Mean, standard deviation and 95% confidence interval of the mean.
     *
     * @param values the sample
     * @return the estimate
     */
    public static Estimate describe(double[] values) {
        return describe(values, DEFAULT_LEVEL);
    }

    /**
     * Mean, standard deviation and a Student-t confidence interval of the mean.
     *
     * @param values the sample
     * @param level the confidence level, in (0, 1)
     * @return the estimate; mean NaN when the sample is empty
     */
    public static Estimate describe(double[] values, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level " + level + " must be in (0, 1)");
        }
        int n = values.length;
        if (n == 0) {
            return new Estimate(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = new Mean().evaluate(values);
        if (n < 2) {
            return new Estimate(1, mean, Double.NaN, Double.NaN, Double.NaN);
        }
        double sd = Math.sqrt(new Variance(true).evaluate(values, mean));
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(0.5 + level / 2);
        double half = t * sd / Math.sqrt(n);
        return new Estimate(n, mean, sd, mean - half, mean + half);
    }

    /**
     * The Welch confidence interval of a difference of means, mean(a) - mean(b): the
     * difference plus or minus the Student-t quantile (Welch-Satterthwaite degrees of freedom)
     * times its standard error {@code sqrt(var(a)/na + var(b)/nb)}.
     *
     * @param a the first sample, at least 2 values
     * @param b the second sample, at least 2 values
     * @param level the confidence level, in (0, 1)
     * @return n = na + nb, mean = the difference, sd = its standard error, and the interval
     * @throws IllegalArgumentException when a sample has fewer than 2 values
     */
    public static Estimate difference(double[] a, double[] b, double level) {
        if (a.length < 2 || b.length < 2) {
            throw new IllegalArgumentException("each sample needs at least 2 values (got " + a.length + " and "
                    + b.length + ")");
        }
        Estimate ea = describe(a);
        Estimate eb = describe(b);
        double qa = ea.sd() * ea.sd() / a.length;
        double qb = eb.sd() * eb.sd() / b.length;
        double diff = ea.mean() - eb.mean();
        double se = Math.sqrt(qa + qb);
        if (se == 0) {
            return new Estimate(a.length + b.length, diff, 0, diff, diff);
        }
        double df = (qa + qb) * (qa + qb) / (qa * qa / (a.length - 1) + qb * qb / (b.length - 1));
        double half = new TDistribution(df).inverseCumulativeProbability(0.5 + level / 2) * se;
        return new Estimate(a.length + b.length, diff, se, diff - half, diff + half);
    }

    /**
     * Compares two samples: Welch t-test, Mann-Whitney U, Cohen's d, Hedges' g and the
     * rank-biserial correlation.
     *
     * @param a the first sample, at least 2 values
     * @param b the second sample, at least 2 values
     * @return the comparison
     * @throws IllegalArgumentException when a sample has fewer than 2 values
     */
    public static Comparison compare(double[] a, double[] b) {
        if (a.length < 2 || b.length < 2) {
            throw new IllegalArgumentException("each sample needs at least 2 values (got " + a.length + " and "
                    + b.length + ")");
        }
        Estimate ea = describe(a);
        Estimate eb = describe(b);
        double na = a.length;
        double nb = b.length;
        double va = ea.sd() * ea.sd();
        double vb = eb.sd() * eb.sd();
        double diff = ea.mean() - eb.mean();

        double t;
        double df;
        double p;
        if (va == 0 && vb == 0) {
            t = diff == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, diff);
            df = na + nb - 2;
            p = diff == 0 ? 1 : 0;
        } else {
            TTest tt = new TTest();
            t = tt.t(a, b);
            p = tt.tTest(a, b);
            double qa = va / na;
            double qb = vb / nb;
            df = (qa + qb) * (qa + qb) / (qa * qa / (na - 1) + qb * qb / (nb - 1));
        }

        double pooled = Math.sqrt(((na - 1) * va + (nb - 1) * vb) / (na + nb - 2));
        double d = pooled == 0 ? (diff == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, diff)) : diff / pooled;
        double g = d * (1 - 3 / (4 * (na + nb) - 9));

        double[] both = new double[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        double[] ranks = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE).rank(both);
        double rankSumA = 0;
        for (int i = 0; i < a.length; i++) {
            rankSumA += ranks[i];
        }
        double u = rankSumA - na * (na + 1) / 2;
        double mu = na * nb / 2;
        double n = na + nb;
        double tieTerm = tieCorrection(both);
        double varU = na * nb / 12 * ((n + 1) - tieTerm / (n * (n - 1)));
        double pU;
        if (varU <= 0) {
            pU = 1;
        } else {
            double z = (Math.abs(u - mu)) / Math.sqrt(varU);
            pU = Math.min(1, 2 * new NormalDistribution(null, 0, 1).cumulativeProbability(-z));
        }
        double rb = 2 * u / (na * nb) - 1;
        return new Comparison(ea, eb, diff, t, df, p, u, pU, d, g, rb);
    }

    /** Sum over tie groups of (t^3 - t). */
    private static double tieCorrection(double[] values) {
        double[] s = values.clone();
        java.util.Arrays.sort(s);
        double sum = 0;
        int i = 0;
        while (i < s.length) {
            int j = i;
            while (j + 1 < s.length && s[j + 1] == s[i]) {
                j++;
            }
            double t = j - i + 1;
            sum += t * t * t - t;
            i = j + 1;
        }
        return sum;
    }
}
