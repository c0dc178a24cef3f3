// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

/**
 * Which run of an experiment: a design point and a replication of it.
 *
 * @param point the design point's index, from 0
 * @param replication the replication's index, from 0
 * @since 0.1.0
 */
public record RunKey(int point, int replication) {
}
