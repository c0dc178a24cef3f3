// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core;

import java.util.EnumMap;
import java.util.Map;

/**
 * Columnar per-step records of a run: one {@code double[]} per {@link Metric}, indexed by
 * step. Immutable once returned; {@link #column(Metric)} returns a copy.
 *
 * @since 0.1.0
 */
public final class TimeSeries {

    private final Map<Metric, double[]> columns;
    private final int length;

    /**
     * @param columns one column per metric, all of the same length; taken without copying
     * @param length the number of steps recorded
     */
    TimeSeries(Map<Metric, double[]> columns, int length) {
        this.columns = new EnumMap<>(columns);
        this.length = length;
    }

    /** @return the number of steps recorded */
    public int length() {
        return length;
    }

    /**
     * @param m a metric
     * @param step a step in [0, length)
     * @return the metric's value at that step
     */
    public double get(Metric m, int step) {
        if (step < 0 || step >= length) {
            throw new IndexOutOfBoundsException("step " + step + " outside [0, " + length + ")");
        }
        return columns.get(m)[step];
    }

    /**
     * @param m a metric
     * @return a copy of the metric's whole column
     */
    public double[] column(Metric m) {
        return java.util.Arrays.copyOf(columns.get(m), length);
    }
}
