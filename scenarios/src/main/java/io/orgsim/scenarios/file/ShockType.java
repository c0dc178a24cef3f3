// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.file;

import io.orgsim.core.Shock;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One shock type as scenario files know it: its name, its fields with their ranges, a one-line
 * description, and how it is read from and written to a file. The registry is
 * {@link ShockTypes}; adding a shock type is its record in core and one registration there.
 *
 * @param <S> the shock's record
 * @since 0.1.0
 */
public final class ShockType<S extends Shock> {

    /**
     * One field of a shock type.
     *
     * @param name the key in a file, for example {@code degrees}
     * @param range what values are allowed, for example {@code (0, 180]}
     * @param fallback what an absent field means, or empty when the field is required
     */
    public record Field(String name, String range, String fallback) {

        /** @throws NullPointerException when a component is null */
        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(range, "range");
            Objects.requireNonNull(fallback, "fallback");
        }

        /** @return true when a file must give the field */
        public boolean required() {
            return fallback.isEmpty();
        }
    }

    private final String name;
    private final Class<S> type;
    private final String doc;
    private final List<Field> fields;
    private final Function<ShockFields, S> reader;
    private final BiFunction<S, ShockFields.Out, String> writer;

    ShockType(String name, Class<S> type, String doc, List<Field> fields, Function<ShockFields, S> reader,
              BiFunction<S, ShockFields.Out, String> writer) {
        this.name = name;
        this.type = type;
        this.doc = doc;
        this.fields = List.copyOf(fields);
        this.reader = reader;
        this.writer = writer;
    }

    /** @return the name a file gives as {@code type:}, the same as the shock's {@link Shock#name()} */
    public String name() {
        return name;
    }

    /** @return the shock's record class */
    public Class<S> type() {
        return type;
    }

    /** @return what the shock does, in one line */
    public String doc() {
        return doc;
    }

    /** @return the fields a file may give, in the order files write them */
    public List<Field> fields() {
        return fields;
    }

    /** @return the field names */
    List<String> fieldNames() {
        return fields.stream().map(Field::name).toList();
    }

    Shock read(ShockFields values) {
        return reader.apply(values);
    }

    /** @return the fields after {@code type:}, for example {@code degrees: 60} */
    String write(Shock shock, ShockFields.Out out) {
        return writer.apply(type.cast(shock), out);
    }
}
