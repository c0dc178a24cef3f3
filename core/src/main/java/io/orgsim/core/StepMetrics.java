// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core;

/**
 * A read-only view of one step's metric values, handed to a {@link StepObserver}.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface StepMetrics {

    /**
     * @param m a metric
     * @return its value at this step
     */
    double get(Metric m);
}
