// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core;

/**
 * Watches a run step by step, for live charts, logging or early stopping. Called on the
 * simulation's thread after each step's metrics are recorded; must not block for long.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface StepObserver {

    /**
     * @param step the step just completed, from 0
     * @param metrics this step's values; valid only during the call
     */
    void onStep(int step, StepMetrics metrics);
}
