// SPDX-License-Identifier: Apache-2.0
/**
 * Not API: JMH benchmarks of the engine and the quick ratio report (benchmarks/README.md).
 */
package io.orgsim.benchmarks;
