// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import java.util.List;

/**
 * What a calibration found.
 *
 * @param parameters each fitted parameter with its start, fitted value and uncertainty
 * @param targets each target's simulated value at the start and at the fit
 * @param startObjective the objective at the start (draw 0)
 * @param fitObjective the objective at the fit (draw 0)
 * @param evaluations evaluations made or replayed in this session
 * @param cached evaluations answered from the log
 * @param resumed evaluations the log held when the session began
 * @param searched true when parameters were searched; false when the targets were only measured at the start
 * @param budgetExhausted true when the search stopped at its budget rather than converging
 * @since 0.1.0
 */
public record CalibrationResult(List<Parameter> parameters, List<TargetFit> targets, double startObjective,
                                double fitObjective, int evaluations, int cached, int resumed,
                                boolean searched, boolean budgetExhausted) {

    /** Copies the lists. */
    public CalibrationResult {
        parameters = List.copyOf(parameters);
        targets = List.copyOf(targets);
    }

    /**
     * One fitted parameter.
     *
     * @param key the parameter
     * @param min the low end of its search range
     * @param max the high end of its search range
     * @param start where the search started (the base scenario's value)
     * @param value the fitted value
     * @param sd its standard uncertainty: tolerance-implied plus simulation noise (NaN when no target
     *           responds to it, or without a search)
     * @param noiseSd the part of it due to simulation noise alone
     */
    public record Parameter(String key, double min, double max, double start, double value, double sd,
                            double noiseSd) {
    }

    /**
     * One target, simulated over independent draws of the population.
     *
     * @param target the target
     * @param atStart its simulated value at the start: mean, sd over draws and 95% CI of the mean
     * @param atFit the same at the fit (equal to atStart without a search)
     */
    public record TargetFit(Target target, Estimate atStart, Estimate atFit) {

        /** @return true when the mean at the start is within the target's tolerance */
        public boolean metAtStart() {
            return target.isMetBy(atStart.mean());
        }

        /** @return true when the mean at the fit is within the target's tolerance */
        public boolean metAtFit() {
            return target.isMetBy(atFit.mean());
        }
    }
}
