// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.file;

import io.orgsim.core.Shock;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The fields of one shock in a file, as a {@link ShockType}'s reader sees them: numbers are
 * read here, ranges are checked by the shock's own validation (which names the field).
 */
final class ShockFields {

    private final Node node;
    private final Map<String, Node> fields;
    private final BiFunction<Node, Integer, Shock> nested;

    /**
     * @param node the shock's mapping
     * @param nested reads the i-th shock of a list field (a crisis's parts)
     */
    ShockFields(Node node, BiFunction<Node, Integer, Shock> nested) {
        this.node = node;
        this.fields = node.anyMap();
        this.nested = nested;
    }

    /** @return a required number */
    double number(String key) {
        return required(key).number();
    }

    /** @return a number, or the fallback when absent */
    double number(String key, double fallback) {
        Node n = fields.get(key);
        return n == null ? fallback : n.number();
    }

    /** @return a required whole number (its range is the shock's to check) */
    int integer(String key) {
        return required(key).integer(Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** @return a required list of shocks without timing */
    List<Shock> shocks(String key) {
        List<Node> parts = required(key).list();
        return java.util.stream.IntStream.range(0, parts.size())
                .mapToObj(i -> nested.apply(parts.get(i), i)).toList();
    }

    private Node required(String key) {
        Node n = fields.get(key);
        if (n == null) {
            throw node.errorAt("needs " + key);
        }
        return n;
    }

    /** How a {@link ShockType}'s writer writes values. */
    interface Out {
        /** @return a number in plain decimal that parses back to the same double */
        String number(double v);

        /** @return a list of shocks without timing, in flow style */
        String shocks(List<Shock> shocks);
    }
}
