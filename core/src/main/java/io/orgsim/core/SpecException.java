// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core;

/**
 * A scenario or experiment that cannot be run: names the field, the value given and what
 * is allowed, so that a person can fix the input without reading code.
 *
 * @since 0.1.0
 */
public final class SpecException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param field the field's documented name, for example {@code leadership.vision}
     * @param value the offending value, as text
     * @param rule what is allowed, for example {@code must be in [0, 1]}
     */
    public SpecException(String field, String value, String rule) {
        super(field + " = " + value + ": " + rule);
        this.field = field;
    }

    /** @return the documented name of the offending field */
    public String field() {
        return field;
    }
}
