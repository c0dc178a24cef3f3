// SPDX-License-Identifier: Apache-2.0
/**
 * Many runs: designs over parameters (grid, list, Latin hypercube, Sobol), seeded replications,
 * parallel and resumable sweeps streamed to CSV, comparisons with confidence intervals, and
 * global sensitivity analysis (Morris, Sobol indices). Seeds of every run follow {@link
 * io.orgsim.core.experiment.Seeds}; progress is reported through {@link
 * io.orgsim.core.experiment.Progress}, which callers implement; parallel runs share one kind of
 * pool, {@link io.orgsim.core.experiment.Workers}. Every interval is a
 * {@link io.orgsim.core.experiment.Estimate} at {@link io.orgsim.core.experiment.Statistics#DEFAULT_LEVEL}
 * unless a level is given.
 *
 * @since 0.1.0
 */
package io.orgsim.core.experiment;
