// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.file;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with the line and column it came from (Jackson's {@link JsonLocation}), and
 * the field path that leads to it, so that every validation error can point at the file.
 * Reading a node checks its type and that a map has only the keys allowed.
 */
final class Node {

    enum Kind { MAP, LIST, NUMBER, TEXT, BOOLEAN, NULL }

    private final String source;
    private final String path;
    private final int line;
    private final int column;
    private final Kind kind;
    private final String text;
    private final Map<String, Node> map;
    private final List<Node> list;

    private Node(String source, String path, JsonLocation loc, Kind kind, String text, Map<String, Node> map,
                 List<Node> list) {
        this.source = source;
        this.path = path;
        this.line = loc == null ? 0 : loc.getLineNr();
        this.column = loc == null ? 0 : loc.getColumnNr();
        this.kind = kind;
        this.text = text;
        this.map = map;
        this.list = list;
    }

    /**
     * Parses a YAML document.
     *
     * @param source the file name for messages
     * @param yaml the text
     * @return the root node
     * @throws ScenarioFileException when the text is not valid YAML
     */
    static Node parse(String source, String yaml) {
        JsonParser parser = null;
        try (JsonParser p = new YAMLFactory().createParser(yaml)) {
            parser = p;
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new ScenarioFileException(source, 1, 1, "", "the file is empty");
            }
            Node root = read(source, "", p);
            if (p.nextToken() != null) {
                JsonLocation l = p.currentTokenLocation();
                throw new ScenarioFileException(source, l.getLineNr(), l.getColumnNr(), "",
                        "holds more than one YAML document");
            }
            return root;
        } catch (JsonProcessingException e) {
            // some errors (nesting too deep) carry no location: take where the parser stopped
            JsonLocation l = e.getLocation() != null || parser == null ? e.getLocation() : parser.currentLocation();
            String msg = e.getOriginalMessage().lines().findFirst().orElse("invalid YAML");
            throw new ScenarioFileException(source, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(),
                    "", "is not valid YAML: " + msg);
        } catch (IOException e) {
            throw new ScenarioFileException(source, 0, 0, "", "cannot be read: " + e.getMessage());
        }
    }

    private static Node read(String source, String path, JsonParser p) throws IOException {
        JsonLocation loc = p.currentTokenLocation();
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Node> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    JsonLocation keyLoc = p.currentTokenLocation();
                    String childPath = path.isEmpty() ? key : path + "." + key;
                    if (m.containsKey(key)) {
                        throw new ScenarioFileException(source, keyLoc.getLineNr(), keyLoc.getColumnNr(), childPath,
                                "appears twice");
                    }
                    p.nextToken();
                    m.put(key, read(source, childPath, p));
                }
                return new Node(source, path, loc, Kind.MAP, null, m, null);
            }
            case START_ARRAY: {
                List<Node> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(read(source, path + "[" + l.size() + "]", p));
                }
                return new Node(source, path, loc, Kind.LIST, null, null, l);
            }
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Node(source, path, loc, Kind.NUMBER, p.getText(), null, null);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Node(source, path, loc, Kind.BOOLEAN, p.getText(), null, null);
            case VALUE_NULL:
                return new Node(source, path, loc, Kind.NULL, "null", null, null);
            default:
                return new Node(source, path, loc, Kind.TEXT, p.getText(), null, null);
        }
    }

    String path() {
        return path;
    }

    Kind kind() {
        return kind;
    }

    /** @return the value as written, for messages */
    String shown() {
        return switch (kind) {
            case MAP -> "{...}";
            case LIST -> "[...]";
            case TEXT -> "\"" + text + "\"";
            default -> text;
        };
    }

    ScenarioFileException error(String rule) {
        return new ScenarioFileException(source, line, column, path, "= " + shown() + ": " + rule);
    }

    ScenarioFileException errorAt(String message) {
        return new ScenarioFileException(source, line, column, path, message);
    }

    /**
     * @param allowed the keys this map may have, in the order messages list them
     * @return the map's entries, in file order
     * @throws ScenarioFileException when this is not a map or has a key not allowed
     */
    Map<String, Node> map(List<String> allowed) {
        if (kind != Kind.MAP) {
            throw error("must be a mapping of " + String.join(", ", allowed));
        }
        for (Map.Entry<String, Node> e : map.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                Node n = e.getValue();
                String near = Suggest.closest(e.getKey(), allowed);
                throw n.errorAt("is not a known key" + (near == null ? "" : " (did you mean " + near + "?)")
                        + "; allowed here: " + String.join(", ", allowed));
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /** @return the entries of a map with free keys */
    Map<String, Node> anyMap() {
        if (kind != Kind.MAP) {
            throw error("must be a mapping");
        }
        return Collections.unmodifiableMap(map);
    }

    List<Node> list() {
        if (kind != Kind.LIST) {
            throw error("must be a list");
        }
        return list;
    }

    double number() {
        if (kind != Kind.NUMBER) {
            throw error("must be a number");
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            // YAML 1.1 forms the parser accepts but Java does not read: 0x1F, 1_000, .inf, .nan
            throw error("must be a finite number written in decimal, for example 1000 or 0.25");
        }
    }

    double number(double min, double max) {
        double v = number();
        if (!(v >= min && v <= max)) {
            throw error("must be in [" + fmt(min) + ", " + fmt(max) + "]");
        }
        return v;
    }

    int integer(int min, int max) {
        double v = number();
        if (v != Math.rint(v) || v < min || v > max) {
            throw error("must be a whole number in [" + min + ", " + max + "]");
        }
        return (int) v;
    }

    long longValue() {
        if (kind != Kind.NUMBER) {
            throw error("must be a whole number");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw error("must be a whole number in [" + Long.MIN_VALUE + ", " + Long.MAX_VALUE + "]");
        }
    }

    String text() {
        if (kind != Kind.TEXT) {
            throw error("must be text");
        }
        return text;
    }

    boolean bool() {
        if (kind != Kind.BOOLEAN) {
            throw error("must be true or false");
        }
        return Boolean.parseBoolean(text);
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
