// SPDX-License-Identifier: Apache-2.0
package io.orgsim.web;

import io.orgsim.core.Metric;
import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.Simulation;
import io.orgsim.scenarios.Preset;
import io.orgsim.scenarios.Presets;
import io.orgsim.scenarios.Sector;
import io.orgsim.viz.Labels;
import io.orgsim.viz.Palette;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the pages offer, read from the engine rather than written down twice: the presets
 * grouped by family, the levers that may move during a run, the shocks, and every metric
 * with its label and display scale.
 */
final class Catalog {

    /** The metrics charted first; any metric of {@link Metric} can be picked on the page. */
    static final List<Metric> CHARTED = List.of(Metric.OUTPUT, Metric.ENGAGEMENT, Metric.FRUSTRATION,
            Metric.WASTE_SHARE, Metric.DEPARTURES, Metric.IDEAS_IMPLEMENTED);

    private final List<Preset> presets;
    private final Map<String, Preset> byName = new LinkedHashMap<>();
    private final Palette palette;
    private final List<Param> liveLevers;
    private final Map<String, Object> json;

    /**
     * @param presets the presets offered, at least one
     */
    Catalog(List<Preset> presets) {
        if (presets.isEmpty()) {
            throw new IllegalArgumentException("the dashboard needs at least one preset");
        }
        this.presets = List.copyOf(presets);
        presets.forEach(p -> byName.put(p.name(), p));
        this.palette = Palette.forScenarios(presets.stream().map(Preset::name).toList());
        this.liveLevers = probeLiveLevers();
        this.json = describe();
    }

    /** @return the catalog of every built-in preset */
    static Catalog builtIn() {
        return new Catalog(Presets.builtIn().all());
    }

    /**
     * The levers {@link Simulation#setLever} accepts, found by asking a tiny simulation, so the
     * list follows the engine: the two levers first, then their sub-levers, then the rest.
     */
    private static List<Param> probeLiveLevers() {
        Simulation probe = new Simulation(ScenarioSpec.builder().agents(10).set(Param.NETWORK_DEGREE, 2).steps(1)
                .build());
        List<Param> live = new ArrayList<>();
        for (Param p : Param.values()) {
            try {
                probe.setLever(p, probe.lever(p));
                live.add(p);
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // not a live lever
            }
        }
        List<Param> ordered = new ArrayList<>();
        for (Param top : List.of(Param.LEADERSHIP, Param.MANAGEMENT)) {
            if (live.contains(top)) {
                ordered.add(top);
            }
            live.stream().filter(p -> p.parent() == top).forEach(ordered::add);
            if (top == Param.LEADERSHIP && live.contains(Param.DISTRIBUTED)) {
                ordered.add(Param.DISTRIBUTED); // leadership's other face: who exercises it
            }
        }
        live.stream().filter(p -> !ordered.contains(p)).forEach(ordered::add);
        return List.copyOf(ordered);
    }

    private Map<String, Object> describe() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("families", families());
        List<Map<String, Object>> ps = new ArrayList<>();
        for (Preset p : presets) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("description", p.description());
            m.put("color", Palette.hex(palette.color(p.name())));
            m.put("steps", p.spec().steps());
            ps.add(m);
        }
        out.put("presets", ps);
        List<Map<String, Object>> levers = new ArrayList<>();
        for (Param p : liveLevers) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", p.key());
            m.put("parent", p.parent() == null ? null : p.parent().key());
            m.put("meaning", p.description());
            m.put("min", p.min());
            m.put("max", p.max());
            levers.add(m);
        }
        out.put("levers", levers);
        List<Map<String, Object>> shocks = new ArrayList<>();
        for (ShockLibrary.Entry e : ShockLibrary.ALL) {
            shocks.add(Map.of("id", e.id(), "label", e.label(), "description", e.shock().toString()));
        }
        out.put("shocks", shocks);
        List<Map<String, Object>> metrics = new ArrayList<>();
        for (Metric m : Metric.values()) {
            Labels.Axis axis = Labels.of(m);
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("key", m.key());
            d.put("name", axis.name());
            d.put("label", axis.label());
            d.put("scale", axis.scale());
            d.put("decimals", axis.decimals());
            d.put("meaning", m.description());
            metrics.add(d);
        }
        out.put("metrics", metrics);
        out.put("charted", CHARTED.stream().map(Metric::key).toList());
        out.put("colors", colors());
        return out;
    }

    /**
     * The presets by family: "general" for the four quadrants, "equal budget" for the
     * presets that spend the same lever total, one per sector, and "other" for the rest. Each
     * family names the prefix its buttons leave out ("healthcare-" on healthcare's).
     */
    private List<Map<String, Object>> families() {
        List<Map<String, Object>> out = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        Presets registry = Presets.builtIn();
        List<String> quadrants = registry.quadrants().stream().map(Preset::name).toList();
        addFamily(out, placed, "general", "the default organization: the four quadrants", "", quadrants);
        addFamily(out, placed, "equal budget", "leadership + management spend the same total, split three ways",
                "budget-", registry.equalBudget().stream().map(Preset::name).toList());
        for (Sector s : Sector.all()) {
            addFamily(out, placed, s.name(), s.description(), s.name() + "-",
                    quadrants.stream().map(q -> s.name() + "-" + q).toList());
        }
        addFamily(out, placed, "other", "more presets", "",
                presets.stream().map(Preset::name).filter(n -> !placed.contains(n)).toList());
        return out;
    }

    /** Adds a family of the presets offered among {@code names}, unless it would be empty. */
    private void addFamily(List<Map<String, Object>> out, Set<String> placed, String name, String description,
            String prefix, List<String> names) {
        List<String> offered = names.stream().filter(byName::containsKey).filter(n -> !placed.contains(n)).toList();
        if (!offered.isEmpty()) {
            out.add(Map.of("name", name, "description", description, "prefix", prefix, "presets", offered));
            placed.addAll(offered);
        }
    }

    /** @return the catalog as the page reads it */
    Map<String, Object> json() {
        return json;
    }

    /** @return the report's colours, in the order lanes take them when their preset's is taken */
    List<String> colors() {
        return List.of(Palette.BLUE, Palette.ORANGE, Palette.GREEN, Palette.PURPLE, Palette.VERMILLION,
                Palette.SKY, Palette.BLACK).stream().map(Palette::hex).toList();
    }

    /** @return every preset, in catalog order */
    List<Preset> presets() {
        return presets;
    }

    /**
     * @param name a preset name
     * @return the preset
     * @throws Http.Refused naming the presets when there is none by that name
     */
    Preset preset(String name) {
        return find(name).orElseThrow(() -> Http.bad("preset = \"" + name + "\": must be one of "
                + String.join(", ", byName.keySet())));
    }

    Optional<Preset> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** @return the levers that may move during a run */
    List<Param> liveLevers() {
        return liveLevers;
    }

    /**
     * @param key a lever's key
     * @return the live lever
     * @throws Http.Refused when it is not one
     */
    Param lever(String key) {
        return liveLevers.stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow(() -> Http.bad(
                "lever = \"" + key + "\": must be one of " + String.join(", ",
                        liveLevers.stream().map(Param::key).toList())));
    }

    /**
     * @param name a preset's name
     * @return its colour in the report's palette
     */
    String color(String name) {
        return Palette.hex(palette.color(name));
    }
}
