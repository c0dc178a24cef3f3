// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import io.orgsim.core.Param;
import io.orgsim.core.SpecException;
import java.util.List;
import java.util.Objects;

/**
 * One parameter varied by a design, addressed by its documented key: either a range
 * {@code [min, max]} (for sampled designs and sensitivity analysis) or a list of levels
 * (for grids). Both are checked against the parameter's own range.
 *
 * @param key the parameter's key, for example {@code leadership.vision}
 * @param min the low end of the range (the smallest level for a list)
 * @param max the high end of the range (the largest level for a list)
 * @param levels the levels of a grid factor, in order; empty for a range
 * @since 0.1.0
 */
public record Factor(String key, double min, double max, List<Double> levels) {

    /**
     * @throws SpecException when the key is not a parameter or a value is out of its range
     */
    public Factor {
        Objects.requireNonNull(key, "key");
        levels = List.copyOf(levels);
        Param p = param(key);
        for (Double v : levels) {
            p.check(v);
        }
        if (levels.isEmpty()) {
            p.check(min);
            p.check(max);
            if (!(min < max)) {
                throw new SpecException(key, "[" + min + ", " + max + "]", "range needs min < max");
            }
        }
    }

    /**
     * @param key a parameter key
     * @param min the low end
     * @param max the high end
     * @return a range factor
     */
    public static Factor range(String key, double min, double max) {
        return new Factor(key, min, max, List.of());
    }

    /**
     * @param key a parameter key
     * @param levels the values of a grid, at least one
     * @return a level factor
     */
    public static Factor levels(String key, double... levels) {
        if (levels.length == 0) {
            throw new SpecException(key, "[]", "needs at least one level");
        }
        List<Double> list = java.util.Arrays.stream(levels).boxed().toList();
        double lo = list.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double hi = list.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return new Factor(key, lo, hi, list);
    }

    /** @return the parameter this factor varies */
    public Param param() {
        return param(key);
    }

    /** @return true when the factor is a list of levels rather than a range */
    public boolean hasLevels() {
        return !levels.isEmpty();
    }

    /**
     * Maps a unit-interval coordinate to the factor's range.
     *
     * @param u in [0, 1]
     * @return {@code min + u (max - min)}
     */
    public double scale(double u) {
        return min + u * (max - min);
    }

    static Param param(String key) {
        return Param.byKey(key).orElseThrow(() -> new SpecException(key, "(factor)",
                "is not a parameter; see docs/MODEL.md or Param for the names"));
    }
}
