// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import io.orgsim.core.Param;
import io.orgsim.core.RunResult;
import io.orgsim.core.SpecException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

/**
 * Fits parameters of the model to target statistics measured on a {@link Population} of
 * simulated units, with CMA-ES (Commons Math {@link CMAESOptimizer}, seeded).
 *
 * <p>The objective is {@code sum over targets of ((simulated - value) / tolerance)^2} on
 * draw 0 of the population; every evaluation sees the same units and seeds, so the
 * objective is a deterministic function of the parameters and the search is reproducible.
 * The search runs in the unit cube of the parameters' ranges (initial step 0.3), from the
 * base scenario's values.
 *
 * <p>After the search: each target's simulated value at the start and at the fit, as the mean
 * and 95% interval over {@code replications} independent draws of the population (draws 1 to
 * R, not the fitted one); and each parameter's uncertainty from the Jacobian J of the targets
 * at the fit (central differences, 5% of the range, on draw 0) with W = diag(1 / tolerance^2):
 * {@code (J'WJ)^-1} (the change that moves the fit by one tolerance, tolerances read as
 * standard errors) plus the sandwich {@code (J'WJ)^-1 J'W S W J (J'WJ)^-1} of the simulation
 * noise, S the covariance of the targets over the replicate draws. A parameter no target
 * responds to has an unknown (NaN) uncertainty.
 *
 * <p>Every evaluation is appended to an {@link EvaluationLog}; started again on the same log,
 * a calibration replays what is there and gives the result an uninterrupted run gives.
 *
 * @since 0.1.0
 */
public final class Calibration {

    /** Initial CMA-ES step, in units of each parameter's range. */
    static final double SIGMA = 0.3;
    /** Jacobian step, in units of each parameter's range. */
    static final double STEP = 0.05;
    /** Objective of a point where a target cannot be computed (a measure without variance). */
    static final double PENALTY = 1e12;

    private final Population population;
    private final List<Target> targets;
    private final List<Factor> fit;
    private final int budget;
    private final int replications;
    private final long seed;
    private final int threads;
    private final Path log;
    private final Consumer<Event> listener;
    private final List<Measure> measures;

    /**
     * One evaluation, as the calibration streams them.
     *
     * @param phase {@code start}, {@code search}, {@code jacobian} or {@code fit}
     * @param number evaluations so far, this one included
     * @param params the parameter values
     * @param replicate the population draw
     * @param objective the objective on this draw
     * @param best the best objective of the search so far (NaN before it)
     * @param cached true when answered from the log
     */
    public record Event(String phase, int number, double[] params, int replicate, double objective, double best,
                        boolean cached) {
    }

    private Calibration(Builder b) {
        this.population = Objects.requireNonNull(b.population, "population");
        this.targets = List.copyOf(b.targets);
        this.fit = List.copyOf(b.fit);
        this.budget = b.budget;
        this.replications = b.replications;
        this.seed = b.seed;
        this.threads = b.threads;
        this.log = b.log;
        this.listener = b.listener;
        LinkedHashSet<Measure> m = new LinkedHashSet<>();
        for (Target t : targets) {
            for (Measure each : t.y() == null ? List.of(t.x()) : List.of(t.x(), t.y())) {
                m.addAll(each.standardized() ? each.parts() : List.of(each)); // a composite needs its parts per unit
            }
        }
        this.measures = List.copyOf(m);
    }

    /** @return a builder with no targets or parameters, budget 100, 10 replications, seed 1 */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the targets */
    public List<Target> targets() {
        return targets;
    }

    /** @return the parameters fitted, with their ranges */
    public List<Factor> fit() {
        return fit;
    }

    /** @return the most evaluations the search may take */
    public int budget() {
        return budget;
    }

    /** @return the most evaluations of the whole calibration: start, search, Jacobian and fit */
    public int maxEvaluations() {
        return replications + (budget == 0 || fit.isEmpty() ? 0 : budget + 2 * fit.size() + replications);
    }

    /**
     * What determines every evaluation: two calibrations with the same identity ask the same
     * questions and get the same answers (the budget is not part of it: a larger budget
     * continues a smaller one's search).
     *
     * @return a SHA-256 in hex
     */
    public String identity() {
        StringBuilder s = new StringBuilder("base ").append(population.base()).append('\n')
                .append("population ").append(population.units()).append(' ').append(population.sampled())
                .append(' ').append(population.subLeverSpread()).append(' ').append(population.seed()).append('\n');
        targets.forEach(t -> s.append("target ").append(t).append('\n'));
        s.append("fit ").append(fit).append("\nseed ").append(seed).append("\nreplications ").append(replications);
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Runs the calibration (or resumes it from its log).
     *
     * @return the fit
     * @throws IOException when the log cannot be read or written
     * @throws IllegalStateException when the log belongs to another calibration
     */
    public CalibrationResult run() throws IOException {
        List<String> keys = fit.stream().map(Factor::key).toList();
        List<String> names = targets.stream().map(Target::name).toList();
        try (EvaluationLog evaluations = log == null ? EvaluationLog.inMemory(fit.size())
                : EvaluationLog.open(log, identity(), EvaluationLog.header(keys, names), fit.size(), targets.size())) {
            return new Session(evaluations).run();
        }
    }

    /** One run of the calibration, with its counters. */
    private final class Session {
        private final EvaluationLog evaluations;
        private int count;
        private int cached;
        private double best = Double.NaN;
        private double[] bestParams;
        private String phase = "start";

        Session(EvaluationLog evaluations) {
            this.evaluations = evaluations;
        }

        CalibrationResult run() {
            double[] start = new double[fit.size()];
            for (int i = 0; i < start.length; i++) {
                Factor f = fit.get(i);
                double v = population.base().get(f.param());
                start[i] = v >= f.min() && v <= f.max() ? v : (f.min() + f.max()) / 2;
            }
            double[][] atStart = replicates(start);
            double startObjective = objective(targetsAt(start, 0));
            double[] fitted = start;
            double fitObjective = startObjective;
            double[] sd = new double[fit.size()];
            double[] noiseSd = new double[fit.size()];
            double[][] atFit = atStart;
            boolean exhausted = false;
            if (budget > 0 && !fit.isEmpty()) {
                phase = "search";
                best = startObjective;
                bestParams = start.clone();
                exhausted = search(start);
                fitted = bestParams;
                fitObjective = best;
                phase = "jacobian";
                double[][] jacobian = jacobian(fitted);
                phase = "fit";
                atFit = replicates(fitted);
                uncertainty(jacobian, atFit, sd, noiseSd);
            } else {
                Arrays.fill(sd, Double.NaN);
                Arrays.fill(noiseSd, Double.NaN);
            }
            List<CalibrationResult.Parameter> params = new ArrayList<>();
            for (int i = 0; i < fit.size(); i++) {
                Factor f = fit.get(i);
                params.add(new CalibrationResult.Parameter(f.key(), f.min(), f.max(), start[i], fitted[i], sd[i],
                        noiseSd[i]));
            }
            List<CalibrationResult.TargetFit> fits = new ArrayList<>();
            for (int t = 0; t < targets.size(); t++) {
                fits.add(new CalibrationResult.TargetFit(targets.get(t), Statistics.describe(column(atStart, t)),
                        Statistics.describe(column(atFit, t))));
            }
            return new CalibrationResult(params, fits, startObjective, fitObjective, count, cached,
                    evaluations.resumed(), budget > 0 && !fit.isEmpty(), exhausted);
        }

        /** @return true when the budget ran out before CMA-ES converged */
        private boolean search(double[] start) {
            int k = fit.size();
            double[] u0 = new double[k];
            double[] lo = new double[k];
            double[] hi = new double[k];
            double[] sigma = new double[k];
            for (int i = 0; i < k; i++) {
                u0[i] = (start[i] - fit.get(i).min()) / (fit.get(i).max() - fit.get(i).min());
                hi[i] = 1;
                sigma[i] = SIGMA;
            }
            int lambda = 4 + (int) Math.floor(3 * Math.log(k));
            CMAESOptimizer cmaes = new CMAESOptimizer(budget, 0, true, 0, 0, new MersenneTwister(seed), false, null);
            int[] searched = {0};
            try {
                cmaes.optimize(new MaxEval(budget), GoalType.MINIMIZE, new InitialGuess(u0), new SimpleBounds(lo, hi),
                        new CMAESOptimizer.Sigma(sigma), new CMAESOptimizer.PopulationSize(lambda),
                        new ObjectiveFunction(u -> {
                            searched[0]++;
                            double[] p = fromUnit(u);
                            double o = objective(targetsAt(p, 0));
                            if (o < best) {
                                best = o;
                                bestParams = p;
                            }
                            return o;
                        }));
            } catch (TooManyEvaluationsException e) {
                return true;
            }
            // CMAESOptimizer ends a generation cut short by MaxEval quietly, returning its best so far
            return searched[0] >= budget;
        }

        private double[][] jacobian(double[] at) {
            double[][] j = new double[targets.size()][fit.size()];
            for (int i = 0; i < fit.size(); i++) {
                Factor f = fit.get(i);
                double h = STEP * (f.max() - f.min());
                double[] up = at.clone();
                double[] down = at.clone();
                up[i] = Design.roundFor(f.key(), Math.min(f.max(), at[i] + h));
                down[i] = Design.roundFor(f.key(), Math.max(f.min(), at[i] - h));
                double[] tu = targetsAt(up, 0);
                double[] td = targetsAt(down, 0);
                for (int t = 0; t < targets.size(); t++) {
                    j[t][i] = up[i] == down[i] ? 0 : (tu[t] - td[t]) / (up[i] - down[i]);
                }
            }
            return j;
        }

        private void uncertainty(double[][] jacobian, double[][] draws, double[] sd, double[] noiseSd) {
            int k = fit.size();
            int n = targets.size();
            RealMatrix j = new Array2DRowRealMatrix(jacobian);
            RealMatrix w = new Array2DRowRealMatrix(n, n);
            for (int t = 0; t < n; t++) {
                w.setEntry(t, t, 1 / (targets.get(t).tolerance() * targets.get(t).tolerance()));
            }
            RealMatrix a = j.transpose().multiply(w).multiply(j);
            DecompositionSolver solver = new SingularValueDecomposition(a).getSolver();
            boolean finite = Arrays.stream(jacobian).flatMapToDouble(Arrays::stream)
                    .allMatch(Double::isFinite);
            if (!finite || !solver.isNonSingular()) {
                Arrays.fill(sd, Double.NaN);
                Arrays.fill(noiseSd, Double.NaN);
                return;
            }
            RealMatrix inv = solver.getInverse();
            RealMatrix s = covariance(draws);
            RealMatrix noise = inv.multiply(j.transpose()).multiply(w).multiply(s).multiply(w).multiply(j)
                    .multiply(inv);
            for (int i = 0; i < k; i++) {
                noiseSd[i] = Math.sqrt(Math.max(0, noise.getEntry(i, i)));
                sd[i] = Math.sqrt(Math.max(0, inv.getEntry(i, i) + noise.getEntry(i, i)));
            }
        }

        /** @return the targets on draws 1 to R, one row per draw */
        private double[][] replicates(double[] p) {
            double[][] rows = new double[replications][];
            for (int b = 0; b < replications; b++) {
                rows[b] = targetsAt(p, b + 1);
            }
            return rows;
        }

        private double[] targetsAt(double[] p, int replicate) {
            double[] values = evaluations.get(replicate, p);
            boolean fromLog = values != null;
            if (!fromLog) {
                values = simulate(p, replicate);
                try {
                    evaluations.put(replicate, p, objective(values), values);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot append to the calibration log", e);
                }
            } else {
                cached++;
            }
            count++;
            listener.accept(new Event(phase, count, p.clone(), replicate, objective(values),
                    phase.equals("search") ? Math.min(best, objective(values)) : best, fromLog));
            return values;
        }
    }

    private double[] fromUnit(double[] u) {
        double[] p = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            Factor f = fit.get(i);
            p[i] = Design.roundFor(f.key(), f.scale(Math.max(0, Math.min(1, u[i]))));
        }
        return p;
    }

    /**
     * Simulates one draw of the population with the given parameters and measures every target.
     *
     * @param p the parameter values, in the order of {@link #fit()}
     * @param replicate the population draw
     * @return each target's simulated value
     */
    double[] simulate(double[] p, int replicate) {
        Map<String, Double> params = new LinkedHashMap<>();
        for (int i = 0; i < p.length; i++) {
            params.put(fit.get(i).key(), p[i]);
        }
        List<double[]> units = Replications.run(population.units(replicate, params), 1,
                population.seedOf(replicate), threads, this::measuresOf).stream().map(l -> l.get(0)).toList();
        double[] out = new double[targets.size()];
        for (int t = 0; t < targets.size(); t++) {
            Target target = targets.get(t);
            double[] x = values(units, target.x());
            if (target.kind() == Target.Kind.MEAN) {
                out[t] = Statistics.describe(x).mean();
                continue;
            }
            double[] y = values(units, target.y());
            if (target.relation() == Target.Relation.OBSERVED) {
                RandomGenerator survey = new Well19937c(Seeds.mix64(population.seedOf(replicate) + t + 1));
                x = Survey.observe(x, target.reliabilityX(), survey);
                y = Survey.observe(y, target.reliabilityY(), survey);
            }
            out[t] = new PearsonsCorrelation().correlation(x, y);
        }
        return out;
    }

    /** @return a measure's value per unit: its column, or a standardized composite of its parts' columns */
    private double[] values(List<double[]> units, Measure m) {
        if (!m.standardized()) {
            return column(units, measures.indexOf(m));
        }
        return Measure.composite(m.parts().stream().map(part -> column(units, measures.indexOf(part))).toList());
    }

    private double[] measuresOf(RunResult run) {
        double[] v = new double[measures.size()];
        for (int m = 0; m < v.length; m++) {
            v[m] = measures.get(m).value(run);
        }
        return v;
    }

    private double objective(double[] simulated) {
        double sum = 0;
        for (int t = 0; t < targets.size(); t++) {
            double z = (simulated[t] - targets.get(t).value()) / targets.get(t).tolerance();
            sum += z * z;
        }
        return Double.isFinite(sum) ? sum : PENALTY;
    }

    private static double[] column(double[][] rows, int c) {
        double[] v = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            v[i] = rows[i][c];
        }
        return v;
    }

    private static double[] column(List<double[]> rows, int c) {
        return column(rows.toArray(double[][]::new), c);
    }

    private static RealMatrix covariance(double[][] draws) {
        int n = draws[0].length;
        RealMatrix s = new Array2DRowRealMatrix(n, n);
        if (draws.length < 2) {
            return s;
        }
        double[] mean = new double[n];
        for (double[] d : draws) {
            for (int t = 0; t < n; t++) {
                mean[t] += d[t] / draws.length;
            }
        }
        for (double[] d : draws) {
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    s.addToEntry(a, b, (d[a] - mean[a]) * (d[b] - mean[b]) / (draws.length - 1));
                }
            }
        }
        return s;
    }

    /** Collects the parts of a calibration; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private Population population;
        private final List<Target> targets = new ArrayList<>();
        private final List<Factor> fit = new ArrayList<>();
        private int budget = 100;
        private int replications = 10;
        private long seed = 1;
        private int threads = Replications.defaultThreads();
        private Path log;
        private Consumer<Event> listener = e -> { };

        private Builder() {
        }

        /**
         * @param p the population the targets are measured on
         * @return this builder
         */
        public Builder population(Population p) {
            this.population = p;
            return this;
        }

        /**
         * @param t the targets
         * @return this builder
         */
        public Builder targets(List<Target> t) {
            targets.clear();
            targets.addAll(t);
            return this;
        }

        /**
         * @param f the parameters to fit, each a range factor
         * @return this builder
         */
        public Builder fit(List<Factor> f) {
            fit.clear();
            fit.addAll(f);
            return this;
        }

        /**
         * @param n the most evaluations of the search; 0 measures the targets at the start only
         * @return this builder
         */
        public Builder budget(int n) {
            this.budget = n;
            return this;
        }

        /**
         * @param n independent population draws for the confidence intervals, at least 2
         * @return this builder
         */
        public Builder replications(int n) {
            this.replications = n;
            return this;
        }

        /**
         * @param s the seed of CMA-ES
         * @return this builder
         */
        public Builder seed(long s) {
            this.seed = s;
            return this;
        }

        /**
         * @param n worker threads for the units of one evaluation
         * @return this builder
         */
        public Builder threads(int n) {
            this.threads = n;
            return this;
        }

        /**
         * @param file the evaluation log (resumes from it when it exists), or null for none
         * @return this builder
         */
        public Builder log(Path file) {
            this.log = file;
            return this;
        }

        /**
         * @param l told of every evaluation, on the calibration's thread
         * @return this builder
         */
        public Builder listener(Consumer<Event> l) {
            this.listener = Objects.requireNonNull(l, "listener");
            return this;
        }

        /**
         * @return the calibration
         * @throws SpecException naming the first field out of range
         */
        public Calibration build() {
            if (population == null) {
                throw new SpecException("population", "missing", "a calibration needs a population of units");
            }
            if (targets.isEmpty()) {
                throw new SpecException("targets", "[]", "needs at least one target");
            }
            LinkedHashSet<String> names = new LinkedHashSet<>();
            for (Target t : targets) {
                if (!names.add(t.name())) {
                    throw new SpecException("targets." + t.name(), t.name(), "is given twice");
                }
            }
            LinkedHashSet<String> keys = new LinkedHashSet<>();
            for (Factor f : fit) {
                String at = "fit." + f.key();
                if (f.hasLevels()) {
                    throw new SpecException(at, "levels", "must be a range {min, max}");
                }
                Param p = f.param();
                if (!(f.min() < f.max()) || f.min() < p.min() || f.max() > p.max()) {
                    throw new SpecException(at, "[" + Param.format(f.min()) + ", " + Param.format(f.max()) + "]",
                            "must be a range with min < max inside the parameter's " + p.rangeText());
                }
                if (population.samples(f.key())) {
                    throw new SpecException(at, f.key(), "is drawn per unit by the population; it cannot also be fitted");
                }
                if (!keys.add(f.key())) {
                    throw new SpecException(at, f.key(), "is given twice");
                }
            }
            if (budget < 0) {
                throw new SpecException("budget", Integer.toString(budget), "must be at least 0");
            }
            if (replications < 2) {
                throw new SpecException("replications", Integer.toString(replications),
                        "must be at least 2 (a confidence interval needs two draws)");
            }
            if (threads < 1) {
                throw new SpecException("threads", Integer.toString(threads), "must be at least 1");
            }
            return new Calibration(this);
        }
    }
}
