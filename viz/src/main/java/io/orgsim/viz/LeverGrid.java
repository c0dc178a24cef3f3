// SPDX-License-Identifier: Apache-2.0
package io.orgsim.viz;

import java.util.List;

/**
 * Results over a square leadership x management grid.
 *
 * @param levels the lever levels on both axes, increasing
 * @param cells one point per (leadership, management), leadership-major: cell (i, j) is at
 *     {@code i * levels.length + j}
 * @param masterSeed the master seed the replications' seeds were derived from
 */
public record LeverGrid(double[] levels, List<LeverPoint> cells, long masterSeed) {

    /** @throws IllegalArgumentException when the cells do not fill the grid */
    public LeverGrid {
        levels = levels.clone();
        cells = List.copyOf(cells);
        if (cells.size() != levels.length * levels.length) {
            throw new IllegalArgumentException("expected " + levels.length * levels.length + " cells, got "
                    + cells.size());
        }
    }

    /**
     * @param i index of the leadership level
     * @param j index of the management level
     * @return that cell
     */
    public LeverPoint cell(int i, int j) {
        return cells.get(i * levels.length + j);
    }

    @Override
    public double[] levels() {
        return levels.clone();
    }

    /** @return the replications per cell */
    public int replications() {
        return cells.get(0).seeds().length;
    }
}
