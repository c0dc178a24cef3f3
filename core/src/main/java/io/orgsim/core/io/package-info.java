// SPDX-License-Identifier: Apache-2.0
/**
 * File output: the files of one run ({@link io.orgsim.core.io.ResultFiles}: series.csv and
 * summary.json, as the cli writes them) and output that readers never see half-written
 * ({@link io.orgsim.core.io.AtomicFiles}).
 *
 * @since 0.1.0
 */
package io.orgsim.core.io;
