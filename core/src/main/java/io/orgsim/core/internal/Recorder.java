// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.internal;

import io.orgsim.core.Metric;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Stores each week's metric values into preallocated columns, and the weeks shocks hit. */
public final class Recorder implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final Metric[] METRICS = Metric.values();

    private final double[][] columns;
    private int length;
    private final List<ShockMark> shocks = new ArrayList<>();

    /** A shock that hit at a week. */
    public record ShockMark(int week, String name) implements Serializable {
    }

    Recorder(int capacity) {
        columns = new double[METRICS.length][capacity];
    }

    void record(double[] metrics) {
        if (length == columns[0].length) {
            // runs may be extended past the planned horizon (the dashboard keeps going)
            for (int m = 0; m < columns.length; m++) {
                columns[m] = Arrays.copyOf(columns[m], Math.max(16, 2 * length));
            }
        }
        for (int m = 0; m < columns.length; m++) {
            columns[m][length] = metrics[m];
        }
        length++;
    }

    void noteShock(int week, String name) {
        shocks.add(new ShockMark(week, name));
    }

    /** @return weeks recorded so far */
    public int length() {
        return length;
    }

    /**
     * @param m a metric
     * @return its column, of which the first {@link #length()} entries are recorded; not a copy
     */
    public double[] column(Metric m) {
        return columns[m.ordinal()];
    }

    /** @return the shocks that hit, in order */
    public List<ShockMark> shocks() {
        return shocks;
    }
}
