// SPDX-License-Identifier: Apache-2.0
package io.orgsim.benchmarks.baseline;

/**
 * A team: its lead's own skills, the levers as the team realises them this week, the sum of
 * its members' new directions, how far they agree, its week's performance, its learning and
 * its results.
 */
final class Team {
    /** The lead's leadership and management skill, as deviations from the levers. */
    double leadLeadership;
    double leadManagement;
    // the week's realised levers and what follows from them
    double vision;
    double inspiration;
    double safety;
    double planning;
    double process;
    double accountability;
    double autonomy;
    double coordination;
    double overhead;
    double redirection;
    double conflict;
    double floor;
    double productivity;
    double proposeChance;
    double implementChance;
    double errorChance;
    double reportChance;
    double catchChance;
    double onboarding;
    double demand;
    /** The part of the engagement target the team sets: base, climate, clarity, support, red tape. */
    double target;
    double nextResult;
    // the week's sums and draws
    double sumX;
    double sumY;
    int count;
    double agreement;
    double performance;
    double achievedSum;
    int members;
    int reported;
    /** The team's learning stock. */
    double learning;
    /** Last week's results, and this week's as they are summed. */
    double result;
    /** Members present at the end of last week, and this week's count as the agents add to it. */
    int present;
    int presentNow;
    /** Positions in the team. */
    int size;
    /**
     * Mean propensity to lead of the members present at the end of last week (at week 0, of
     * all the team's positions), and this week's sum as the agents add to it.
     */
    double propensity;
    double propensityNow;
}
