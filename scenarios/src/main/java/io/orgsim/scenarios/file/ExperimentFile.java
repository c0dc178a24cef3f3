// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.file;

import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.experiment.Design;
import io.orgsim.core.experiment.Factor;
import io.orgsim.core.experiment.SensitivityStudy;
import io.orgsim.core.experiment.Sweep;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A scenario and experiment read from a YAML file by {@link ExperimentFiles}: the base spec,
 * a design and/or a sensitivity analysis, replications, seeds, threads and outputs. The
 * format is documented in docs/EXPERIMENTS.md.
 *
 * @param name the experiment's name (the file's name without extension when not given)
 * @param source the file it came from
 * @param base the base scenario
 * @param design the sweep's design, or null when the file has none
 * @param sensitivity the sensitivity analysis, or null when the file has none
 * @param replications runs per design point
 * @param seed the master seed (the base scenario's seed when not given)
 * @param commonSeeds true ({@code seeds: common}) when replication r of every point runs with one seed
 * @param threads worker threads, or null for the number of processors
 * @param out the output directory
 * @param series whether to write per-run series files
 * @param metrics result columns summarized per point
 * @since 0.1.0
 */
public record ExperimentFile(String name, Path source, ScenarioSpec base, Design design, Sensitivity sensitivity,
                             int replications, long seed, boolean commonSeeds, Integer threads, Path out,
                             boolean series, List<String> metrics) {

    /**
     * A sensitivity analysis section.
     *
     * @param method Morris or Sobol
     * @param factors range factors
     * @param samples Sobol base samples, or Morris trajectories
     * @param levels Morris grid levels
     * @param bootstrap Sobol bootstrap resamples
     * @param outputs result columns analysed
     */
    public record Sensitivity(SensitivityStudy.Method method, List<Factor> factors, int samples, int levels,
                              int bootstrap, List<String> outputs) {
    }

    /** @throws NullPointerException when a required part is missing */
    public ExperimentFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(out, "out");
        metrics = List.copyOf(metrics);
    }

    /**
     * @return a sweep of this file's design, ready for overrides ({@code threads}, {@code out}, {@code seed})
     * @throws ScenarioFileException when the file has no design
     */
    public Sweep.Builder sweep() {
        if (design == null) {
            throw new ScenarioFileException(source.toString(), 0, 0, "design", "is missing: a sweep needs a design "
                    + "section (type, factors or points)");
        }
        Sweep.Builder b = Sweep.builder().base(base).design(design).replications(replications).seed(seed)
                .commonSeeds(commonSeeds).out(out).series(series).metrics(metrics);
        if (threads != null) {
            b.threads(threads);
        }
        return b;
    }

    /**
     * @return a sensitivity study of this file's sensitivity section, ready for overrides
     * @throws ScenarioFileException when the file has no sensitivity section
     */
    public SensitivityStudy.Builder sensitivityStudy() {
        if (sensitivity == null) {
            throw new ScenarioFileException(source.toString(), 0, 0, "sensitivity", "is missing: a sensitivity "
                    + "analysis needs a sensitivity section (method, factors, samples, outputs)");
        }
        SensitivityStudy.Builder b = SensitivityStudy.builder().method(sensitivity.method()).base(base)
                .factors(sensitivity.factors()).samples(sensitivity.samples()).levels(sensitivity.levels())
                .bootstrap(sensitivity.bootstrap()).outputs(sensitivity.outputs()).replications(replications)
                .seed(seed).commonSeeds(commonSeeds).out(out);
        if (threads != null) {
            b.threads(threads);
        }
        return b;
    }
}
