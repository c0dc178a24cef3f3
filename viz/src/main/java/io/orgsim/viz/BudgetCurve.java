// SPDX-License-Identifier: Apache-2.0
package io.orgsim.viz;

import java.util.List;

/**
 * Results along leadership + management = budget.
 *
 * @param budget the constant sum of the two levers
 * @param points the splits, by increasing leadership
 * @param masterSeed the master seed the replications' seeds were derived from
 */
public record BudgetCurve(double budget, List<LeverPoint> points, long masterSeed) {

    /** @throws IllegalArgumentException when there are fewer than two points */
    public BudgetCurve {
        points = List.copyOf(points);
        if (points.size() < 2) {
            throw new IllegalArgumentException("a curve needs at least two points");
        }
    }

    /** @return the replications per point */
    public int replications() {
        return points.get(0).seeds().length;
    }
}
