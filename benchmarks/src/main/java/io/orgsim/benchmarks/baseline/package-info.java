// SPDX-License-Identifier: Apache-2.0
/**
 * Not API: the peer baseline of the benchmarks, orgsim's agent logic written the way MASON's
 * tutorials write a model (one object per agent, scheduled by MASON).
 */
package io.orgsim.benchmarks.baseline;
