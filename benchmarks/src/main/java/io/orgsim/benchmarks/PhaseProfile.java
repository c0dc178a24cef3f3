// SPDX-License-Identifier: Apache-2.0
package io.orgsim.benchmarks;

import io.orgsim.core.Simulation;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Time per phase of the array model: reaches the model through {@code Simulation}'s
 * package-private {@code model()} and calls the package-private phase methods of
 * {@code io.orgsim.core.internal.Organization} by reflection, in the week's order, and
 * times each. For profiling only; it fails soft (returns an empty map) when the phases are
 * renamed.
 */
final class PhaseProfile {

    static final String[] PHASES = {"environment", "directions", "work", "turnover", "measure"};

    private PhaseProfile() {
    }

    /**
     * @param simulation a built simulation; its organization is stepped {@code weeks} more weeks
     * @param weeks weeks to time (after one untimed week)
     * @return mean nanoseconds per call of each phase, in week order; empty if unavailable
     */
    static Map<String, Double> nanosPerPhase(Simulation simulation, int weeks) {
        Map<String, Double> result = new LinkedHashMap<>();
        try {
            Method modelOf = Simulation.class.getDeclaredMethod("model"); // package-private, not API
            modelOf.setAccessible(true);
            Object model = modelOf.invoke(simulation);
            Object organization = model.getClass().getMethod("organization").invoke(model);
            Method[] phases = new Method[PHASES.length];
            for (int p = 0; p < PHASES.length; p++) {
                phases[p] = organization.getClass().getDeclaredMethod(PHASES[p]);
                phases[p].setAccessible(true);
            }
            long[] total = new long[PHASES.length];
            for (int w = 0; w <= weeks; w++) {
                for (int p = 0; p < PHASES.length; p++) {
                    long start = System.nanoTime();
                    phases[p].invoke(organization);
                    if (w > 0) {
                        total[p] += System.nanoTime() - start;
                    }
                }
            }
            for (int p = 0; p < PHASES.length; p++) {
                result.put(PHASES[p], total[p] / (double) weeks);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            result.clear();
        }
        return result;
    }
}
