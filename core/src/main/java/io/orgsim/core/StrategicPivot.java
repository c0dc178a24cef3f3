// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core;

/**
 * The strategy changes: the target the environment rewards turns at once by an angle.
 * Work still pointed the old way becomes less useful until visions, plans and people
 * re-point.
 *
 * @param degrees the turn of the target, in (0, 180]
 * @since 0.1.0
 */
public record StrategicPivot(double degrees) implements Shock {

    /** The type's name in result and scenario files. */
    public static final String NAME = "pivot";

    /** The default pivot: the target turns by 60 degrees, halving the value of old-direction work. */
    public static final double DEFAULT_DEGREES = 60;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(ShockTarget target) {
        target.turnTarget(Math.toRadians(degrees));
    }

    @Override
    public void validate(String field) {
        if (!(degrees > 0 && degrees <= 180)) {
            throw new SpecException(field + ".degrees", Param.format(degrees), "must be in (0, 180]");
        }
    }
}
