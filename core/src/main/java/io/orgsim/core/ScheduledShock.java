// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core;

import java.util.Objects;

/**
 * A shock at a given week.
 *
 * @param week the step at which the shock hits, before that week's work
 * @param shock what happens
 * @since 0.1.0
 */
public record ScheduledShock(int week, Shock shock) {

    /**
     * @throws NullPointerException when shock is null
     */
    public ScheduledShock {
        Objects.requireNonNull(shock, "shock");
    }
}
