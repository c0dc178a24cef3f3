// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.ShockTiming;
import io.orgsim.core.TimedShock;
import java.util.Map;

/** Applies command-line overrides to a preset's spec. */
final class Overrides {

    private Overrides() {
    }

    /**
     * Applies the overrides that are given (non-null) and validates the result. A new horizon
     * moves every shock's start in proportion ({@code week * steps / presetSteps}, rounded
     * down), so a pivot "halfway through" stays halfway through; periodic and random shocks
     * keep their period and rate and are drawn again for the new horizon and seed.
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
            b.steps(steps).clearShocks();
            for (TimedShock s : spec.timedShocks()) {
                b.shock(rescale(s.timing(), spec.steps(), steps), s.shock());
            }
        }
        if (agents != null) {
            b.agents(agents);
        }
        params.forEach(b::set);
        return b.build();
    }

    /**
     * Moves a timing's start in proportion to a new horizon; periods and rates, which are
     * per week and per year, stay as they are.
     */
    private static ShockTiming rescale(ShockTiming timing, int from, int to) {
        if (timing instanceof ShockTiming.At at) {
            return new ShockTiming.At(scale(at.week(), from, to));
        }
        if (timing instanceof ShockTiming.Every every) {
            return new ShockTiming.Every(scale(every.first(), from, to), every.period());
        }
        ShockTiming.Poisson poisson = (ShockTiming.Poisson) timing;
        return new ShockTiming.Poisson(poisson.perYear(), scale(poisson.from(), from, to));
    }

    private static int scale(int week, int from, int to) {
        return (int) ((long) week * to / from);
    }
}
