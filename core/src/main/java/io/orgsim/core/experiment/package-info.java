// SPDX-License-Identifier: Apache-2.0
/**
 * Many runs: designs over parameters (grid, list, Latin hypercube, Sobol), seeded replications,
 * parallel and resumable sweeps streamed to CSV, comparisons with confidence intervals, and
 * global sensitivity analysis (Morris, Sobol indices). Seeds of every run follow {@link
 * io.orgsim.core.experiment.Seeds}; progress is reported through {@link
 * io.orgsim.core.experiment.Progress}, which callers implement.
 */
package io.orgsim.core.experiment;
