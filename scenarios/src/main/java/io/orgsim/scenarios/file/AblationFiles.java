// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.file;

import io.orgsim.core.Param;
import io.orgsim.core.SpecException;
import io.orgsim.scenarios.behaviour.Ablation;
import io.orgsim.scenarios.behaviour.Arm;
import io.orgsim.scenarios.behaviour.Behaviour;
import io.orgsim.scenarios.behaviour.BehaviourCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads ablation files (YAML, docs/EXPERIMENTS.md): the arms (each a set of parameter
 * overrides), the behaviours, and the settings of the catalog. Errors name the file, line,
 * column and field, as for experiment files.
 *
 * <pre>
 * name: ablation-demo
 * ablation:
 *   arms:                        # default: one arm per mechanism.* parameter, set to 0
 *     no-safety: {leadership.safety: 0}
 *   behaviours: [1, 2, 3, 4, 5, 6]
 *   agents: 300                  # default: the presets' own
 *   alpha: 0.01
 * replications: 30
 * seed: 2026
 * threads: 2
 * outputs: {dir: out/ablation-demo}
 * </pre>
 *
 * @since 0.1.0
 */
public final class AblationFiles {

    static final List<String> TOP = List.of("name", "ablation", "replications", "seed", "threads", "outputs");
    static final List<String> ABLATION = List.of("arms", "behaviours", "agents", "alpha");
    static final List<String> OUTPUTS = List.of("dir");

    /**
     * An ablation read from a file, with its output directory.
     *
     * @param name the experiment's name
     * @param ablation the experiment
     * @param out the output directory
     */
    public record AblationFile(String name, Ablation ablation, Path out) {
    }

    private AblationFiles() {
    }

    /**
     * @param file a YAML file
     * @param threads the worker threads when the file gives none
     * @return the ablation
     * @throws ScenarioFileException when the file cannot be read or is not valid
     */
    public static AblationFile load(Path file, int threads) {
        return parse(file, ExperimentFiles.readText(file), ExperimentFiles.stem(file), threads);
    }

    /**
     * @param source the file name used in messages
     * @param yaml the text
     * @param defaultName the name when the text gives none
     * @param threads the worker threads when the text gives none
     * @return the ablation
     * @throws ScenarioFileException when the text is not valid
     */
    public static AblationFile parse(Path source, String yaml, String defaultName, int threads) {
        Node root = Node.parse(source.toString(), yaml);
        Map<String, Node> top = root.map(TOP);
        String name = top.containsKey("name") ? top.get("name").text() : defaultName;
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw (top.containsKey("name") ? top.get("name") : root).error(
                    "must be letters, digits, '.', '_' or '-' (it names the output directory)");
        }
        BehaviourCatalog.Settings settings = BehaviourCatalog.Settings.defaults().withThreads(threads);
        if (top.containsKey("replications")) {
            settings = settings.withReplications(top.get("replications").integer(2, 1_000_000));
        }
        if (top.containsKey("seed")) {
            settings = settings.withSeed(top.get("seed").longValue());
        }
        if (top.containsKey("threads")) {
            settings = settings.withThreads(top.get("threads").integer(1, 1024));
        }
        List<Arm> arms = null;
        EnumSet<Behaviour> behaviours = EnumSet.allOf(Behaviour.class);
        Node section = top.get("ablation");
        Map<String, Node> a = section == null ? Map.of() : section.map(ABLATION);
        if (a.containsKey("agents")) {
            Node n = a.get("agents");
            settings = settings.withAgents(n.integer((int) Param.AGENTS.min(), (int) Param.AGENTS.max()));
        }
        if (a.containsKey("alpha")) {
            double alpha = a.get("alpha").number();
            if (!(alpha > 0 && alpha < 1)) {
                throw a.get("alpha").error("must be in (0, 1)");
            }
            settings = new BehaviourCatalog.Settings(settings.replications(), settings.seed(), settings.threads(),
                    settings.agents(), alpha);
        }
        if (a.containsKey("behaviours")) {
            behaviours = EnumSet.noneOf(Behaviour.class);
            for (Node n : a.get("behaviours").list()) {
                behaviours.add(Behaviour.number(n.integer(1, Behaviour.values().length)));
            }
            if (behaviours.isEmpty()) {
                throw a.get("behaviours").error("needs at least one behaviour, from 1 to 6");
            }
        }
        if (a.containsKey("arms")) {
            arms = new ArrayList<>();
            for (Map.Entry<String, Node> e : a.get("arms").anyMap().entrySet()) {
                arms.add(arm(e.getKey(), e.getValue()));
            }
            if (arms.isEmpty()) {
                throw a.get("arms").error("needs at least one arm, for example no-safety: {leadership.safety: 0}");
            }
        }
        Path out = Path.of("out", name);
        if (top.containsKey("outputs")) {
            Map<String, Node> o = top.get("outputs").map(OUTPUTS);
            if (o.containsKey("dir")) {
                out = Path.of(o.get("dir").text());
            }
        }
        try {
            return new AblationFile(name, new Ablation(arms == null ? Arm.mechanisms() : arms, behaviours, settings),
                    out);
        } catch (SpecException e) {
            throw (section != null ? section : root).errorAt(e.getMessage());
        }
    }

    private static Arm arm(String name, Node node) {
        Map<String, Double> overrides = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : node.anyMap().entrySet()) {
            Node v = e.getValue();
            Param p = Param.byKey(e.getKey()).orElseThrow(() -> {
                String near = Suggest.closest(e.getKey(), java.util.Arrays.stream(Param.values()).map(Param::key)
                        .toList());
                return v.errorAt("is not a parameter" + (near == null ? "" : " (did you mean " + near + "?)")
                        + "; see docs/MODEL.md for the names");
            });
            double x = v.number();
            try {
                p.check(x);
            } catch (SpecException ex) {
                throw v.error("must be in " + p.rangeText());
            }
            overrides.put(p.key(), x);
        }
        if (overrides.isEmpty()) {
            throw node.error("needs at least one parameter, for example {leadership.safety: 0}");
        }
        try {
            return new Arm(name, overrides);
        } catch (SpecException e) {
            throw node.errorAt(e.getMessage());
        }
    }
}
