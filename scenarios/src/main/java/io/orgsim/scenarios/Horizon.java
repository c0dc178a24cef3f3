// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios;

import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.ShockTiming;
import io.orgsim.core.TimedShock;

/**
 * A new horizon for a scenario, with its shocks moved along: every shock's start moves in
 * proportion ({@code week * steps / oldSteps}, rounded down), so a pivot "halfway through"
 * stays halfway through; periods and Poisson rates, which are per week and per year, stay as
 * they are, and random shocks are drawn again for the new horizon and seed. Used by
 * {@code --steps} and by {@code run.steps} in a scenario file that keeps its preset's shocks.
 *
 * @since 0.1.0
 */
public final class Horizon {

    private Horizon() {
    }

    /**
     * @param spec the scenario whose shocks are moved
     * @param b a builder to set the horizon and shocks on (for example {@code spec.toBuilder()})
     * @param steps the new horizon
     * @return the builder
     */
    public static ScenarioSpec.Builder move(ScenarioSpec spec, ScenarioSpec.Builder b, int steps) {
        b.steps(steps).clearShocks();
        for (TimedShock s : spec.timedShocks()) {
            b.shock(rescale(s.timing(), spec.steps(), steps), s.shock());
        }
        return b;
    }

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
