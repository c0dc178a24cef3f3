// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.SpecException;
import io.orgsim.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVPrinter;

/**
 * A global sensitivity analysis of the model: a Morris or Saltelli design run as a
 * {@link Sweep} (so it streams, runs in parallel and resumes like any sweep), then the
 * indices of each output, written to {@code sensitivity.csv}. The model output at a point is
 * the mean over its successful replications.
 *
 * @since 0.1.0
 */
public final class SensitivityStudy {

    /** The indices file's name in the output directory. */
    public static final String INDICES = "sensitivity.csv";

    /** The analysis method. */
    public enum Method {
        /** Elementary effects screening: mu, mu*, sigma. */
        MORRIS,
        /** Variance-based first- and total-order indices (Saltelli 2010, Jansen). */
        SOBOL
    }

    /**
     * The indices of a study.
     *
     * @param sweep what the sweep did
     * @param morris per output, the Morris measures (empty for Sobol)
     * @param sobol per output, the Sobol indices (empty for Morris)
     * @param indices the indices file
     */
    public record Report(SweepReport sweep, Map<String, List<MorrisIndex>> morris,
                         Map<String, List<SobolIndex>> sobol, Path indices) {
    }

    private final Method method;
    private final Sweep sweep;
    private final List<String> outputs;
    private final int bootstrap;
    private final double level;
    private final long seed;

    private SensitivityStudy(Builder b) {
        this.method = Objects.requireNonNull(b.method, "method");
        if (b.factors.isEmpty()) {
            throw new SpecException("factors", "[]", "needs at least one factor");
        }
        for (Factor f : b.factors) {
            if (f.hasLevels()) {
                throw new SpecException(f.key(), f.levels().toString(), "a sensitivity factor needs a range, not levels");
            }
        }
        if (b.outputs.isEmpty()) {
            throw new SpecException("outputs", "[]", "needs at least one output");
        }
        if (b.bootstrap < 0) {
            throw new SpecException("bootstrap", Integer.toString(b.bootstrap), "must be at least 0");
        }
        long master = b.seed == null ? b.base.seed() : b.seed;
        Design design = method == Method.MORRIS
                ? new MorrisDesign(b.factors, b.samples, b.levels, Seeds.mix64(master ^ 0x4D6F72726973L))
                : new SaltelliDesign(b.factors, b.samples);
        this.sweep = Sweep.builder().base(b.base).design(design).replications(b.replications).seed(master)
                .commonSeeds(b.commonSeeds).differences(false).threads(b.threads).out(b.out).metrics(b.outputs).runner(b.runner)
                .progress(b.progress).task(method == Method.MORRIS ? "morris" : "sobol").allowLarge(b.allowLarge).version(b.version).build();
        this.outputs = List.copyOf(b.outputs);
        this.bootstrap = b.bootstrap;
        this.level = b.level;
        this.seed = master;
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the sweep that runs the design */
    public Sweep sweep() {
        return sweep;
    }

    /**
     * Runs the design (resuming if the output directory holds part of it) and computes the indices.
     *
     * @return the indices
     * @throws IOException when a file cannot be read or written
     */
    public Report run() throws IOException {
        SweepReport sr = sweep.run();
        Path results = sweep.out().resolve(Sweep.RESULTS);
        Map<String, List<MorrisIndex>> morris = new LinkedHashMap<>();
        Map<String, List<SobolIndex>> sobol = new LinkedHashMap<>();
        Design design = sweep.design();
        for (String output : outputs) {
            double[] y = PointSummaries.means(results, sweep.columns(), design.size(), sweep.replications(), output);
            if (design instanceof MorrisDesign m) {
                morris.put(output, m.analyze(y));
            } else {
                sobol.put(output, ((SaltelliDesign) design).analyze(y, bootstrap, level, Seeds.mix64(seed)));
            }
        }
        Path file = sweep.out().resolve(INDICES);
        AtomicFiles.writeText(file, w -> {
            CSVPrinter p = new CSVPrinter(w, ResultsFile.FORMAT);
            if (method == Method.MORRIS) {
                p.printRecord("output", "factor", "effects", "mu", "mu_star", "sigma");
                for (Map.Entry<String, List<MorrisIndex>> e : morris.entrySet()) {
                    for (MorrisIndex i : e.getValue()) {
                        p.printRecord(e.getKey(), i.key(), i.effects(), num(i.mu()), num(i.muStar()), num(i.sigma()));
                    }
                }
            } else {
                p.printRecord("output", "factor", "S1", "S1_low", "S1_high", "ST", "ST_low", "ST_high");
                for (Map.Entry<String, List<SobolIndex>> e : sobol.entrySet()) {
                    for (SobolIndex i : e.getValue()) {
                        p.printRecord(e.getKey(), i.key(), num(i.first()), num(i.firstLow()), num(i.firstHigh()),
                                num(i.total()), num(i.totalLow()), num(i.totalHigh()));
                    }
                }
            }
            p.flush();
        });
        return new Report(sr, morris, sobol, file);
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : ResultColumns.number(v);
    }

    /** Collects a study's settings. Not thread-safe. */
    public static final class Builder {
        private Method method = Method.SOBOL;
        private ScenarioSpec base;
        private final List<Factor> factors = new ArrayList<>();
        private int samples = 64;
        private int levels = 4;
        private int replications = 1;
        private Long seed;
        private boolean commonSeeds;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Path out;
        private List<String> outputs = List.of("cumulative_output");
        private int bootstrap = 200;
        private double level = Statistics.DEFAULT_LEVEL;
        private RunFunction runner = RunFunction.MODEL;
        private Progress.Factory progress = Progress.Factory.NONE;
        private boolean allowLarge;
        private String version = "unknown";

        private Builder() {
        }

        /**
         * @param method Morris or Sobol (default Sobol)
         * @return this builder
         */
        public Builder method(Method method) {
            this.method = method;
            return this;
        }

        /**
         * @param base the spec the factors vary
         * @return this builder
         */
        public Builder base(ScenarioSpec base) {
            this.base = base;
            return this;
        }

        /**
         * @param factors range factors
         * @return this builder
         */
        public Builder factors(List<Factor> factors) {
            this.factors.clear();
            this.factors.addAll(factors);
            return this;
        }

        /**
         * @param samples Sobol: base samples n (runs n (k + 2)); Morris: trajectories r (runs r (k + 1))
         * @return this builder
         */
        public Builder samples(int samples) {
            this.samples = samples;
            return this;
        }

        /**
         * @param levels Morris grid levels p (even; default 4)
         * @return this builder
         */
        public Builder levels(int levels) {
            this.levels = levels;
            return this;
        }

        /**
         * @param replications runs per point, averaged (default 1)
         * @return this builder
         */
        public Builder replications(int replications) {
            this.replications = replications;
            return this;
        }

        /**
         * @param seed master seed (default: the base spec's)
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * @param common true to run replication r of every sample with the same seed (common
         *     random numbers: the indices then measure the factors' effects on those
         *     replications' organizations, without the noise of different draws); false (the
         *     default) to give every run a seed of its own
         * @return this builder
         */
        public Builder commonSeeds(boolean common) {
            this.commonSeeds = common;
            return this;
        }

        /**
         * @param threads worker threads
         * @return this builder
         */
        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        /**
         * @param out the output directory
         * @return this builder
         */
        public Builder out(Path out) {
            this.out = out;
            return this;
        }

        /**
         * @param outputs result columns to analyse (default {@code cumulative_output})
         * @return this builder
         */
        public Builder outputs(List<String> outputs) {
            this.outputs = List.copyOf(outputs);
            return this;
        }

        /**
         * @param bootstrap Sobol bootstrap resamples (default 200; 0 for no intervals)
         * @return this builder
         */
        public Builder bootstrap(int bootstrap) {
            this.bootstrap = bootstrap;
            return this;
        }

        /**
         * @param level confidence level of the intervals (default 0.95)
         * @return this builder
         */
        public Builder level(double level) {
            this.level = level;
            return this;
        }

        /**
         * @param runner what runs a spec
         * @return this builder
         */
        public Builder runner(RunFunction runner) {
            this.runner = runner;
            return this;
        }

        /**
         * @param progress the progress display
         * @return this builder
         */
        public Builder progress(Progress.Factory progress) {
            this.progress = progress;
            return this;
        }

        /**
         * @param allowLarge true to run designs of more than {@link Sweep#LARGE_RUNS} runs (default false)
         * @return this builder
         */
        public Builder allowLarge(boolean allowLarge) {
            this.allowLarge = allowLarge;
            return this;
        }

        /**
         * @param version the orgsim version, recorded in the manifest (default "unknown")
         * @return this builder
         */
        public Builder version(String version) {
            this.version = java.util.Objects.requireNonNull(version);
            return this;
        }

        /**
         * @return the study
         * @throws SpecException when a setting is out of range
         */
        public SensitivityStudy build() {
            Objects.requireNonNull(base, "base");
            return new SensitivityStudy(this);
        }
    }
}
