// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core;

/**
 * Something that happens to the organization at one moment: a strategic pivot, a capacity
 * cut, and so on. A shock says what happens; {@link ScheduledShock} says when. Implement
 * this interface to add a shock type; it acts only through the {@link ShockTarget} it is
 * given, so it never reaches into the model's state.
 *
 * @since 0.1.0
 */
public interface Shock {

    /** @return a short, stable name used in result files, for example {@code pivot} */
    String name();

    /**
     * Applies the shock now.
     *
     * @param target what a shock may change
     */
    void apply(ShockTarget target);

    /**
     * Checks the shock's own fields.
     *
     * @param field the field path used in error messages, for example {@code shocks[0]}
     * @throws SpecException when a field is out of range
     */
    default void validate(String field) {
    }
}
