// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core;

import java.util.Objects;

/**
 * A shock and when it hits, as written in a spec; {@link ScenarioSpec#shocks()} gives the
 * weeks it expands to.
 *
 * @param timing when
 * @param shock what
 * @since 0.1.0
 */
public record TimedShock(ShockTiming timing, Shock shock) {

    /** @throws NullPointerException when a part is missing */
    public TimedShock {
        Objects.requireNonNull(timing, "timing");
        Objects.requireNonNull(shock, "shock");
    }
}
