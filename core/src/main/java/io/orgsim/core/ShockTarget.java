// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core;

/** The changes a {@link Shock} may make to a running organization. */
public interface ShockTarget {

    /**
     * Moves the strategic target: what the environment now rewards.
     *
     * @param radians the turn, positive or negative
     */
    void turnTarget(double radians);

    /**
     * Cuts the resources available for work for a while.
     *
     * @param fraction share of capacity removed, in [0, 1]
     * @param weeks how long the cut lasts
     */
    void cutCapacity(double fraction, int weeks);
}
