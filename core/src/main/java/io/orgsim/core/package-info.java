// SPDX-License-Identifier: Apache-2.0
/**
 * The public API of the orgsim engine: an immutable, validated {@link io.orgsim.core.ScenarioSpec}
 * (parameters in {@link io.orgsim.core.Param}, shocks in {@link io.orgsim.core.Shock} and their
 * timings), one run with {@link io.orgsim.core.OrgSim#run} or step by step with
 * {@link io.orgsim.core.Simulation}, and its {@link io.orgsim.core.RunResult}: weekly
 * {@link io.orgsim.core.Metric} series, per-run {@link io.orgsim.core.Summary} values and the
 * {@link io.orgsim.core.ShockResilience} of every shock. Extension points: {@link io.orgsim.core.Shock}
 * (acting through {@link io.orgsim.core.ShockTarget}) and {@link io.orgsim.core.StepObserver}.
 * The windows of weeks that summaries average over are {@link io.orgsim.core.AnalysisWindows}.
 * {@link io.orgsim.core.Simulation} does not hand out MASON's state; its checkpoints are
 * {@link io.orgsim.core.Checkpoints}.
 *
 * @since 0.1.0
 */
package io.orgsim.core;
