// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.file;

import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.SpecException;
import io.orgsim.core.experiment.Calibration;
import io.orgsim.core.experiment.Factor;
import io.orgsim.core.experiment.Measure;
import io.orgsim.core.experiment.Population;
import io.orgsim.core.experiment.Target;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads calibration target files (YAML, docs/CALIBRATION.md): the population of simulated
 * units the targets are measured on, the named targets with their values, tolerances and
 * whether each relation is true-score or observed through a survey, and optionally the
 * parameters to fit with their ranges and the search's settings. Errors name the file, line,
 * column and field.
 *
 * @since 0.1.0
 */
public final class TargetFiles {

    static final List<String> TOP = List.of("name", "population", "targets", "fit", "calibration");
    static final List<String> POPULATION = List.of("units", "params", "sample", "subLeverSpread", "seed");
    static final List<String> TARGET = List.of("correlation", "mean", "relation", "reliability", "value",
            "tolerance", "source");
    static final List<String> XY = List.of("x", "y");
    static final List<String> RELATIONS = List.of("true-score", "observed");
    static final List<String> SETTINGS = List.of("budget", "replications", "seed");

    /**
     * A target file.
     *
     * @param name its name (the file's name without extension when not given)
     * @param population the units the targets are measured on
     * @param targets the targets
     * @param fit the parameters to fit with their ranges; empty when the file names none
     * @param budget the search's most evaluations
     * @param replications independent draws of the population for the confidence intervals
     * @param seed the seed of the search
     */
    public record TargetFile(String name, Population population, List<Target> targets, List<Factor> fit, int budget,
                             int replications, long seed) {

        /** Copies the lists. */
        public TargetFile {
            targets = List.copyOf(targets);
            fit = List.copyOf(fit);
        }

        /** @return a calibration of this file, ready for overrides */
        public Calibration.Builder calibration() {
            return Calibration.builder().population(population).targets(targets).fit(fit).budget(budget)
                    .replications(replications).seed(seed);
        }
    }

    private TargetFiles() {
    }

    /**
     * @param file a YAML file
     * @return the targets
     * @throws ScenarioFileException when the file cannot be read or is not valid
     */
    public static TargetFile load(Path file) {
        return parse(file, ExperimentFiles.readText(file), ExperimentFiles.stem(file));
    }

    /**
     * @param source the file name used in messages
     * @param yaml the text
     * @param defaultName the name when the text gives none
     * @return the targets
     * @throws ScenarioFileException when the text is not valid
     */
    public static TargetFile parse(Path source, String yaml, String defaultName) {
        Node root = Node.parse(source.toString(), yaml);
        Map<String, Node> top = root.map(TOP);
        String name = top.containsKey("name") ? top.get("name").text() : defaultName;
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw (top.containsKey("name") ? top.get("name") : root).error(
                    "must be letters, digits, '.', '_' or '-' (it names the output directory)");
        }
        Population population = population(required(top, root, "population"));
        Node targetsNode = required(top, root, "targets");
        List<Target> targets = new ArrayList<>();
        for (Map.Entry<String, Node> e : targetsNode.anyMap().entrySet()) {
            targets.add(target(e.getKey(), e.getValue()));
        }
        if (targets.isEmpty()) {
            throw targetsNode.error("needs at least one target");
        }
        List<Factor> fit = top.containsKey("fit") ? ranges(top.get("fit"), population) : List.of();
        int budget = 100;
        int replications = 10;
        long seed = 1;
        if (top.containsKey("calibration")) {
            Map<String, Node> s = top.get("calibration").map(SETTINGS);
            if (s.containsKey("budget")) {
                budget = s.get("budget").integer(0, 1_000_000);
            }
            if (s.containsKey("replications")) {
                replications = s.get("replications").integer(2, 10_000);
            }
            if (s.containsKey("seed")) {
                seed = s.get("seed").longValue();
            }
        }
        return new TargetFile(name, population, targets, fit, budget, replications, seed);
    }

    /**
     * Reads parameter ranges to fit, {@code KEY: {min: A, max: B}}.
     *
     * @param node the mapping
     * @param population the population, whose sampled parameters cannot be fitted
     * @return the ranges
     */
    private static List<Factor> ranges(Node node, Population population) {
        List<Factor> out = new ArrayList<>();
        for (Map.Entry<String, Node> e : node.anyMap().entrySet()) {
            Node v = e.getValue();
            Param p = ExperimentFiles.param(v, e.getKey());
            Factor f = range(v, p);
            if (population.samples(p.key())) {
                throw v.errorAt("is drawn per unit by the population (population.sample); it cannot also be fitted");
            }
            out.add(f);
        }
        return out;
    }

    private static Population population(Node node) {
        Map<String, Node> m = node.map(POPULATION);
        int units = required(m, node, "units").integer(3, 1_000_000);
        ScenarioSpec.Builder base = ScenarioSpec.builder().name("unit");
        if (m.containsKey("params")) {
            for (Map.Entry<String, Node> e : m.get("params").anyMap().entrySet()) {
                Node v = e.getValue();
                Param p = ExperimentFiles.param(v, e.getKey());
                double x = v.number();
                try {
                    p.check(x);
                } catch (SpecException ex) {
                    throw v.error("must be in " + p.rangeText());
                }
                base.set(p, x);
            }
        }
        ScenarioSpec spec;
        try {
            spec = base.build();
        } catch (SpecException e) {
            throw (m.containsKey("params") ? m.get("params") : node).errorAt("make an invalid unit: " + e.getMessage());
        }
        List<Factor> sampled = new ArrayList<>();
        if (m.containsKey("sample")) {
            for (Map.Entry<String, Node> e : m.get("sample").anyMap().entrySet()) {
                sampled.add(range(e.getValue(), ExperimentFiles.param(e.getValue(), e.getKey())));
            }
        }
        double spread = m.containsKey("subLeverSpread") ? m.get("subLeverSpread").number(0, 1) : 0;
        long seed = m.containsKey("seed") ? m.get("seed").longValue() : 1;
        return new Population(spec, units, sampled, spread, seed);
    }

    private static Target target(String name, Node node) {
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw node.errorAt("the target's name must be letters, digits, '.', '_' or '-'");
        }
        Map<String, Node> m = node.map(TARGET);
        boolean correlation = m.containsKey("correlation");
        if (correlation == m.containsKey("mean")) {
            throw node.errorAt("needs exactly one of correlation: {x: ..., y: ...} or mean: MEASURE");
        }
        double value = required(m, node, "value").number();
        Node tolNode = required(m, node, "tolerance");
        double tolerance = tolNode.number();
        if (!(tolerance > 0)) {
            throw tolNode.error("must be positive");
        }
        String source = m.containsKey("source") ? m.get("source").text() : "";
        if (!correlation) {
            for (String k : List.of("relation", "reliability")) {
                if (m.containsKey(k)) {
                    throw m.get(k).errorAt("applies to a correlation only");
                }
            }
            return Target.mean(name, measure(m.get("mean")), value, tolerance, source);
        }
        if (!(value >= -1 && value <= 1)) {
            throw m.get("value").error("a correlation must be in [-1, 1]");
        }
        Map<String, Node> xy = m.get("correlation").map(XY);
        Measure x = measure(required(xy, m.get("correlation"), "x"));
        Measure y = measure(required(xy, m.get("correlation"), "y"));
        Node rel = m.get("relation");
        if (rel == null) {
            throw node.errorAt("needs relation: true-score (compare with values corrected for unreliability) or "
                    + "observed (through a survey, with reliability: {x: ..., y: ...})");
        }
        if (!RELATIONS.contains(rel.text())) {
            throw rel.error("must be true-score or observed");
        }
        if (rel.text().equals("true-score")) {
            if (m.containsKey("reliability")) {
                throw m.get("reliability").errorAt("applies to an observed relation only");
            }
            return Target.trueScoreCorrelation(name, x, y, value, tolerance, source);
        }
        Node r = required(m, node, "reliability");
        Map<String, Node> rxy = r.map(XY);
        double rx = reliability(required(rxy, r, "x"));
        double ry = reliability(required(rxy, r, "y"));
        return new Target(name, Target.Kind.CORRELATION, x, y, Target.Relation.OBSERVED, rx, ry, value, tolerance,
                source);
    }

    private static double reliability(Node n) {
        double v = n.number();
        if (!(v > 0 && v <= 1)) {
            throw n.error("must be in (0, 1]");
        }
        return v;
    }

    /** A measure: a key, a list of keys (their mean), or {standardized: [keys]} (the mean of their z-scores). */
    private static Measure measure(Node node) {
        boolean standardized = node.kind() == Node.Kind.MAP;
        Node of = standardized ? required(node.map(List.of("standardized")), node, "standardized") : node;
        List<String> keys = of.kind() == Node.Kind.LIST ? of.list().stream().map(Node::text).toList()
                : List.of(of.text());
        try {
            return new Measure(keys, standardized);
        } catch (SpecException e) {
            throw node.error(e.getMessage().substring(e.getMessage().indexOf(':') + 1).trim());
        }
    }

    private static Factor range(Node v, Param p) {
        Map<String, Node> r = v.map(List.of("min", "max"));
        double lo = bounded(required(r, v, "min"), p);
        double hi = bounded(required(r, v, "max"), p);
        if (!(lo < hi)) {
            throw r.get("max").error("must be greater than min (" + Node.fmt(lo) + ")");
        }
        return Factor.range(p.key(), lo, hi);
    }

    private static double bounded(Node n, Param p) {
        double x = n.number();
        if (!(x >= p.min() && x <= p.max())) {
            throw n.error("must be in " + p.rangeText());
        }
        return x;
    }

    private static Node required(Map<String, Node> m, Node parent, String key) {
        Node n = m.get(key);
        if (n == null) {
            throw parent.errorAt("needs " + key);
        }
        return n;
    }
}
