// SPDX-License-Identifier: Apache-2.0
package io.orgsim.benchmarks.baseline;

/** A team: the sum of its members' new directions this week, how far they agree, and its week's performance. */
final class Team {
    double sumX;
    double sumY;
    int count;
    double agreement;
    double performance;
}
