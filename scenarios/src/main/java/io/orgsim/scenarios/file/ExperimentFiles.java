// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.file;

import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.Shock;
import io.orgsim.core.ShockTiming;
import io.orgsim.core.SpecException;
import io.orgsim.core.Summary;
import io.orgsim.core.experiment.Design;
import io.orgsim.core.experiment.Factor;
import io.orgsim.core.experiment.ResultColumns;
import io.orgsim.core.experiment.SensitivityStudy;
import io.orgsim.scenarios.Horizon;
import io.orgsim.scenarios.Presets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads scenario and experiment files (YAML). Every error is a {@link ScenarioFileException}
 * naming the file, line and column, the field, the value and what is allowed; unknown keys
 * are errors. The format is documented in docs/EXPERIMENTS.md.
 *
 * @since 0.1.0
 */
public final class ExperimentFiles {

    static final List<String> TOP = List.of("name", "base", "design", "sensitivity", "replications", "seed",
            "seeds", "threads", "outputs");
    /** The values of {@code seeds}: a seed per run, or replication r's seed shared by every point. */
    static final List<String> SEEDINGS = List.of("independent", "common");
    static final List<String> BASE = List.of("preset", "params", "shocks", "seed");
    static final List<String> DESIGN = List.of("type", "factors", "points", "samples", "seed");
    static final List<String> DESIGN_TYPES = List.of("grid", "list", "lhs", "sobol", "single");
    static final List<String> SENSITIVITY = List.of("method", "factors", "samples", "levels", "bootstrap", "outputs");
    static final List<String> OUTPUTS = List.of("dir", "series", "metrics");
    static final List<String> RANGE = List.of("min", "max");
    static final List<String> LEVELS = List.of("levels");
    /** Most points of a Latin hypercube design (each held in memory). */
    static final int LHS_MAX = 1_000_000;
    /** The design of {@code type: single}: one point that changes nothing, so the base scenario alone. */
    static final Design SINGLE = Design.list(List.of(), List.of(new double[0]));
    /** Design points validated by building their spec at load time. */
    static final int CHECKED_POINTS = 100_000;

    private ExperimentFiles() {
    }

    /** Largest experiment or scenario file read (1 MB); larger ones are refused before parsing. */
    public static final long MAX_BYTES = 1 << 20;

    /**
     * Loads a file.
     *
     * @param file a YAML file
     * @return the experiment
     * @throws ScenarioFileException when the file cannot be read or is not valid
     */
    public static ExperimentFile load(Path file) {
        return parse(file, readText(file), stem(file));
    }

    /**
     * Reads a YAML file of any kind (experiment, scenario, targets, ablation) as UTF-8 text,
     * refusing one above {@link #MAX_BYTES} before any parser sees it.
     *
     * @param file the file
     * @return its text
     * @throws ScenarioFileException when it cannot be read, is too large or is not UTF-8
     */
    static String readText(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                // refused before parsing: a huge scalar keeps a YAML parser busy for minutes
                throw new ScenarioFileException(file.toString(), 0, 0, "", "is " + size + " bytes; experiment and "
                        + "scenario files may be at most " + MAX_BYTES + " bytes (1 MB)");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ScenarioFileException(file.toString(), 0, 0, "", "cannot be read: it is not UTF-8 text");
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ScenarioFileException(file.toString(), 0, 0, "", "cannot be read: no such file");
        } catch (IOException e) {
            throw new ScenarioFileException(file.toString(), 0, 0, "", "cannot be read: " + e);
        }
    }

    /** @return the file's name without its extension, the default name of what it describes */
    static String stem(Path file) {
        return file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    }

    /**
     * Parses YAML text.
     *
     * @param source the file name used in messages and as the source
     * @param yaml the text
     * @param defaultName the name when the text gives none
     * @return the experiment
     * @throws ScenarioFileException when the text is not valid
     */
    public static ExperimentFile parse(Path source, String yaml, String defaultName) {
        Node root = Node.parse(source.toString(), yaml);
        Map<String, Node> top = root.map(TOP);
        String name = top.containsKey("name") ? top.get("name").text() : defaultName;
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw (top.containsKey("name") ? top.get("name") : root).error(
                    "must be letters, digits, '.', '_' or '-' (it names the output directory)");
        }
        ScenarioSpec base = base(top.get("base"), name, root);
        int replications = top.containsKey("replications") ? top.get("replications").integer(1, 1_000_000) : 1;
        long seed = top.containsKey("seed") ? top.get("seed").longValue() : base.seed();
        boolean commonSeeds = false;
        if (top.containsKey("seeds")) {
            Node seeds = top.get("seeds");
            if (!SEEDINGS.contains(seeds.text())) {
                throw seeds.error("must be one of " + String.join(", ", SEEDINGS));
            }
            commonSeeds = seeds.text().equals("common");
        }
        Integer threads = top.containsKey("threads") ? top.get("threads").integer(1, 1024) : null;

        Path out = Path.of("out", name);
        boolean series = false;
        List<String> metrics = Arrays.stream(Summary.values()).map(Summary::key).toList();
        List<String> columns = new ResultColumns(List.of(), base.shocks().size()).header();
        if (top.containsKey("outputs")) {
            Map<String, Node> o = top.get("outputs").map(OUTPUTS);
            if (o.containsKey("dir")) {
                try {
                    out = Path.of(o.get("dir").text());
                } catch (java.nio.file.InvalidPathException e) {
                    throw o.get("dir").error("is not a valid path: " + e.getReason());
                }
            }
            if (o.containsKey("series")) {
                series = o.get("series").bool();
            }
            if (o.containsKey("metrics")) {
                metrics = columnList(o.get("metrics"), columns);
            }
        }
        Design design;
        ExperimentFile.Sensitivity sens;
        try {
            design = top.containsKey("design") ? design(top.get("design"), base, seed) : null;
            sens = top.containsKey("sensitivity") ? sensitivity(top.get("sensitivity"), columns) : null;
        } catch (SpecException e) {
            // what the experiment layer refuses beyond the file's own checks, e.g. a grid of more than 2^31 points
            throw (top.containsKey("sensitivity") && !top.containsKey("design") ? top.get("sensitivity")
                    : top.get("design")).errorAt(e.getMessage());
        }
        if (design == null && sens == null) {
            throw root.errorAt("needs a design section (for a sweep) or a sensitivity section");
        }
        if (commonSeeds && design != null && design.size() < 2 && sens == null) {
            throw top.get("seeds").error("pairs each design point's runs with point 0's, so it needs at least 2 "
                    + "design points (the design has " + design.size() + ")");
        }
        return new ExperimentFile(name, source, base, design, sens, replications, seed, commonSeeds, threads, out,
                series, metrics);
    }

    private static ScenarioSpec base(Node node, String name, Node root) {
        if (node == null) {
            return Presets.defaultOrganization(Param.LEADERSHIP.defaultValue(), Param.MANAGEMENT.defaultValue())
                    .name(name).build();
        }
        Map<String, Node> b = node.map(BASE);
        ScenarioSpec.Builder builder;
        if (b.containsKey("preset")) {
            Node p = b.get("preset");
            Presets presets = Presets.builtIn();
            String preset = p.text();
            if (presets.find(preset).isEmpty()) {
                List<String> names = presets.all().stream().map(io.orgsim.scenarios.Preset::name).toList();
                String near = Suggest.closest(preset, names);
                throw p.error("is not a preset" + (near == null ? "" : " (did you mean " + near + "?)")
                        + "; presets: " + String.join(", ", names));
            }
            builder = presets.get(preset).spec().toBuilder();
        } else {
            builder = Presets.defaultOrganization(Param.LEADERSHIP.defaultValue(), Param.MANAGEMENT.defaultValue());
        }
        builder.name(name);
        ScenarioSpec original = builder.build();
        Map<String, Node> where = new HashMap<>();
        if (b.containsKey("params")) {
            List<String> keys = Arrays.stream(Param.values()).map(Param::key).toList();
            for (Map.Entry<String, Node> e : b.get("params").anyMap().entrySet()) {
                Node v = e.getValue();
                Param param = Param.byKey(e.getKey()).orElseThrow(() -> {
                    String near = Suggest.closest(e.getKey(), keys);
                    return v.errorAt("is not a parameter" + (near == null ? "" : " (did you mean " + near + "?)")
                            + "; see docs/MODEL.md for the names");
                });
                double x = v.number();
                try {
                    param.check(x);
                } catch (SpecException ex) {
                    throw v.error("must be in " + param.rangeText());
                }
                builder.set(param, x);
                where.put(param.key(), v);
            }
        }
        if (!b.containsKey("shocks") && where.containsKey(Param.STEPS.key())) {
            // a new horizon moves the preset's shocks along, as --steps does
            Horizon.move(original, builder, (int) Math.round(where.get(Param.STEPS.key()).number()));
        }
        if (b.containsKey("shocks")) {
            builder.clearShocks();
            List<Node> shocks = b.get("shocks").list();
            for (int i = 0; i < shocks.size(); i++) {
                Node s = shocks.get(i);
                String field = "shocks[" + i + "]";
                Shock shock = shock(s, field, true, where);
                builder.shock(timing(s, field, where), shock);
            }
        }
        if (b.containsKey("seed")) {
            builder.seed(b.get("seed").longValue());
        }
        try {
            return builder.build();
        } catch (SpecException e) {
            Node at = where.get(e.field());
            if (at == null) {
                throw node.errorAt("makes an invalid scenario: " + e.getMessage());
            }
            throw at.errorAt(e.getMessage().substring(e.field().length()).trim());
        }
    }

    /** The keys that say when a shock hits; a scheduled shock has exactly one. */
    static final List<String> TIMINGS = List.of("week", "every", "poisson");
    static final List<String> EVERY = List.of("first", "period");
    static final List<String> POISSON = List.of("perYear", "from");

    private static ShockTiming timing(Node s, String field, Map<String, Node> where) {
        Map<String, Node> f = s.anyMap();
        List<String> given = TIMINGS.stream().filter(f::containsKey).toList();
        if (given.isEmpty()) {
            throw s.errorAt("needs one of week: N, every: {first: N, period: M} or poisson: {perYear: R, from: N}");
        }
        if (given.size() > 1) {
            throw f.get(given.get(1)).errorAt("cannot be given with " + given.get(0)
                    + ": a shock has exactly one of week, every, poisson");
        }
        Node t = f.get(given.get(0));
        switch (given.get(0)) {
            case "week": {
                where.put(field + ".week", t);
                return new ShockTiming.At(t.integer(0, Integer.MAX_VALUE));
            }
            case "every": {
                Map<String, Node> e = t.map(EVERY);
                Node first = required(e, t, "first");
                Node period = required(e, t, "period");
                where.put(field + ".first", first);
                where.put(field + ".period", period);
                return new ShockTiming.Every(first.integer(0, Integer.MAX_VALUE), period.integer(1, Integer.MAX_VALUE));
            }
            default: {
                Map<String, Node> p = t.map(POISSON);
                Node rate = required(p, t, "perYear");
                where.put(field + ".perYear", rate);
                int from = 0;
                if (p.containsKey("from")) {
                    where.put(field + ".from", p.get("from"));
                    from = p.get("from").integer(0, Integer.MAX_VALUE);
                }
                return new ShockTiming.Poisson(rate.number(), from);
            }
        }
    }

    private static Shock shock(Node s, String field, boolean scheduled, Map<String, Node> where) {
        Map<String, Node> f = s.anyMap();
        Node typeNode = f.get("type");
        List<String> names = ShockTypes.names();
        if (typeNode == null) {
            throw s.errorAt("needs a type: " + String.join(", ", names));
        }
        ShockType<?> type = ShockTypes.named(typeNode.text())
                .orElseThrow(() -> typeNode.error("must be one of " + String.join(", ", names)));
        List<String> allowed = new ArrayList<>(List.of("type"));
        if (scheduled) {
            allowed.addAll(TIMINGS);
        }
        allowed.addAll(type.fieldNames());
        s.map(allowed);
        for (String k : type.fieldNames()) {
            if (f.containsKey(k)) {
                where.put(field + "." + k, f.get(k));
            }
        }
        return type.read(new ShockFields(s, (part, j) -> shock(part, field + ".shocks[" + j + "]", false, where)));
    }

    private static Design design(Node node, ScenarioSpec base, long masterSeed) {
        Map<String, Node> d = node.map(DESIGN);
        Node typeNode = d.get("type");
        if (typeNode == null) {
            throw node.errorAt("needs a type: " + String.join(", ", DESIGN_TYPES));
        }
        String type = typeNode.text();
        if (!DESIGN_TYPES.contains(type)) {
            throw typeNode.error("must be one of " + String.join(", ", DESIGN_TYPES));
        }
        Design design;
        if (type.equals("single")) {
            forbid(d, "factors", "points", "samples", "seed");
            design = SINGLE;
        } else if (type.equals("list")) {
            forbid(d, "factors", "samples", "seed");
            Node points = required(d, node, "points");
            List<String> keys = new ArrayList<>();
            List<Node> rows = points.list();
            if (rows.isEmpty()) {
                throw points.error("needs at least one point");
            }
            for (Node row : rows) {
                for (String k : row.anyMap().keySet()) {
                    if (!keys.contains(k)) {
                        keys.add(k);
                    }
                }
            }
            List<double[]> values = new ArrayList<>();
            for (Node row : rows) {
                Map<String, Node> m = row.anyMap();
                double[] v = new double[keys.size()];
                for (int j = 0; j < keys.size(); j++) {
                    Node x = m.get(keys.get(j));
                    if (x == null) {
                        throw row.errorAt("misses " + keys.get(j) + ": every point must set the same keys " + keys);
                    }
                    Param p = param(x, keys.get(j));
                    v[j] = x.number();
                    try {
                        p.check(Design.roundFor(p.key(), v[j]));
                    } catch (SpecException e) {
                        throw x.error("must be in " + p.rangeText());
                    }
                }
                values.add(v);
            }
            design = Design.list(keys, values);
        } else {
            forbid(d, "points");
            boolean grid = type.equals("grid");
            List<Factor> factors = factors(required(d, node, "factors"), grid);
            if (grid) {
                forbid(d, "samples", "seed");
                design = Design.grid(factors);
            } else {
                // a Latin hypercube holds all its points in memory; Sobol points are computed when read
                int n = required(d, node, "samples").integer(1, type.equals("lhs") ? LHS_MAX : Integer.MAX_VALUE);
                if (type.equals("lhs")) {
                    long s = d.containsKey("seed") ? d.get("seed").longValue() : masterSeed;
                    design = Design.latinHypercube(factors, n, s);
                } else {
                    forbid(d, "seed");
                    design = Design.sobol(factors, n);
                }
            }
        }
        int check = Math.min(design.size(), CHECKED_POINTS);
        for (int i = 0; i < check; i++) {
            try {
                design.apply(base, i).build();
            } catch (SpecException e) {
                throw node.errorAt("point " + i + " " + describe(design, i) + " makes an invalid scenario: "
                        + e.getMessage());
            }
        }
        return design;
    }

    private static String describe(Design d, int i) {
        double[] p = d.point(i);
        StringBuilder s = new StringBuilder("(");
        for (int j = 0; j < p.length; j++) {
            s.append(j == 0 ? "" : ", ").append(d.keys().get(j)).append('=')
                    .append(ResultColumns.number(Design.roundFor(d.keys().get(j), p[j])));
        }
        return s.append(')').toString();
    }

    private static ExperimentFile.Sensitivity sensitivity(Node node, List<String> columns) {
        Map<String, Node> s = node.map(SENSITIVITY);
        Node m = required(s, node, "method");
        SensitivityStudy.Method method = switch (m.text()) {
            case "morris" -> SensitivityStudy.Method.MORRIS;
            case "sobol" -> SensitivityStudy.Method.SOBOL;
            default -> throw m.error("must be morris or sobol");
        };
        List<Factor> factors = factors(required(s, node, "factors"), false);
        int samples = method == SensitivityStudy.Method.MORRIS
                ? (s.containsKey("samples") ? s.get("samples").integer(2, 1_000_000) : 20)
                : (s.containsKey("samples") ? s.get("samples").integer(2, 10_000_000) : 256);
        int levels = 4;
        if (s.containsKey("levels")) {
            if (method != SensitivityStudy.Method.MORRIS) {
                throw s.get("levels").errorAt("applies to method morris only");
            }
            levels = s.get("levels").integer(2, 100);
            if (levels % 2 != 0) {
                throw s.get("levels").error("must be even");
            }
        }
        int bootstrap = s.containsKey("bootstrap") ? s.get("bootstrap").integer(0, 100_000) : 200;
        List<String> outputs = s.containsKey("outputs") ? columnList(s.get("outputs"), columns)
                : List.of(Summary.CUMULATIVE_OUTPUT.key());
        return new ExperimentFile.Sensitivity(method, factors, samples, levels, bootstrap, outputs);
    }

    private static List<Factor> factors(Node node, boolean levels) {
        Map<String, Node> f = node.anyMap();
        if (f.isEmpty()) {
            throw node.error("needs at least one factor");
        }
        List<Factor> out = new ArrayList<>();
        for (Map.Entry<String, Node> e : f.entrySet()) {
            Node v = e.getValue();
            Param p = param(v, e.getKey());
            if (levels) {
                Node list = v.kind() == Node.Kind.LIST ? v : v.map(LEVELS).get("levels");
                if (list == null) {
                    throw v.errorAt("a grid factor needs levels: [..] (for example levels: [0.2, 0.5, 0.8])");
                }
                List<Node> items = list.list();
                if (items.isEmpty()) {
                    throw list.error("needs at least one level");
                }
                double[] xs = new double[items.size()];
                for (int i = 0; i < xs.length; i++) {
                    xs[i] = checked(items.get(i), p);
                }
                out.add(Factor.levels(p.key(), xs));
            } else {
                Map<String, Node> r = v.map(RANGE);
                Node min = required(r, v, "min");
                Node max = required(r, v, "max");
                double lo = checked(min, p);
                double hi = checked(max, p);
                if (!(lo < hi)) {
                    throw max.error("must be greater than min (" + Node.fmt(lo) + ")");
                }
                out.add(Factor.range(p.key(), lo, hi));
            }
        }
        return out;
    }

    private static double checked(Node n, Param p) {
        double x = n.number();
        try {
            p.check(Design.roundFor(p.key(), x));
        } catch (SpecException e) {
            throw n.error("must be in " + p.rangeText());
        }
        return x;
    }

    /** @return the parameter named by key, or an error at the node with the nearest name */
    static Param param(Node at, String key) {
        return Param.byKey(key).orElseThrow(() -> {
            String near = Suggest.closest(key, Arrays.stream(Param.values()).map(Param::key).toList());
            return at.errorAt("is not a parameter" + (near == null ? "" : " (did you mean " + near + "?)")
                    + "; see docs/MODEL.md for the names");
        });
    }

    private static List<String> columnList(Node node, List<String> columns) {
        List<String> out = new ArrayList<>();
        List<String> numeric = columns.stream().filter(c -> !List.of("point", "replication", "seed", "status", "error")
                .contains(c) && !c.endsWith("_name")).toList();
        for (Node n : node.list()) {
            String c = n.text();
            if (!numeric.contains(c)) {
                String near = Suggest.closest(c, numeric);
                throw n.error("is not a result column" + (near == null ? "" : " (did you mean " + near + "?)")
                        + "; columns: " + String.join(", ", numeric));
            }
            out.add(c.toLowerCase(Locale.ROOT));
        }
        if (out.isEmpty()) {
            throw node.error("needs at least one column");
        }
        return out;
    }

    private static Node required(Map<String, Node> m, Node parent, String key) {
        Node n = m.get(key);
        if (n == null) {
            throw parent.errorAt("needs " + key);
        }
        return n;
    }

    private static void forbid(Map<String, Node> m, String... keys) {
        for (String k : keys) {
            if (m.containsKey(k)) {
                throw m.get(k).errorAt("does not apply to this design type");
            }
        }
    }
}
