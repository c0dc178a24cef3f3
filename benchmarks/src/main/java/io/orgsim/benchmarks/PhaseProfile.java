// SPDX-License-Identifier: Apache-2.0
package io.orgsim.benchmarks;

import io.orgsim.core.Simulation;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Time per phase of the array model: reaches the model through {@code Simulation}'s
 * package-private {@code model()} and calls the package-private phase methods of
 * {@code io.orgsim.core.internal.Organization} by reflection, in the week's order (that of
 * {@code MasonModel}'s week), and times each. For profiling only. When a phase is renamed or
 * removed it fails with the name of the missing method (it once returned an empty map, and
 * {@code Quick} silently printed no phases for as long as the list was out of date).
 */
final class PhaseProfile {

    static final String[] PHASES = {"environment", "directions", "work", "measure"};

    private PhaseProfile() {
    }

    /**
     * @param simulation a built simulation; its organization is stepped {@code weeks} more weeks
     *     (one phase at a time: shocks, planning cycles and the recorder are not stepped)
     * @param weeks weeks to time (after one untimed week)
     * @return mean nanoseconds per call of each phase, in week order
     * @throws IllegalStateException when the model has no such phase any more, or a phase fails
     */
    static Map<String, Double> nanosPerPhase(Simulation simulation, int weeks) {
        Object organization;
        Method[] phases = new Method[PHASES.length];
        try {
            Method modelOf = Simulation.class.getDeclaredMethod("model"); // package-private, not API
            modelOf.setAccessible(true);
            Object model = modelOf.invoke(simulation);
            organization = model.getClass().getMethod("organization").invoke(model);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("PhaseProfile cannot reach the organization through Simulation.model()."
                    + "organization(): " + e + "; update benchmarks/PhaseProfile.java", e);
        }
        for (int p = 0; p < PHASES.length; p++) {
            try {
                phases[p] = organization.getClass().getDeclaredMethod(PHASES[p]);
                phases[p].setAccessible(true);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalStateException(organization.getClass().getName() + " has no phase method "
                        + PHASES[p] + "() any more (" + e + "); update PhaseProfile.PHASES to the week of "
                        + "MasonModel.start()", e);
            }
        }
        long[] total = new long[PHASES.length];
        for (int w = 0; w <= weeks; w++) {
            for (int p = 0; p < PHASES.length; p++) {
                long start = System.nanoTime();
                try {
                    phases[p].invoke(organization);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("phase " + PHASES[p] + " failed: " + e.getCause(), e);
                }
                if (w > 0) {
                    total[p] += System.nanoTime() - start;
                }
            }
        }
        Map<String, Double> result = new LinkedHashMap<>();
        for (int p = 0; p < PHASES.length; p++) {
            result.put(PHASES[p], total[p] / (double) weeks);
        }
        return result;
    }
}
