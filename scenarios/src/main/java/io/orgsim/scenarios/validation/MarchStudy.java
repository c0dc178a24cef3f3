// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.validation;

import io.orgsim.core.experiment.Progress;
import io.orgsim.core.experiment.Seeds;
import io.orgsim.core.experiment.Workers;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * The experiments behind figures 1 to 5 of March (1991), replicated and run in parallel.
 *
 * <p>Seeds follow the experiment layer's rule: replication r of point p of a figure runs
 * with {@link Seeds#runSeed}(master, offset + p, r, replications), where each figure has
 * its own offset ({@link #FIGURE1} and so on), so no two runs of a study share a stream
 * (except the deliberate common random numbers of figure 2's uniform comparison). MASON's
 * generator is seeded with all 64 bits of the seed, as the engine's is. Results are
 * gathered by (point, replication), so they are identical whatever the number of threads.
 *
 * @since 0.1.0
 */
public final class MarchStudy {

    /** Seed point offset of figure 1. */
    public static final int FIGURE1 = 0;
    /** Seed point offset of figures 2 and 3 (one set of runs). */
    public static final int FIGURE2 = 1_000;
    /** Seed point offset of figure 4. */
    public static final int FIGURE4 = 2_000;
    /** Seed point offset of figure 5. */
    public static final int FIGURE5 = 3_000;

    /** Figure 1's socialization rates. */
    static final double[] FIG1_P1 = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
    /** Figure 1's code learning rates. */
    static final double[] FIG1_P2 = {0.1, 0.5, 0.9};
    /** Code learning in figures 2 to 5. */
    public static final double P2 = 0.5;
    /** The slow learners' rate in figures 2 and 3. */
    public static final double SLOW = 0.1;
    /** The fast learners' rate in figures 2 and 3. */
    public static final double FAST = 0.9;
    /** Figures 2 and 3: numbers of fast learners among the 50. */
    static final int[] FIG2_FAST = {0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50};
    /** The period at which figure 3 reads the knowledge of slow and fast learners. */
    public static final int FIG3_PERIOD = 20;
    /** Figure 4's socialization rates, slow and fast. */
    static final double[] FIG4_P1 = {0.1, 0.9};
    /** Figure 4's turnover rates: 0 to 1 in steps of 0.1, with 0.02 and 0.05 for the low end. */
    static final double[] FIG4_P3 = {0, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1};
    /** Figure 4's horizon: it shows period-20 code knowledge. */
    public static final int FIG4_HORIZON = 20;
    /** Figure 5's socialization rate. */
    public static final double FIG5_P1 = 0.5;
    /** Figure 5's turbulence. */
    public static final double FIG5_P4 = 0.02;
    /** Figure 5's turnover rates: without and with. */
    static final double[] FIG5_P3 = {0, 0.1};
    /** Figure 5's horizon in periods. */
    public static final int FIG5_HORIZON = 100;

    private final int replications;
    private final long seed;
    private final int threads;
    private final MarchRules rules;
    private final Progress.Factory progress;

    /**
     * @param replications replications per design point, at least 2
     * @param seed the master seed
     * @param threads worker threads, at least 1
     * @param rules which reading of the model to run
     * @param progress told about every finished run
     */
    public MarchStudy(int replications, long seed, int threads, MarchRules rules, Progress.Factory progress) {
        if (replications < 2) {
            throw new IllegalArgumentException("replications " + replications + " must be at least 2");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads " + threads + " must be at least 1");
        }
        this.replications = replications;
        this.seed = seed;
        this.threads = threads;
        this.rules = Objects.requireNonNull(rules, "rules");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * @param replications replications per design point, at least 2
     * @param seed the master seed
     * @param threads worker threads, at least 1
     * @return a study under the actions rules without progress display
     */
    public static MarchStudy of(int replications, long seed, int threads) {
        return new MarchStudy(replications, seed, threads, MarchRules.ACTIONS, Progress.Factory.NONE);
    }

    /** @return replications per design point */
    public int replications() {
        return replications;
    }

    /** @return the master seed */
    public long seed() {
        return seed;
    }

    /**
     * All five figures on the paper's grids.
     *
     * @return the figures' data
     */
    public MarchFigures all() {
        return new MarchFigures(replications, seed, rules, figure1(FIG1_P1, FIG1_P2), figures2and3(FIG2_FAST),
                figure4(FIG4_P1, FIG4_P3, FIG4_HORIZON), figure5(FIG5_P3, FIG5_P4, FIG5_HORIZON));
    }

    /**
     * Figure 1: equilibrium code knowledge against p1, for each p2 (closed system).
     *
     * @param p1s socialization rates
     * @param p2s code learning rates
     * @return one point per (p2, p1), p2 outermost
     */
    public List<EquilibriumPoint> figure1(double[] p1s, double[] p2s) {
        List<MarchParams> points = new ArrayList<>();
        for (double p2 : p2s) {
            for (double p1 : p1s) {
                points.add(MarchParams.closed(p1, p2).withRules(rules));
            }
        }
        MarchRun[][] runs = runAll("figure 1", points, FIGURE1, null);
        List<EquilibriumPoint> out = new ArrayList<>();
        for (int p = 0; p < points.size(); p++) {
            MarchParams mp = points.get(p);
            int capped = 0;
            for (MarchRun r : runs[p]) {
                capped += r.equilibrium() ? 0 : 1;
            }
            out.add(new EquilibriumPoint(mp.socialization(), mp.codeLearning(), knowledge(runs[p], MarchRun::codeAtEnd),
                    sample(runs[p], r -> r.periods()), capped));
        }
        return out;
    }

    /**
     * Figures 2 and 3: mixed populations of slow ({@link #SLOW}) and fast ({@link #FAST})
     * learners with p2 = {@link #P2}, each beside a uniform population at the same mean rate
     * run from the same seeds; the groups' knowledge for figure 3 is read at
     * {@link #FIG3_PERIOD} and at equilibrium.
     *
     * @param fastCounts numbers of fast learners, each in [0, 50]
     * @return one point per count
     */
    public List<MixPoint> figures2and3(int[] fastCounts) {
        List<MarchParams> points = new ArrayList<>();
        int[] seedPoints = new int[2 * fastCounts.length];
        for (int i = 0; i < fastCounts.length; i++) {
            MarchParams mixed = MarchParams.closed(SLOW, P2).withFastLearners(fastCounts[i], FAST).withRules(rules);
            points.add(mixed);
            seedPoints[i] = i;
        }
        for (int i = 0; i < fastCounts.length; i++) {
            points.add(MarchParams.closed(points.get(i).meanSocialization(), P2).withRules(rules));
            seedPoints[fastCounts.length + i] = i;
        }
        MarchRun[][] runs = runAll("figures 2-3", points, FIGURE2, seedPoints);
        List<MixPoint> out = new ArrayList<>();
        for (int i = 0; i < fastCounts.length; i++) {
            MarchRun[] mixed = runs[i];
            out.add(new MixPoint(fastCounts[i], points.get(i).meanSocialization(),
                    knowledge(mixed, MarchRun::codeAtEnd), knowledge(runs[fastCounts.length + i], MarchRun::codeAtEnd),
                    FIG3_PERIOD, knowledge(mixed, (r, m) -> r.slowAt(m, FIG3_PERIOD)),
                    knowledge(mixed, (r, m) -> r.fastAt(m, FIG3_PERIOD)),
                    knowledge(mixed, (r, m) -> r.slowAt(m, r.periods())),
                    knowledge(mixed, (r, m) -> r.fastAt(m, r.periods()))));
        }
        return out;
    }

    /**
     * Figure 4: code knowledge at a horizon against turnover, for each p1, with p2 =
     * {@link #P2} and no turbulence.
     *
     * @param p1s socialization rates
     * @param p3s turnover rates
     * @param horizon periods per run
     * @return one point per (p1, p3), p1 outermost
     */
    public List<TurnoverPoint> figure4(double[] p1s, double[] p3s, int horizon) {
        List<MarchParams> points = new ArrayList<>();
        for (double p1 : p1s) {
            for (double p3 : p3s) {
                points.add(MarchParams.closed(p1, P2).withEnvironment(p3, 0, horizon).withRules(rules));
            }
        }
        MarchRun[][] runs = runAll("figure 4", points, FIGURE4, null);
        List<TurnoverPoint> out = new ArrayList<>();
        for (int p = 0; p < points.size(); p++) {
            MarchRun[] rs = runs[p];
            // A closed point (p3 = 0) may stop early at equilibrium, a state it would keep to the horizon.
            out.add(new TurnoverPoint(points.get(p).socialization(), points.get(p).turnover(),
                    knowledge(rs, (r, m) -> r.codeAt(m, horizon))));
        }
        return out;
    }

    /**
     * Figure 5: code knowledge over time under turbulence, for each turnover rate, with p1 =
     * {@link #FIG5_P1} and p2 = {@link #P2}.
     *
     * @param p3s turnover rates (0 for none)
     * @param p4 turbulence, above 0
     * @param horizon periods per run
     * @return one point per (p3, period), p3 outermost, periods 0 to horizon
     */
    public List<TurbulencePoint> figure5(double[] p3s, double p4, int horizon) {
        if (!(p4 > 0)) {
            throw new IllegalArgumentException("turbulence " + p4 + " must be above 0");
        }
        List<MarchParams> points = new ArrayList<>();
        for (double p3 : p3s) {
            points.add(MarchParams.closed(FIG5_P1, P2).withEnvironment(p3, p4, horizon).withRules(rules));
        }
        MarchRun[][] runs = runAll("figure 5", points, FIGURE5, null);
        List<TurbulencePoint> out = new ArrayList<>();
        for (int p = 0; p < points.size(); p++) {
            for (int t = 0; t <= horizon; t++) {
                int period = t;
                out.add(new TurbulencePoint(p3s[p], t, knowledge(runs[p], (r, m) -> r.codeAt(m, period))));
            }
        }
        return out;
    }

    /** A measure of a run: its value on the given measure of knowledge. */
    private interface RunMeasure {
        double of(MarchRun run, MarchMeasure measure);
    }

    private static Knowledge knowledge(MarchRun[] runs, RunMeasure measure) {
        return new Knowledge(sample(runs, r -> measure.of(r, MarchMeasure.SHARE)),
                sample(runs, r -> measure.of(r, MarchMeasure.SCORE)));
    }

    private static Sample sample(MarchRun[] runs, java.util.function.ToDoubleFunction<MarchRun> measure) {
        double[] v = new double[runs.length];
        for (int r = 0; r < runs.length; r++) {
            v[r] = measure.applyAsDouble(runs[r]);
        }
        return Sample.of(v);
    }

    /**
     * Runs every point's replications on the experiment layer's pool ({@link Workers}); results
     * land at their (point, replication).
     *
     * @param seedPoints for each point, the point index its seeds are drawn for; null for its own index
     */
    private MarchRun[][] runAll(String task, List<MarchParams> points, int offset, int[] seedPoints) {
        int total = points.size() * replications;
        try (Progress shown = progress.start(task, total, 0)) {
            List<Callable<MarchRun>> jobs = new ArrayList<>(total);
            for (int p = 0; p < points.size(); p++) {
                MarchParams mp = points.get(p);
                int seedPoint = offset + (seedPoints == null ? p : seedPoints[p]);
                for (int r = 0; r < replications; r++) {
                    long s = Seeds.runSeed(seed, seedPoint, r, replications);
                    jobs.add(() -> {
                        MarchRun run = March1991.run(mp, s);
                        shown.advance();
                        return run;
                    });
                }
            }
            List<MarchRun> done = Workers.map("orgsim-march", threads, jobs);
            MarchRun[][] runs = new MarchRun[points.size()][replications];
            for (int p = 0; p < points.size(); p++) {
                for (int r = 0; r < replications; r++) {
                    runs[p][r] = done.get(p * replications + r);
                }
            }
            return runs;
        }
    }

}
