// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import io.orgsim.core.ScenarioSpec;
import io.orgsim.scenarios.Horizon;
import java.util.Map;

/** Applies command-line overrides to a preset's spec. */
final class Overrides {

    private Overrides() {
    }

    /**
     * Applies the overrides that are given (non-null) and validates the result. A new horizon
     * moves the shocks along ({@link Horizon#move}).
     *
     * @param spec the preset's spec
     * @param seed the seed, or null to keep the preset's
     * @param steps the horizon, or null
     * @param agents the number of agents, or null
     * @param params other parameters by key, applied last
     * @return the validated spec
     * @throws io.orgsim.core.SpecException naming the first field out of range
     */
    static ScenarioSpec apply(ScenarioSpec spec, Long seed, Integer steps, Integer agents,
                              Map<String, Double> params) {
        ScenarioSpec.Builder b = spec.toBuilder();
        if (seed != null) {
            b.seed(seed);
        }
        if (steps != null) {
            Horizon.move(spec, b, steps);
        }
        if (agents != null) {
            b.agents(agents);
        }
        params.forEach((key, value) -> {
            if (io.orgsim.core.Param.byKey(key).isEmpty()) {
                throw new io.orgsim.core.SpecException("--set", key, "is not a parameter" + PresetNames.suggestion(key,
                        java.util.Arrays.stream(io.orgsim.core.Param.values()).map(io.orgsim.core.Param::key).toList())
                        + "; the names are in docs/MODEL.md");
            }
            b.set(key, value);
        });
        return b.build();
    }

}
