// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.validation;

import io.orgsim.core.experiment.Comparison;
import io.orgsim.core.experiment.Statistics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * The qualitative findings of March (1991) checked on reproduced figures, each by a t-test
 * between two samples of replications: Welch's ({@link Statistics#compare}) between
 * independent samples, a paired test where the two samples share their seeds (figure 2's
 * mixed and uniform populations, figure 5's peak and end, figure 3's two groups of the same
 * runs).
 */
public final class MarchFindings {

    /** Significance level of every check (two-sided). */
    public static final double ALPHA = 0.01;
    /** The moderate turnover compared with none in figure 4. */
    public static final double MODERATE_TURNOVER = 0.05;

    /**
     * One finding and whether the data bear it out.
     *
     * @param claim the paper's finding
     * @param comparison the two samples compared: a is expected to be the larger
     * @param test the test used: {@code Welch} or {@code paired}
     * @param p the test's two-sided p-value
     * @param holds true when a's mean is larger and p is below {@link #ALPHA}
     */
    public record Finding(String claim, Comparison comparison, String test, double p, boolean holds) {

        /** @return a one-line account: the means with their 95% intervals, the difference and p */
        public String evidence() {
            Comparison c = comparison;
            return String.format(Locale.ROOT, "%.3f [%.3f, %.3f] vs %.3f [%.3f, %.3f]: difference %+.3f, %s p = %.2g",
                    c.a().mean(), c.a().ciLow(), c.a().ciHigh(), c.b().mean(), c.b().ciLow(), c.b().ciHigh(),
                    c.difference(), test, p);
        }
    }

    private MarchFindings() {
    }

    /**
     * @param figures reproduced figures on the paper's grids
     * @param measure the measure of knowledge the findings are checked on
     * @return every finding checked
     */
    public static List<Finding> all(MarchFigures figures, MarchMeasure measure) {
        List<Finding> out = new ArrayList<>();
        out.add(slowSocialization(figures.figure1(), 0.5, measure));
        out.add(slowSocialization(figures.figure1(), 0.9, measure));
        out.add(mixBeatsUniform(figures.figures2and3(), 25, measure));
        out.add(fastLearnersKnowMore(figures.figures2and3(), 25, measure));
        out.add(turnoverHelpsFastSocialization(figures.figure4(), 0.9, MODERATE_TURNOVER, measure));
        out.add(turbulenceDecays(figures.figure5(), measure));
        out.add(turnoverSustainsKnowledge(figures.figure5(), 0.1, measure));
        return out;
    }

    /**
     * Figure 1: slow socialization (the lowest p1) ends with more code knowledge than fast
     * (the highest p1).
     *
     * @param points figure 1's points
     * @param p2 the code learning rate to look at
     * @param measure the measure of knowledge
     * @return the finding
     */
    public static Finding slowSocialization(List<EquilibriumPoint> points, double p2, MarchMeasure measure) {
        List<EquilibriumPoint> row = points.stream().filter(p -> p.codeLearning() == p2).toList();
        EquilibriumPoint slow = row.stream().min((x, y) -> Double.compare(x.socialization(), y.socialization()))
                .orElseThrow(() -> new IllegalArgumentException("no point with p2 = " + p2));
        EquilibriumPoint fast = row.stream().max((x, y) -> Double.compare(x.socialization(), y.socialization()))
                .orElseThrow();
        return finding(String.format(Locale.ROOT, "fig. 1, p2 = %s: slower socialization (p1 = %s) gives higher "
                        + "equilibrium code knowledge than faster (p1 = %s)", p2, slow.socialization(),
                fast.socialization()), slow.codeKnowledge().of(measure), fast.codeKnowledge().of(measure), false);
    }

    /**
     * Figure 2: a mix of slow and fast learners ends with more code knowledge than a uniform
     * population at the same mean rate.
     *
     * @param points figure 2's points
     * @param fastLearners the mix to look at
     * @param measure the measure of knowledge
     * @return the finding
     */
    public static Finding mixBeatsUniform(List<MixPoint> points, int fastLearners, MarchMeasure measure) {
        MixPoint p = mix(points, fastLearners);
        return finding(String.format(Locale.ROOT, "fig. 2: %d fast (p1 = %s) and %d slow (p1 = %s) learners give "
                        + "higher equilibrium code knowledge than all at the same mean p1 = %s", fastLearners,
                MarchStudy.FAST, MarchParams.N - fastLearners, MarchStudy.SLOW, round(p.meanSocialization())),
                p.codeKnowledge().of(measure), p.uniformCodeKnowledge().of(measure), true);
    }

    /**
     * Figure 3: on the way to equilibrium the fast learners know more than the slow ones, who
     * keep the diversity from which the code learns.
     *
     * @param points figure 3's points
     * @param fastLearners the mix to look at
     * @param measure the measure of knowledge
     * @return the finding
     */
    public static Finding fastLearnersKnowMore(List<MixPoint> points, int fastLearners, MarchMeasure measure) {
        MixPoint p = mix(points, fastLearners);
        return finding(String.format(Locale.ROOT, "fig. 3: with %d fast learners, at period %d the fast learners "
                + "know more than the slow ones", fastLearners, p.period()), p.fastKnowledge().of(measure),
                p.slowKnowledge().of(measure), true);
    }

    /**
     * Figure 4: with fast socialization, moderate turnover leaves the code knowing more than
     * none.
     *
     * @param points figure 4's points
     * @param p1 the (fast) socialization rate
     * @param p3 the moderate turnover
     * @param measure the measure of knowledge
     * @return the finding
     */
    public static Finding turnoverHelpsFastSocialization(List<TurnoverPoint> points, double p1, double p3,
                                                         MarchMeasure measure) {
        TurnoverPoint none = turnover(points, p1, 0);
        TurnoverPoint some = turnover(points, p1, p3);
        return finding(String.format(Locale.ROOT, "fig. 4, p1 = %s: turnover p3 = %s gives higher code knowledge "
                + "than none", p1, p3), some.codeKnowledge().of(measure), none.codeKnowledge().of(measure), false);
    }

    /**
     * Figure 5: under turbulence without turnover, code knowledge decays from its peak (the
     * period of the highest mean) to the horizon.
     *
     * @param points figure 5's points
     * @param measure the measure of knowledge
     * @return the finding
     */
    public static Finding turbulenceDecays(List<TurbulencePoint> points, MarchMeasure measure) {
        List<TurbulencePoint> series = points.stream().filter(p -> p.turnover() == 0).toList();
        if (series.isEmpty()) {
            throw new IllegalArgumentException("figure 5 has no series without turnover");
        }
        TurbulencePoint peak = series.get(0);
        for (TurbulencePoint p : series) {
            if (p.codeKnowledge().of(measure).mean() > peak.codeKnowledge().of(measure).mean()) {
                peak = p;
            }
        }
        TurbulencePoint last = series.get(series.size() - 1);
        return finding(String.format(Locale.ROOT, "fig. 5, no turnover: under turbulence code knowledge decays "
                + "from its peak (period %d) to period %d", peak.period(), last.period()), peak.codeKnowledge().of(measure),
                last.codeKnowledge().of(measure), true);
    }

    /**
     * Figure 5: under turbulence, turnover sustains more code knowledge at the horizon than no
     * turnover.
     *
     * @param points figure 5's points
     * @param p3 the turnover rate
     * @param measure the measure of knowledge
     * @return the finding
     */
    public static Finding turnoverSustainsKnowledge(List<TurbulencePoint> points, double p3, MarchMeasure measure) {
        int horizon = points.stream().mapToInt(TurbulencePoint::period).max().orElseThrow();
        TurbulencePoint with = points.stream().filter(p -> p.turnover() == p3 && p.period() == horizon).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("figure 5 has no series with p3 = " + p3));
        TurbulencePoint without = points.stream().filter(p -> p.turnover() == 0 && p.period() == horizon).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("figure 5 has no series without turnover"));
        return finding(String.format(Locale.ROOT, "fig. 5: under turbulence, turnover p3 = %s keeps more code "
                + "knowledge at period %d than none", p3, horizon), with.codeKnowledge().of(measure),
                without.codeKnowledge().of(measure), false);
    }

    private static MixPoint mix(List<MixPoint> points, int fastLearners) {
        return points.stream().filter(p -> p.fastLearners() == fastLearners).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no point with " + fastLearners + " fast learners"));
    }

    private static TurnoverPoint turnover(List<TurnoverPoint> points, double p1, double p3) {
        return points.stream().filter(p -> p.socialization() == p1 && p.turnover() == p3).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no point with p1 = " + p1 + ", p3 = " + p3));
    }

    private static Finding finding(String claim, Sample larger, Sample smaller, boolean paired) {
        double[] a = larger.values();
        double[] b = smaller.values();
        Comparison c = Statistics.compare(a, b);
        double p = c.welchP();
        if (paired) {
            if (a.length != b.length) {
                throw new IllegalArgumentException("paired samples of " + a.length + " and " + b.length + " values");
            }
            boolean same = java.util.Arrays.equals(a, b);
            p = same ? 1 : new TTest().pairedTTest(a, b);
        }
        return new Finding(claim, c, paired ? "paired" : "Welch", p, c.difference() > 0 && p < ALPHA);
    }

    private static double round(double v) {
        return Math.round(v * 1e9) / 1e9;
    }
}
