// SPDX-License-Identifier: Apache-2.0
package io.orgsim.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.orgsim.core.Metric;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lessons: scripted steps an instructor plays in front of a class. A lesson is a YAML file
 * (docs/DASHBOARD.md shows the format): a title and steps, each with a caption, the
 * organizations to show, lever changes at a week, a shock at a week, the week to pause at,
 * and what to watch. The shipped lessons follow the seed's themes; instructors load their own
 * with {@code orgsim dashboard --lessons DIR}.
 */
final class Lessons {

    /** The lessons shipped with orgsim, in teaching order. */
    static final List<String> SHIPPED = List.of("why-and-how", "too-much-leadership", "too-much-management",
            "leadership-as-choice", "resilience-after-a-pivot");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final int MAX_STEPS = 50;

    /**
     * One step of a lesson; {@code show} lists metrics the step puts in the last charts (the
     * new ones of the model, say), which go back to the six defaults when the lesson ends.
     */
    record Step(String caption, List<String> presets, Map<String, Double> levers, int leverWeek, String shock,
                int shockWeek, int until, String watch, List<String> show) {
    }

    /** A lesson: a name (its file's), a title and its steps. */
    record Lesson(String name, String title, List<Step> steps) {
        Step step(int index) {
            if (index < 0 || index >= steps.size()) {
                throw Http.bad("step = " + index + ": must be in [0, " + (steps.size() - 1) + "]");
            }
            return steps.get(index);
        }
    }

    private Lessons() {
    }

    /**
     * @param catalog the presets on offer
     * @return the shipped lessons that this catalog can play (all of them on the built-in presets)
     */
    static List<Lesson> playable(Catalog catalog) {
        List<Lesson> out = new ArrayList<>();
        for (String name : SHIPPED) {
            try {
                out.add(shipped(catalog, name));
            } catch (LessonException e) {
                // names a preset or week this catalog does not have
            }
        }
        return out;
    }

    /** @return the shipped lessons, checked against the catalog */
    static List<Lesson> shipped(Catalog catalog) {
        return SHIPPED.stream().map(n -> shipped(catalog, n)).toList();
    }

    private static Lesson shipped(Catalog catalog, String name) {
        String resource = "/io/orgsim/web/lessons/" + name + ".yaml";
        try (InputStream in = Lessons.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing lesson " + resource);
            }
            return parse(name, YAML.readTree(in), catalog);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads every {@code *.yaml} lesson of a directory.
     *
     * @param dir the directory
     * @param catalog the presets, levers and shocks a lesson may name
     * @return the lessons, by file name
     * @throws LessonException naming the file and field of the first mistake
     */
    static List<Lesson> load(Path dir, Catalog catalog) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new LessonException("--lessons = " + dir + ": must be a directory of .yaml lesson files");
        }
        List<Path> files;
        try (var s = Files.list(dir)) {
            files = s.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
        List<Lesson> out = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString().replaceFirst("\\.yaml$", "");
            JsonNode root;
            try {
                root = YAML.readTree(f.toFile());
            } catch (IOException e) {
                throw new LessonException(f + ": not valid YAML (" + e.getMessage().lines().findFirst().orElse("")
                        + ")");
            }
            try {
                out.add(parse(name, root, catalog));
            } catch (LessonException e) {
                throw new LessonException(f + ": " + e.getMessage());
            }
        }
        return out;
    }

    /** A lesson that cannot be played: one line naming the field and what is allowed. */
    static final class LessonException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        LessonException(String message) {
            super(message);
        }
    }

    static Lesson parse(String name, JsonNode root, Catalog catalog) {
        if (root == null || !root.isObject()) {
            throw new LessonException("must be a mapping with title and steps");
        }
        String title = text(root, "title", true);
        JsonNode steps = root.get("steps");
        if (steps == null || !steps.isArray() || steps.isEmpty() || steps.size() > MAX_STEPS) {
            throw new LessonException("steps: must be a list of 1 to " + MAX_STEPS + " steps");
        }
        List<Step> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            out.add(step("steps[" + i + "]", steps.get(i), catalog));
        }
        return new Lesson(name, title, List.copyOf(out));
    }

    private static Step step(String field, JsonNode n, Catalog catalog) {
        if (!n.isObject()) {
            throw new LessonException(field + ": must be a mapping");
        }
        String caption = text(n, field + ".caption", true, "caption");
        String watch = text(n, field + ".watch", true, "watch");
        JsonNode ps = n.get("presets");
        if (ps == null || !ps.isArray() || ps.isEmpty() || ps.size() > DashboardSession.MAX_LANES) {
            throw new LessonException(field + ".presets: must be a list of 1 to " + DashboardSession.MAX_LANES
                    + " preset names");
        }
        List<String> presets = new ArrayList<>();
        int horizon = Integer.MAX_VALUE;
        for (int i = 0; i < ps.size(); i++) {
            String p = ps.get(i).asText();
            if (catalog.find(p).isEmpty()) {
                throw new LessonException(field + ".presets[" + i + "] = \"" + p + "\": not a preset (orgsim "
                        + "scenarios lists them)");
            }
            presets.add(p);
            horizon = Math.min(horizon, catalog.preset(p).spec().steps());
        }
        Map<String, Double> levers = new LinkedHashMap<>();
        JsonNode lv = n.get("levers");
        if (lv != null) {
            if (!lv.isObject()) {
                throw new LessonException(field + ".levers: must be a mapping of lever to value");
            }
            for (Map.Entry<String, JsonNode> e : lv.properties()) {
                String f = field + ".levers." + e.getKey();
                var p = catalog.liveLevers().stream().filter(x -> x.key().equals(e.getKey())).findFirst()
                        .orElseThrow(() -> new LessonException(f + ": not a live lever"));
                if (!e.getValue().isNumber()) {
                    throw new LessonException(f + ": must be a number in " + p.rangeText());
                }
                double v = e.getValue().asDouble();
                if (v < p.min() || v > p.max()) {
                    throw new LessonException(f + " = " + v + ": must be in " + p.rangeText());
                }
                levers.put(e.getKey(), v);
            }
        }
        int until = week(n, field + ".until", "until", horizon, horizon);
        int leverWeek = week(n, field + ".leverWeek", "leverWeek", 0, horizon - 1);
        String shock = null;
        int shockWeek = 0;
        if (n.has("shock")) {
            shock = n.get("shock").asText();
            if (ShockLibrary.find(shock).isEmpty()) {
                throw new LessonException(field + ".shock = \"" + shock + "\": must be one of " + String.join(", ",
                        ShockLibrary.ALL.stream().map(ShockLibrary.Entry::id).toList()));
            }
            shockWeek = week(n, field + ".shockWeek", "shockWeek", 0, horizon - 1);
        }
        return new Step(caption, List.copyOf(presets), java.util.Collections.unmodifiableMap(levers), leverWeek, shock,
                shockWeek, until, watch, show(field + ".show", n.get("show")));
    }

    /** The metrics a step shows in the last charts: at most as many as there are charts. */
    private static List<String> show(String field, JsonNode n) {
        if (n == null) {
            return List.of();
        }
        if (!n.isArray() || n.size() > Catalog.CHARTED.size()) {
            throw new LessonException(field + ": must be a list of at most " + Catalog.CHARTED.size() + " metrics");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            String key = n.get(i).asText();
            if (Arrays.stream(Metric.values()).noneMatch(m -> m.key().equals(key))) {
                throw new LessonException(field + "[" + i + "] = \"" + key + "\": must be one of " + String.join(", ",
                        Arrays.stream(Metric.values()).map(Metric::key).toList()));
            }
            out.add(key);
        }
        return List.copyOf(out);
    }

    private static int week(JsonNode n, String field, String key, int fallback, int max) {
        JsonNode v = n.get(key);
        if (v == null) {
            return fallback;
        }
        if (!v.isInt() || v.asInt() < 0 || v.asInt() > max) {
            throw new LessonException(field + " = " + v + ": must be a week in [0, " + max + "]");
        }
        return v.asInt();
    }

    private static String text(JsonNode n, String field, boolean required) {
        return text(n, field, required, field);
    }

    private static String text(JsonNode n, String field, boolean required, String key) {
        JsonNode v = n.get(key);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            if (required) {
                throw new LessonException(field + ": missing (must be text)");
            }
            return null;
        }
        return v.asText().strip();
    }
}
