// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.file;

/**
 * A scenario or experiment file that cannot be used: names the file and line, the field, the
 * value given and what is allowed, for example
 * {@code fixed-budget.yaml:14:17: design.factors.leadership.levels[2] = 1.4: must be in [0, 1]}.
 *
 * @since 0.1.0
 */
public final class ScenarioFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String field;

    /**
     * @param source the file's name
     * @param line the line, from 1 (0 when unknown)
     * @param column the column, from 1 (0 when unknown)
     * @param field the field's path, for example {@code design.samples}
     * @param message the value and what is allowed
     */
    public ScenarioFileException(String source, int line, int column, String field, String message) {
        super(source + (line > 0 ? ":" + line + ":" + column : "") + ": "
                + (field.isEmpty() ? "" : field + " ") + message);
        this.source = source;
        this.line = line;
        this.column = column;
        this.field = field;
    }

    /** @return the file's name */
    public String source() {
        return source;
    }

    /** @return the line, from 1, or 0 when the parser gave none */
    public int line() {
        return line;
    }

    /** @return the column, from 1, or 0 when the parser gave none */
    public int column() {
        return column;
    }

    /** @return the field's path */
    public String field() {
        return field;
    }
}
