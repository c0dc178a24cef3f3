// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import io.orgsim.core.Param;
import io.orgsim.core.RunResult;
import io.orgsim.core.SpecException;
import io.orgsim.core.Summary;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A number measured on one simulated unit (an organization): the mean of one or more keys,
 * each either a {@link Param} (what the unit's policy sets, for example
 * {@code leadership.inspiration}: the leader behaviour its people experience) or a
 * {@link Summary} (an outcome of its run, for example {@code late_engagement}).
 *
 * <p>A <em>standardized</em> measure is a composite of keys on different scales, as a
 * meta-analysis's composite criterion (for example team effectiveness: attitudes and
 * performance): each key is first turned into z-scores across the units of one population
 * draw, then averaged per unit. It has a value only over a population ({@link #composite}),
 * not on one run.
 *
 * @param keys parameter or summary keys, at least one; their values are averaged
 * @param standardized whether each key is z-scored across the units before the average
 * @since 0.1.0
 */
public record Measure(List<String> keys, boolean standardized) {

    /** @throws SpecException when a key is neither a parameter nor a summary */
    public Measure {
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new SpecException("measure", "[]", "needs at least one parameter or summary key");
        }
        for (String k : keys) {
            if (Param.byKey(k).isEmpty() && summary(k).isEmpty()) {
                throw new SpecException("measure", k, "is neither a parameter (docs/MODEL.md) nor a summary ("
                        + String.join(", ", Arrays.stream(Summary.values()).map(Summary::key).toList()) + ")");
            }
        }
    }

    /** @param keys parameter or summary keys, averaged as they are */
    public Measure(List<String> keys) {
        this(keys, false);
    }

    /**
     * @param keys parameter or summary keys
     * @return the measure of their mean
     */
    public static Measure of(String... keys) {
        return new Measure(List.of(keys));
    }

    /**
     * @param keys summary or parameter keys on different scales
     * @return the measure of the mean of their z-scores across a population's units
     */
    public static Measure standardizedOf(String... keys) {
        return new Measure(List.of(keys), true);
    }

    /** @return one plain measure per key, the parts of a standardized composite */
    public List<Measure> parts() {
        return keys.stream().map(Measure::of).toList();
    }

    /**
     * The standardized composite over the units of one population: each part's values turned
     * into z-scores (sample sd; a part that does not vary contributes 0), then averaged.
     *
     * @param parts each part's values over the units, in the order of {@link #keys}
     * @return the composite's value per unit
     */
    public static double[] composite(List<double[]> parts) {
        int units = parts.get(0).length;
        double[] out = new double[units];
        for (double[] v : parts) {
            Estimate d = Statistics.describe(v);
            for (int u = 0; u < units; u++) {
                out[u] += d.sd() > 0 ? (v[u] - d.mean()) / d.sd() / parts.size() : 0;
            }
        }
        return out;
    }

    /**
     * @param run a unit's run
     * @return the measure's value on it
     * @throws IllegalStateException for a standardized measure, which has a value only over a population
     */
    public double value(RunResult run) {
        if (standardized) {
            throw new IllegalStateException(this + " is standardized across units: it has no value on one run");
        }
        double sum = 0;
        for (String k : keys) {
            Optional<Param> p = Param.byKey(k);
            sum += p.isPresent() ? run.spec().get(p.get()) : run.summaries().get(summary(k).orElseThrow());
        }
        return sum / keys.size();
    }

    /** @return true when every key is a parameter: the measure is known before the unit runs */
    public boolean isSetting() {
        return keys.stream().allMatch(k -> Param.byKey(k).isPresent());
    }

    @Override
    public String toString() {
        String joined = String.join(", ", keys);
        return standardized ? "mean of z(" + joined + ")" : keys.size() == 1 ? keys.get(0) : "mean(" + joined + ")";
    }

    private static Optional<Summary> summary(String key) {
        return Arrays.stream(Summary.values()).filter(s -> s.key().equals(key)).findFirst();
    }
}
