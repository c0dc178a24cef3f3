// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core;

/**
 * A budget or capacity cut: part of the resources for work disappears for a while, and
 * the people left carry the strain. Resource management cushions part of the cut.
 *
 * @param fraction share of capacity removed, in (0, 1]
 * @param weeks how long the cut lasts, at least 1
 * @since 0.1.0
 */
public record CapacityCut(double fraction, int weeks) implements Shock {

    /** The type's name in result and scenario files. */
    public static final String NAME = "capacity-cut";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(ShockTarget target) {
        target.cutCapacity(fraction, weeks);
    }

    @Override
    public void validate(String field) {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new SpecException(field + ".fraction", Param.format(fraction), "must be in (0, 1]");
        }
        if (weeks < 1) {
            throw new SpecException(field + ".weeks", Integer.toString(weeks), "must be at least 1");
        }
    }
}
