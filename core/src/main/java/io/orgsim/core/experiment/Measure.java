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
 * @param keys parameter or summary keys, at least one; their values are averaged
 * @since 0.1.0
 */
public record Measure(List<String> keys) {

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

    /**
     * @param keys parameter or summary keys
     * @return the measure of their mean
     */
    public static Measure of(String... keys) {
        return new Measure(List.of(keys));
    }

    /**
     * @param run a unit's run
     * @return the measure's value on it
     */
    public double value(RunResult run) {
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
        return keys.size() == 1 ? keys.get(0) : "mean(" + String.join(", ", keys) + ")";
    }

    private static Optional<Summary> summary(String key) {
        return Arrays.stream(Summary.values()).filter(s -> s.key().equals(key)).findFirst();
    }
}
