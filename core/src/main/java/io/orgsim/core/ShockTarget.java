// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core;

/**
 * The changes a {@link Shock} may make to a running organization.
 *
 * @since 0.1.0
 */
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

    /**
     * Makes agents leave now; their positions are filled again by ordinary hiring.
     *
     * @param fraction probability that an ordinary agent leaves
     * @param leadFraction probability that a formal team lead leaves
     * @param informalFraction probability that a strong informal leader leaves
     */
    void removeAgents(double fraction, double leadFraction, double informalFraction);

    /**
     * Adds work beyond capacity for a while.
     *
     * @param excess extra demand as a share of normal
     * @param weeks how long it lasts
     */
    void addStrain(double excess, int weeks);
}
