// SPDX-License-Identifier: Apache-2.0
/**
 * Sweeps of experiment files on Apache Spark ({@link io.orgsim.spark.SparkSweep}, the main
 * class of {@code orgsim-spark.jar} for {@code spark-submit}; docs/DISTRIBUTED.md).
 */
package io.orgsim.spark;
