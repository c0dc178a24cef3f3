// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@link Summary} figures of one run. Immutable.
 *
 * @since 0.1.0
 */
public final class Summaries {

    private final double[] values;

    Summaries(double[] values) {
        if (values.length != Summary.values().length) {
            throw new IllegalArgumentException("one value per Summary expected");
        }
        this.values = values.clone();
    }

    /**
     * @param s a summary figure
     * @return its value
     */
    public double get(Summary s) {
        return values[s.ordinal()];
    }

    /** @return every figure by its file name, in {@link Summary} order */
    public Map<String, Double> asMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        for (Summary s : Summary.values()) {
            map.put(s.key(), values[s.ordinal()]);
        }
        return map;
    }
}
