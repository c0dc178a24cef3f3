// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core;

import java.util.List;

/**
 * Several shocks at once, for example a pivot with a capacity cut and a departure wave.
 *
 * @param shocks the shocks, applied in order; at least one
 * @since 0.1.0
 */
public record Crisis(List<Shock> shocks) implements Shock {

    /** The type's name in result and scenario files. */
    public static final String NAME = "crisis";

    /** @param shocks the shocks; copied */
    public Crisis {
        shocks = List.copyOf(shocks);
    }

    /**
     * @param shocks the shocks, applied in order
     * @return the crisis
     */
    public static Crisis of(Shock... shocks) {
        return new Crisis(List.of(shocks));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(ShockTarget target) {
        for (Shock s : shocks) {
            s.apply(target);
        }
    }

    @Override
    public void validate(String field) {
        if (shocks.isEmpty()) {
            throw new SpecException(field + ".shocks", "[]", "must hold at least one shock");
        }
        for (int i = 0; i < shocks.size(); i++) {
            shocks.get(i).validate(field + ".shocks[" + i + "]");
        }
    }
}
