// SPDX-License-Identifier: Apache-2.0
package io.orgsim.benchmarks;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A probe of data layouts, not of the model: one week of the engagement update of {@code
 * Organization.workBlock} (aspiration, change fatigue, autonomy, exhaustion, recognition and
 * the engagement target, with the same operations and made-up coefficients) over the default
 * organization's 300 agents in teams of 8, written three ways:
 * <ul>
 *   <li>{@link #teamLoops}, the model's layout: a loop per team over its members, a vacant
 *       position skipped, pairs of state read together interleaved in one array, clamps as
 *       comparisons;
 *   <li>{@link #blockArrays}, the layout C2's auto-vectorizer asks for: one array of one double
 *       per agent for each quantity, the team's values copied out to every member first, every
 *       agent updated (a vacant position's state is re-drawn when it is filled), clamps as
 *       {@code Math.max}/{@code Math.min}, in one loop over the block;
 *   <li>{@link #blockArraysSplit}, the same in six short loops, each small enough for C2 to
 *       unroll and so to vectorize (a loop body over {@code LoopUnrollLimit} is not unrolled).
 * </ul>
 * It measures whether rewriting the week in the second or third layout would pay (issue 13):
 * the ns per agent of each is the score over 300. Each op is one week; every 520 weeks the
 * state goes back to its start, as in a default run, so that no value decays into subnormals.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngagementLayout {

    private static final int AGENTS = 296;
    private static final int TEAM = 8;
    private static final int TEAMS = AGENTS / TEAM;
    private static final int WEEKS = 520;

    // coefficients of the update (of the model's order of size; their values do not matter here)
    private final double rate = 0.2;
    private final double gain = 1.2;
    private final double progressRate = 0.05;
    private final double frustrationRate = 0.1;
    private final double threshold = 0.4;
    private final double cynicismRate = 0.05;
    private final double cynicismRecovery = 0.01;
    private final double fatigueRecovery = 0.05;
    private final double fatigueGain = 0.3;
    private final double strainRate = 0.05;
    private final double strainRecovery = 0.02;
    private final double purposeWeight = 0.2;
    private final double recognitionRate = 0.1;
    private final double recognitionWeight = 0.1;
    private final double autonomyWeight = 0.1;
    private final double frustrationWeight = 0.2;
    private final double exhaustionWeight = 0.3;
    private final double fatigueWeight = 0.1;
    private final double engagementRate = 0.1;
    private final double contagion = 0.05;
    private final double fatigueDemand = 0.2;
    private final double safetyBuffer = 0.2;
    private final double autonomyBuffer = 0.2;
    private final double resourceBuffer = 0.1;
    private final double resources = 0.5;

    // inputs of the week, per agent and per team
    private final double[] sensitivity = new double[AGENTS];
    private final double[] need = new double[AGENTS];
    private final double[] achieved = new double[AGENTS];
    private final double[] rejected = new double[AGENTS];
    private final double[] neighbours = new double[AGENTS];
    private final double[] inverseResilience = new double[AGENTS];
    private final boolean[] present = new boolean[AGENTS];
    private final double[][] team = new double[8][TEAMS]; // inspiration, autonomy, safety, demand, target, redirection, accountability, last result

    // the model's layout
    private final double[] engagementSkill = new double[2 * AGENTS];
    private final double[] aspiration = new double[4 * AGENTS];
    private final double[] strain = new double[2 * AGENTS];
    private final double[] fatigue = new double[AGENTS];
    private final double[] recognition = new double[AGENTS];

    // one array per quantity, and the team's values per member
    private final double[][] state = new double[8][AGENTS]; // engagement, aspiration, progress, frustration, cynicism, exhaustion, fatigue, recognition
    private final double[][] perMember = new double[9][AGENTS]; // the team's 8 values, then the purpose channel
    private final double[] blockEngagement = state[0];
    private final double[] blockAspiration = state[1];
    private final double[] blockProgress = state[2];
    private final double[] blockFrustration = state[3];
    private final double[] blockCynicism = state[4];
    private final double[] blockExhaustion = state[5];
    private final double[] blockFatigue = state[6];
    private final double[] blockRecognition = state[7];
    private final double[] memberInspiration = perMember[0];
    private final double[] memberAutonomy = perMember[1];
    private final double[] memberSafety = perMember[2];
    private final double[] memberDemand = perMember[3];
    private final double[] memberTarget = perMember[4];
    private final double[] memberRedirection = perMember[5];
    private final double[] memberAccountability = perMember[6];
    private final double[] memberLastResult = perMember[7];
    private final double[] memberChannel = perMember[8];
    private final double[] felt = new double[AGENTS];

    private double[] start;
    private int week;

    @Setup
    public void prepare() {
        SplittableRandom random = new SplittableRandom(1);
        for (double[] a : new double[][] {sensitivity, need, achieved, rejected, neighbours, inverseResilience,
            engagementSkill, aspiration, strain, fatigue, recognition}) {
            for (int i = 0; i < a.length; i++) {
                a[i] = 0.5 * random.nextDouble();
            }
        }
        for (double[] a : team) {
            for (int t = 0; t < TEAMS; t++) {
                a[t] = 0.5 * random.nextDouble();
            }
        }
        for (int i = 0; i < AGENTS; i++) {
            present[i] = random.nextDouble() < 0.95;
            strain[2 * i + 1] = inverseResilience[i];
            double[] fields = {engagementSkill[2 * i], aspiration[4 * i], aspiration[4 * i + 1], aspiration[4 * i + 2],
                aspiration[4 * i + 3], strain[2 * i], fatigue[i], recognition[i]};
            for (int f = 0; f < fields.length; f++) {
                state[f][i] = fields[f];
            }
        }
        start = snapshot();
    }

    private double[] snapshot() {
        double[] all = new double[18 * AGENTS];
        int at = 0;
        for (double[] a : new double[][] {engagementSkill, aspiration, strain, fatigue, recognition}) {
            System.arraycopy(a, 0, all, at, a.length);
            at += a.length;
        }
        for (int f = 0; f < state.length; f++) {
            System.arraycopy(state[f], 0, all, at, AGENTS);
            at += AGENTS;
        }
        return all;
    }

    /** Every {@link #WEEKS} weeks, the state of week 0 again. */
    private void nextWeek() {
        if (++week < WEEKS) {
            return;
        }
        week = 0;
        int at = 0;
        for (double[] a : new double[][] {engagementSkill, aspiration, strain, fatigue, recognition}) {
            System.arraycopy(start, at, a, 0, a.length);
            at += a.length;
        }
        for (int f = 0; f < state.length; f++) {
            System.arraycopy(start, at, state[f], 0, AGENTS);
            at += AGENTS;
        }
    }

    /**
     * @param i an agent
     * @return its engagement in the model's layout and in the block layout; the same for a
     *     present agent after the same weeks of either, since both do the same arithmetic
     */
    double[] engagementOf(int i) {
        return new double[] {engagementSkill[2 * i], state[0][i]};
    }

    /** @return whether agent i's position is filled (the block layouts update every position) */
    boolean isPresent(int i) {
        return present[i];
    }

    /** @return the agents of the probe */
    static int agents() {
        return AGENTS;
    }

    private static double clamp01(double v) {
        return v < 0 ? 0 : (v > 1 ? 1 : v);
    }

    private static double atLeast0(double v) {
        return v > 0 ? v : 0;
    }

    private static double atMost1(double v) {
        return v < 1 ? v : 1;
    }

    private static double max0(double v) {
        return Math.max(0.0, v);
    }

    private static double min1(double v) {
        return Math.min(1.0, v);
    }

    /** @return the engagement of agent 0, so that JMH keeps the work */
    @Benchmark
    public double teamLoops() {
        nextWeek();
        double[] asp = aspiration;
        double[] st = strain;
        for (int t = 0, lead = 0; t < TEAMS; t++, lead += TEAM) {
            double inspiration = team[0][t];
            double autonomy = team[1][t];
            double safety = team[2][t];
            double demand = team[3][t];
            double teamTarget = team[4][t];
            double redirection = team[5][t];
            double accountability = team[6][t];
            double lastResult = team[7][t];
            double channel = present[lead] ? 1 : 0.3;
            for (int i = lead; i < lead + TEAM; i++) {
                if (!present[i]) {
                    continue;
                }
                int k = 4 * i;
                double c = asp[k + 3];
                double a = asp[k] + rate * (gain * inspiration * sensitivity[i] * (1 - c) - asp[k]);
                double p = asp[k + 1] + progressRate * (achieved[i] - asp[k + 1]);
                double f = asp[k + 2] + rejected[i];
                f = atMost1(f + frustrationRate * (atMost1(atLeast0(a - p)) - f));
                c += cynicismRate * atLeast0(f - threshold) * (1 - c) - cynicismRecovery * c;
                asp[k] = a;
                asp[k + 1] = p;
                asp[k + 2] = f;
                asp[k + 3] = c;
                double z = atMost1(fatigue[i] * (1 - fatigueRecovery) + fatigueGain * redirection);
                fatigue[i] = z;
                double feltAutonomy = atLeast0(1 - need[i] * (1 - autonomy));
                double x = st[2 * i];
                double buffer = autonomyBuffer * feltAutonomy + safetyBuffer * safety + resourceBuffer * resources;
                double driver = clamp01((demand + fatigueDemand * z - buffer) * st[2 * i + 1]);
                x += (driver > x ? strainRate : strainRecovery) * (driver - x);
                st[2 * i] = x;
                double r = recognition[i] + recognitionRate * (accountability * lastResult - recognition[i]);
                recognition[i] = r;
                double target = teamTarget + purposeWeight * inspiration * sensitivity[i] * (1 - c) * channel
                        + recognitionWeight * r + autonomyWeight * feltAutonomy - frustrationWeight * f
                        - exhaustionWeight * x - fatigueWeight * z;
                double e = engagementSkill[2 * i];
                e += engagementRate * (clamp01(target) - e) + contagion * (neighbours[i] - e);
                engagementSkill[2 * i] = clamp01(e);
            }
        }
        return engagementSkill[0];
    }

    /** Copies each team's values out to its members, as the block layouts need. */
    private void expandTeams() {
        for (int t = 0, lead = 0; t < TEAMS; t++, lead += TEAM) {
            for (int v = 0; v < team.length; v++) {
                Arrays.fill(perMember[v], lead, lead + TEAM, team[v][t]);
            }
            Arrays.fill(perMember[8], lead, lead + TEAM, present[lead] ? 1 : 0.3);
        }
    }

    /** @return the engagement of agent 0 */
    @Benchmark
    public double blockArrays() {
        nextWeek();
        expandTeams();
        for (int i = 0; i < AGENTS; i++) {
            double c = blockCynicism[i];
            double a = blockAspiration[i] + rate * (gain * memberInspiration[i] * sensitivity[i] * (1 - c) - blockAspiration[i]);
            double p = blockProgress[i] + progressRate * (achieved[i] - blockProgress[i]);
            double f = blockFrustration[i] + rejected[i];
            f = min1(f + frustrationRate * (min1(max0(a - p)) - f));
            c += cynicismRate * max0(f - threshold) * (1 - c) - cynicismRecovery * c;
            blockAspiration[i] = a;
            blockProgress[i] = p;
            blockFrustration[i] = f;
            blockCynicism[i] = c;
            double z = min1(blockFatigue[i] * (1 - fatigueRecovery) + fatigueGain * memberRedirection[i]);
            blockFatigue[i] = z;
            double feltAutonomy = max0(1 - need[i] * (1 - memberAutonomy[i]));
            double x = blockExhaustion[i];
            double buffer = autonomyBuffer * feltAutonomy + safetyBuffer * memberSafety[i] + resourceBuffer * resources;
            double step = min1(max0((memberDemand[i] + fatigueDemand * z - buffer) * inverseResilience[i])) - x;
            x += max0(step) * strainRate + Math.min(0.0, step) * strainRecovery;
            blockExhaustion[i] = x;
            double r = blockRecognition[i] + recognitionRate * (memberAccountability[i] * memberLastResult[i] - blockRecognition[i]);
            blockRecognition[i] = r;
            double target = memberTarget[i] + purposeWeight * memberInspiration[i] * sensitivity[i] * (1 - c) * memberChannel[i]
                    + recognitionWeight * r + autonomyWeight * feltAutonomy - frustrationWeight * f
                    - exhaustionWeight * x - fatigueWeight * z;
            double e = blockEngagement[i];
            e += engagementRate * (min1(max0(target)) - e) + contagion * (neighbours[i] - e);
            blockEngagement[i] = min1(max0(e));
        }
        return blockEngagement[0];
    }

    /** @return the engagement of agent 0 */
    @Benchmark
    public double blockArraysSplit() {
        nextWeek();
        expandTeams();
        for (int i = 0; i < AGENTS; i++) {
            blockAspiration[i] += rate * (gain * memberInspiration[i] * sensitivity[i] * (1 - blockCynicism[i]) - blockAspiration[i]);
            blockProgress[i] += progressRate * (achieved[i] - blockProgress[i]);
        }
        for (int i = 0; i < AGENTS; i++) {
            double f = blockFrustration[i] + rejected[i];
            f = min1(f + frustrationRate * (min1(max0(blockAspiration[i] - blockProgress[i])) - f));
            double c = blockCynicism[i];
            blockCynicism[i] = c + (cynicismRate * max0(f - threshold) * (1 - c) - cynicismRecovery * c);
            blockFrustration[i] = f;
        }
        for (int i = 0; i < AGENTS; i++) {
            blockFatigue[i] = min1(blockFatigue[i] * (1 - fatigueRecovery) + fatigueGain * memberRedirection[i]);
            felt[i] = max0(1 - need[i] * (1 - memberAutonomy[i]));
        }
        for (int i = 0; i < AGENTS; i++) {
            double buffer = autonomyBuffer * felt[i] + safetyBuffer * memberSafety[i] + resourceBuffer * resources;
            double step = min1(max0((memberDemand[i] + fatigueDemand * blockFatigue[i] - buffer) * inverseResilience[i])) - blockExhaustion[i];
            blockExhaustion[i] += max0(step) * strainRate + Math.min(0.0, step) * strainRecovery;
        }
        for (int i = 0; i < AGENTS; i++) {
            blockRecognition[i] += recognitionRate * (memberAccountability[i] * memberLastResult[i] - blockRecognition[i]);
        }
        for (int i = 0; i < AGENTS; i++) {
            double target = memberTarget[i] + purposeWeight * memberInspiration[i] * sensitivity[i] * (1 - blockCynicism[i]) * memberChannel[i]
                    + recognitionWeight * blockRecognition[i] + autonomyWeight * felt[i] - frustrationWeight * blockFrustration[i]
                    - exhaustionWeight * blockExhaustion[i] - fatigueWeight * blockFatigue[i];
            double e = blockEngagement[i];
            e += engagementRate * (min1(max0(target)) - e) + contagion * (neighbours[i] - e);
            blockEngagement[i] = min1(max0(e));
        }
        return blockEngagement[0];
    }
}
