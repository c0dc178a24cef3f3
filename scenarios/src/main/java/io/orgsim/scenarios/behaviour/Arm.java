// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.behaviour;

import io.orgsim.core.Param;
import io.orgsim.core.SpecException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One arm of an ablation: parameters set in every catalog scenario, for example a mechanism
 * switched off ({@code mechanism.NAME: 0}).
 *
 * @param name the arm's label in tables, letters, digits, '.', '_' or '-'
 * @param overrides parameters by key, applied in every scenario; empty for the baseline
 */
public record Arm(String name, Map<String, Double> overrides) {

    /** Key prefix of the parameters that switch a mechanism on (1) or off (0). */
    public static final String MECHANISM_PREFIX = "mechanism.";
    /** The name of the arm that changes nothing. */
    public static final String BASELINE = "baseline";

    /** @throws SpecException when the name is not a label or a key is not a parameter */
    public Arm {
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw new SpecException("arms", "\"" + name + "\"", "an arm's name must be letters, digits, '.', '_' or '-'");
        }
        overrides = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
        for (Map.Entry<String, Double> e : overrides.entrySet()) {
            Param p = Param.byKey(e.getKey()).orElseThrow(() -> new SpecException("arms." + name + "." + e.getKey(),
                    Param.format(e.getValue()), "is not a parameter; the names are listed in docs/MODEL.md"));
            try {
                p.check(e.getValue());
            } catch (SpecException ex) {
                throw new SpecException("arms." + name + "." + e.getKey(), Param.format(e.getValue()),
                        "must be in " + p.rangeText());
            }
        }
    }

    /** @return the arm that changes nothing */
    public static Arm baseline() {
        return new Arm(BASELINE, Map.of());
    }

    /**
     * One arm per mechanism of the model: every parameter whose key starts with
     * {@value #MECHANISM_PREFIX}, set to 0.
     *
     * @return the arms, in parameter order
     * @throws SpecException when the model has no such parameter
     */
    public static List<Arm> mechanisms() {
        List<Arm> arms = new ArrayList<>();
        for (Param p : Param.values()) {
            if (p.key().startsWith(MECHANISM_PREFIX)) {
                arms.add(new Arm("no-" + p.key().substring(MECHANISM_PREFIX.length()), Map.of(p.key(), p.min())));
            }
        }
        if (arms.isEmpty()) {
            throw new SpecException("arms", "none", "this model has no " + MECHANISM_PREFIX
                    + "* parameter to switch off; give arms in an ablation file (ablation.arms: {NAME: {KEY: VALUE}})");
        }
        return List.copyOf(arms);
    }
}
