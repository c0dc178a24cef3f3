// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.internal;

import io.orgsim.core.Metric;
import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import java.io.Serializable;
import java.util.List;

/**
 * A mechanism of the model as a unit: its switch ({@code mechanism.<name>}), the coefficients
 * it reads, the per-agent state it keeps and the metrics it emits. Subclasses read their
 * coefficients once and offer small methods that the week's fused passes over the agents
 * call (the JIT inlines them); when the switch is 0 each returns its neutral form.
 * {@link Mechanisms#CATALOG} registers every unit.
 */
abstract class Mechanism implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Whether the mechanism is on; when off it acts in its neutral form. */
    final boolean on;

    Mechanism(ScenarioSpec spec, Unit unit) {
        on = spec.get(unit.toggle()) != 0;
    }

    /**
     * What a mechanism declares.
     *
     * @param toggle its switch, {@code mechanism.<name>}
     * @param params the coefficients it reads
     * @param state the names of the per-agent or per-team state columns it owns
     * @param metrics the metrics it emits
     */
    record Unit(Param toggle, List<Param> params, List<String> state, List<Metric> metrics) {
        /** @return the mechanism's name, the part of the switch's key after {@code mechanism.} */
        String name() {
            return toggle.key().substring("mechanism.".length());
        }
    }
}
