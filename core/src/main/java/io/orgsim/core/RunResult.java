// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core;

import java.util.List;
import java.util.Objects;

/**
 * Everything one run produced, with the spec and seed that made it, so that the run can be
 * repeated exactly.
 *
 * @param spec the spec that was run
 * @param series the per-step metrics
 * @param summaries the per-run figures
 * @param resilience one entry per shock, in the order they hit
 * @since 0.1.0
 */
public record RunResult(ScenarioSpec spec, TimeSeries series, Summaries summaries,
                        List<ShockResilience> resilience) {

    /** @throws NullPointerException when a part is missing */
    public RunResult {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(summaries, "summaries");
        resilience = List.copyOf(resilience);
    }

    /** @return the seed of the run */
    public long seed() {
        return spec.seed();
    }
}
