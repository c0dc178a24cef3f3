// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.internal;

import ec.util.MersenneTwisterFast;
import io.orgsim.core.AgentSnapshot;
import io.orgsim.core.Metric;
import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.ShockTarget;
import java.io.Serializable;

/**
 * The organization model: agent state as parallel primitive arrays (one slot per position)
 * and one method per pass of a week. docs/MODEL.md gives every equation used here, in the
 * same order. Nothing here allocates after construction.
 *
 * <p>For speed, phases that need no barrier between them share a pass over the agents
 * (work, learning and engagement; turnover and the population measures), with every value
 * and every random draw as in separate passes; a hash of the series of a set of runs
 * ({@code io.orgsim.benchmarks.SeriesHash}) checks that results stay bit-identical.
 *
 * <p>Directions are unit vectors in a plane: the strategic target, the organization's
 * perceived target (the vision), the plan and every agent's direction. Alignment is the
 * projection of an agent's direction on the target.
 */
public final class Organization implements ShockTarget, Serializable {
    private static final long serialVersionUID = 1L;

    /** Fixed shares in the engagement target (docs/MODEL.md, mechanism 6). */
    private static final double E_BASE = 0.15;
    private static final double W_PURPOSE = 0.30;
    private static final double W_RECOGNITION = 0.20;
    private static final double W_AUTONOMY = 0.20;
    private static final double W_CLARITY = 0.15;
    private static final double W_FRUSTRATION = 0.50;
    private static final double W_STRAIN = 0.20;
    private static final double IDEA_FRUSTRATION = 0.05;
    private static final double ERROR_LEARNING = 0.02;
    private static final int HISTOGRAM_BINS = 1000;
    /**
     * Agents from which the state (about 130 bytes per agent) outgrows a last-level cache of
     * some 32 MB and the directions pass reads the next team's long ties ahead. Below it that
     * costs more than it saves (measured without the threshold: 5% slower at 300 agents, 9-13%
     * faster at 1,000,000).
     */
    private static final int TOUCH_AHEAD_AGENTS = 1 << 18;
    private static final double[] QUANTILES = {0.10, 0.50, 0.90};
    private static final Metric[] QUANTILE_METRICS = {Metric.ENGAGEMENT_P10, Metric.ENGAGEMENT_P50, Metric.ENGAGEMENT_P90};

    final int n;
    final int teamSize;
    final int teams;
    final SmallWorld network;
    final Levers levers;
    private final MersenneTwisterFast rng;

    // parameters, read once
    private final double hiringRate;
    private final double turbulence;
    private final double signalNoise;
    private final double senseBase;
    private final double senseGain;
    private final double followRate;
    private final double drift;
    private final double frontline;
    private final double replanTolerance;
    private final double wasteMax;
    private final double selfOrganization;
    private final double reworkCost;
    private final double teamVariation;
    private final double baseEffort;
    private final double incidentCost;
    private final double engagementRate;
    private final double contagion;
    private final double frustrationRate;
    private final double aspirationGain;
    private final double quitBase;
    private final double quitSlope;
    private final double learnRate;
    private final double ideaRate;
    private final double innovationGain;
    private final double innovationDecay;
    private final double errorRate;
    private final double checklist;

    // agent state
    final boolean[] present;
    final double[] engagement;
    final double[] frustration;
    final double[] skill;
    final double[] propensity;
    /** Each agent's persistent misreading of the target, as a rotation (cos, sin). */
    private final double[] readingCos;
    private final double[] readingSin;
    double[] dirX;
    double[] dirY;
    private double[] nextX;
    private double[] nextY;
    private final double[] change;
    private final double[] neighbourEngagement;

    // team scratch
    private final double[] teamX;
    private final double[] teamY;
    private final int[] teamCount;
    private final double[] teamPerformance;
    private final double[] teamAgreement;

    // organization state
    double targetAngle;
    double visionAngle;
    double planAngle;
    double innovation;
    private double capacityCut;
    private int cutWeeksLeft;
    private double demandExcess;
    private int demandWeeksLeft;
    private int shockDepartures;
    /** Whether the organization is too large for the caches, so that {@link #touchLongTies} pays. */
    private final boolean touchAhead;
    /** Kept only so that {@link #touchLongTies} is not optimized away. */
    private transient double touched;

    // the week's sums, from the pass that makes them to the phase that closes them
    private double weekEngagementSum;
    private double weekFrustrationSum;
    private double weekSkillSum;
    private int weekHeadcount;

    /** This week's metric values, by {@link Metric} ordinal. */
    final double[] metrics = new double[Metric.values().length];
    private final int[] histogram = new int[HISTOGRAM_BINS];

    /**
     * Creates the organization at week 0: every position filled, directions loosely around
     * the target, the vision and the plan on the target.
     *
     * @param spec the validated spec
     * @param rng the run's generator; all randomness comes from it
     */
    public Organization(ScenarioSpec spec, MersenneTwisterFast rng) {
        this.rng = rng;
        n = spec.agents();
        touchAhead = n >= TOUCH_AHEAD_AGENTS;
        teamSize = (int) spec.get(Param.TEAM_SIZE);
        teams = (n + teamSize - 1) / teamSize;
        levers = new Levers(spec);
        hiringRate = spec.get(Param.HIRING_RATE);
        turbulence = spec.get(Param.TURBULENCE);
        signalNoise = spec.get(Param.SIGNAL_NOISE);
        senseBase = spec.get(Param.SENSE_BASE);
        senseGain = spec.get(Param.SENSE_GAIN);
        followRate = spec.get(Param.FOLLOW_RATE);
        drift = spec.get(Param.DRIFT);
        frontline = spec.get(Param.FRONTLINE);
        replanTolerance = spec.get(Param.REPLAN_TOLERANCE);
        wasteMax = spec.get(Param.WASTE_MAX);
        selfOrganization = spec.get(Param.SELF_ORGANIZATION);
        reworkCost = spec.get(Param.REWORK_COST);
        teamVariation = spec.get(Param.TEAM_VARIATION);
        baseEffort = spec.get(Param.BASE_EFFORT);
        incidentCost = spec.get(Param.INCIDENT_COST);
        engagementRate = spec.get(Param.ENGAGEMENT_RATE);
        contagion = spec.get(Param.CONTAGION);
        frustrationRate = spec.get(Param.FRUSTRATION_RATE);
        aspirationGain = spec.get(Param.ASPIRATION_GAIN);
        quitBase = spec.get(Param.QUIT_BASE);
        quitSlope = spec.get(Param.QUIT_SLOPE);
        learnRate = spec.get(Param.LEARN_RATE);
        ideaRate = spec.get(Param.IDEA_RATE);
        innovationGain = spec.get(Param.INNOVATION_GAIN);
        innovationDecay = spec.get(Param.INNOVATION_DECAY);
        errorRate = spec.get(Param.ERROR_RATE);
        checklist = spec.get(Param.CHECKLIST);

        network = SmallWorld.build(n, (int) spec.get(Param.NETWORK_DEGREE), spec.get(Param.NETWORK_REWIRING), rng);
        present = new boolean[n];
        engagement = new double[n];
        frustration = new double[n];
        skill = new double[n];
        propensity = new double[n];
        readingCos = new double[n];
        readingSin = new double[n];
        dirX = new double[n];
        dirY = new double[n];
        nextX = new double[n];
        nextY = new double[n];
        change = new double[n];
        neighbourEngagement = new double[n];
        teamX = new double[teams];
        teamY = new double[teams];
        teamCount = new int[teams];
        teamPerformance = new double[teams];
        teamAgreement = new double[teams];
        for (int i = 0; i < n; i++) {
            present[i] = true;
            engagement[i] = clamp01(0.6 + 0.1 * rng.nextGaussian());
            frustration[i] = 0.1;
            skill[i] = 0.3 + 0.6 * rng.nextDouble();
            double u = rng.nextDouble();
            propensity[i] = u * u; // few strong informal leaders, many weak ones
            misreading(i);
            double angle = 0.5 * rng.nextGaussian();
            dirX[i] = Math.cos(angle);
            dirY[i] = Math.sin(angle);
        }
    }

    // ---------------------------------------------------------------- shocks and events

    @Override
    public void turnTarget(double radians) {
        targetAngle += radians;
    }

    @Override
    public void cutCapacity(double fraction, int weeks) {
        capacityCut = fraction;
        cutWeeksLeft = weeks;
    }

    @Override
    public void addStrain(double excess, int weeks) {
        demandExcess = excess;
        demandWeeksLeft = weeks;
    }

    /** Formal leads and strong informal leaders (propensity at least 0.5) may leave at rates of their own. */
    @Override
    public void removeAgents(double fraction, double leadFraction, double informalFraction) {
        for (int i = 0; i < n; i++) {
            if (present[i]) {
                double chance = i % teamSize == 0 ? leadFraction : (propensity[i] >= 0.5 ? informalFraction : fraction);
                if (rng.nextDouble() < chance) {
                    present[i] = false;
                    shockDepartures++;
                }
            }
        }
    }

    /** @return the strain of work beyond capacity: a capacity cut plus a demand spike, at most 1 */
    private double strain() {
        return Math.min(1, capacityCut + demandExcess);
    }

    /** Planning cycle: the plan is re-based on the vision as it stands; between cycles it stays put. */
    void replan() {
        planAngle = visionAngle;
    }

    // ---------------------------------------------------------------- phases of a week

    /**
     * Mechanisms 7 and 2: the target drifts; the vision follows a noisy signal, faster with
     * stronger vision; when the vision has moved off the plan by more than the tolerance,
     * management re-plans off-cycle with a weekly chance equal to its planning strength.
     */
    void environment() {
        targetAngle += turbulence * rng.nextGaussian();
        double signal = targetAngle + signalNoise * rng.nextGaussian();
        double senseRate = senseBase + senseGain * levers.vision;
        visionAngle += senseRate * wrap(signal - visionAngle);
        if (Math.abs(wrap(visionAngle - planAngle)) > replanTolerance && rng.nextDouble() < levers.planning) {
            replan();
        }
    }

    /**
     * Mechanism 2: each agent's direction moves toward the pulls on it: the plan
     * (management), its lead's direction (formal leadership, which the plan filters: the
     * stronger the planning, the more direction reaches people through the plan rather than
     * straight from the leaders' latest reading), influential peers and its own reading of
     * the target (informal leadership); plus its own drift. Only the steered part of the
     * move counts as a change of direction that throws work away.
     */
    void directions() {
        double vision = levers.vision;
        double plan = levers.planning;
        double formal = (1 - plan) * (1 - levers.distributed) * vision;
        double informal = levers.distributed * vision;
        double vx = Math.cos(visionAngle);
        double vy = Math.sin(visionAngle);
        double px = Math.cos(planAngle);
        double py = Math.sin(planAngle);
        double tx = Math.cos(targetAngle);
        double ty = Math.sin(targetAngle);
        int[] offsets = network.offsets;
        int[] neighbours = network.neighbours;
        double planX = plan * px;
        double planY = plan * py;
        // team by team (a running team index instead of i / teamSize); the new directions of
        // a team's present members are summed here, in ascending order, for work's agreement
        for (int t = 0, lead = 0; lead < n; t++, lead += teamSize) {
            int end = Math.min(n, lead + teamSize);
            if (touchAhead) {
                touched += touchLongTies(end, Math.min(n, end + teamSize), offsets, neighbours);
            }
            boolean leadPresent = present[lead];
            double leadX = dirX[lead];
            double leadY = dirY[lead];
            double sumX = 0;
            double sumY = 0;
            int members = 0;
            for (int i = lead; i < end; i++) {
                if (!present[i]) {
                    continue;
                }
                double dx = dirX[i];
                double dy = dirY[i];
                double sx = planX;
                double sy = planY;
                double w = plan;
                if (i == lead) {
                    // the formal lead reads the vision itself
                    sx += formal * vx;
                    sy += formal * vy;
                    w += formal;
                } else if (leadPresent) {
                    sx += formal * leadX;
                    sy += formal * leadY;
                    w += formal;
                }
                // one walk over the neighbours serves the peers' pull and, later, engagement contagion
                double ix = 0;
                double iy = 0;
                double influence = 0;
                double engagementSum = 0;
                int count = 0;
                for (int k = offsets[i], last = offsets[i + 1]; k < last; k++) {
                    int j = neighbours[k];
                    if (present[j]) {
                        double ej = engagement[j];
                        double weight = propensity[j] * ej;
                        ix += weight * dirX[j];
                        iy += weight * dirY[j];
                        influence += weight;
                        engagementSum += ej;
                        count++;
                    }
                }
                neighbourEngagement[i] = count == 0 ? engagement[i] : engagementSum / count;
                if (informal > 0) {
                    // agents who choose to lead read the target themselves (each with its own bias),
                    // not waiting for the plan; others follow influential peers
                    double own = informal * frontline * propensity[i];
                    sx += own * (tx * readingCos[i] - ty * readingSin[i]);
                    sy += own * (tx * readingSin[i] + ty * readingCos[i]);
                    w += own;
                    if (influence > 0) {
                        double peers = informal - own;
                        sx += peers * ix / influence;
                        sy += peers * iy / influence;
                        w += peers;
                    }
                }
                double steerX = followRate * (sx - w * dx);
                double steerY = followRate * (sy - w * dy);
                change[i] = Math.sqrt(steerX * steerX + steerY * steerY);
                double nx = dx + steerX;
                double ny = dy + steerY;
                double turn = drift * rng.nextGaussian();
                double rx = nx - turn * ny;
                double ry = ny + turn * nx;
                double norm = Math.sqrt(rx * rx + ry * ry);
                if (norm > 1e-12) {
                    rx /= norm;
                    ry /= norm;
                } else {
                    rx = dx;
                    ry = dy;
                }
                nextX[i] = rx;
                nextY[i] = ry;
                sumX += rx;
                sumY += ry;
                members++;
            }
            teamX[t] = sumX;
            teamY[t] = sumY;
            teamCount[t] = members;
        }
        double[] t = dirX;
        dirX = nextX;
        nextX = t;
        t = dirY;
        dirY = nextY;
        nextY = t;
    }

    /**
     * Reads, for the agents in [from, to), what their walks will read of their long ties
     * (neighbours more than a team away, which are not in cache in a large organization), so
     * that those cache misses overlap one another instead of stalling one agent at a time.
     * Changes nothing.
     *
     * @return a sum of what was read, to be kept so that the reads are not optimized away
     */
    private double touchLongTies(int from, int to, int[] offsets, int[] neighbours) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            for (int k = offsets[i], last = offsets[i + 1]; k < last; k++) {
                int j = neighbours[k];
                int d = j - i;
                if (d > teamSize || d < -teamSize) {
                    sum += dirX[j] + dirY[j] + engagement[j] + propensity[j] + (present[j] ? 1 : 0);
                }
            }
        }
        return sum;
    }

    /**
     * Mechanisms 1, 3 and 4: output of each agent is effort x skill x alignment x coherence,
     * less overhead, scaled by resources, capacity, the innovation stock and its team's
     * week, which standard processes make predictable. The same pass over the agents runs,
     * for each agent right after its work, its learning (mechanism 5) and its engagement
     * (mechanism 6: engagement moves toward a target set by purpose, recognition, autonomy and
     * clarity, less frustration and strain, and toward the neighbours' mood; frustration
     * follows how much the agent cares, through inspiration, times the share of its effort
     * that came to nothing): both read and write only the agent's own state, the neighbours' mood
     * read in {@link #directions} and its lead's presence, none of which another agent's
     * work, learning or engagement changes; their random draws come in agent order after
     * the teams' draws.
     */
    void work() {
        Levers l = levers;
        double variation = teamVariation * (1 - l.process);
        for (int t = 0; t < teams; t++) {
            teamAgreement[t] = teamCount[t] == 0 ? 0 : Math.sqrt(teamX[t] * teamX[t] + teamY[t] * teamY[t]) / teamCount[t];
            teamPerformance[t] = Math.max(0, 1 + variation * rng.nextGaussian());
        }
        double tx = Math.cos(targetAngle);
        double ty = Math.sin(targetAngle);
        double resourceFit = 0.75 + 0.25 * l.resources;
        double capacity = 1 - capacityCut * (1 - 0.5 * l.resources);
        double productivity = (1 - l.overheadShare) * resourceFit * capacity * (1 + innovation);
        // where anyone may lead, peers coordinate among themselves as well
        double selfCoordination = Math.min(1, selfOrganization * (1 + l.distributed * l.vision));

        // learning (mechanism 5): safety makes agents propose ideas and report errors;
        // management's processes implement ideas and catch errors; reported errors teach
        double safety = l.safety;
        double ideaChance = ideaRate * (0.1 + 0.9 * safety) * l.autonomy;
        double implementChance = 0.1 + 0.9 * (0.5 * l.resources + 0.5 * l.process);
        double reportChance = 0.2 + 0.8 * safety;
        double checked = checklist * l.process;
        double strain = strain();
        double errorBase = errorRate * (1 + strain);
        double unchecked = 1 - checked;
        double onboarding = 0.3 + 0.4 * l.process + 0.3 * safety;
        double learning = learnRate * onboarding;

        // engagement (mechanism 6)
        double halfStrain = 0.5 * strain;
        // leadership by position reaches an agent only through its lead's position
        double positionalPurpose = W_PURPOSE * l.inspiration * (1 - l.distributed);
        double climate = E_BASE + W_PURPOSE * l.inspiration + W_RECOGNITION * l.accountability
                + W_AUTONOMY * l.autonomy + W_CLARITY * (0.5 * l.vision + 0.5 * l.planning) - W_STRAIN * strain;
        double care = aspirationGain * l.inspiration;

        double output = 0;
        double alignmentSum = 0;
        double coherenceSum = 0;
        int headcount = 0;
        int proposed = 0;
        int implemented = 0;
        int errors = 0;
        int reported = 0;
        int incidents = 0;
        for (int t = 0, lead = 0; lead < n; t++, lead += teamSize) {
            int end = Math.min(n, lead + teamSize);
            double handoff = l.coordination + (1 - l.coordination) * selfCoordination * teamAgreement[t];
            double conflict = wasteMax * (1 - handoff);
            double performance = teamPerformance[t];
            double purposeLost = !present[lead] ? positionalPurpose : 0;
            for (int i = lead; i < end; i++) {
                if (!present[i]) {
                    continue;
                }
                // work
                double rework = Math.min(1, reworkCost * change[i]);
                double coherence = (1 - conflict) * (1 - rework);
                double alignment = Math.max(0, dirX[i] * tx + dirY[i] * ty);
                double e = engagement[i];
                double s = skill[i];
                double effort = baseEffort + (1 - baseEffort) * e;
                double skillFactor = 0.3 + 0.7 * s;
                double achieved = alignment * coherence * capacity;
                output += effort * skillFactor * alignment * coherence * productivity * performance;
                alignmentSum += alignment;
                coherenceSum += coherence;
                headcount++;

                // learning
                double f = frustration[i];
                if (rng.nextDouble() < ideaChance * e) {
                    proposed++;
                    if (rng.nextDouble() < implementChance) {
                        implemented++;
                    } else {
                        f = Math.min(1, f + IDEA_FRUSTRATION);
                    }
                }
                if (rng.nextDouble() < errorBase * (1 - 0.5 * s) * (1 - 0.4 * e) * unchecked) {
                    errors++;
                    if (rng.nextDouble() < reportChance) {
                        reported++;
                        s += ERROR_LEARNING * (1 - s);
                    } else if (rng.nextDouble() >= checked) {
                        incidents++;
                    }
                }
                skill[i] = s + learning * (1 - s);

                // engagement: inspired agents care about results, and the effort that came to
                // nothing frustrates them
                double gap = care * (1 - achieved);
                f += frustrationRate * (Math.min(1, gap + halfStrain) - f);
                frustration[i] = f;
                double target = clamp01(climate - W_FRUSTRATION * f - purposeLost);
                e += engagementRate * (target - e) + contagion * (neighbourEngagement[i] - e);
                engagement[i] = clamp01(e);
            }
        }
        double[] m = metrics;
        m[Metric.ALIGNMENT.ordinal()] = headcount == 0 ? 0 : alignmentSum / headcount;
        m[Metric.COHERENCE.ordinal()] = headcount == 0 ? 0 : coherenceSum / headcount;
        m[Metric.WASTE_SHARE.ordinal()] = 1 - m[Metric.COHERENCE.ordinal()];
        m[Metric.OVERHEAD_SHARE.ordinal()] = headcount == 0 ? 0 : l.overheadShare;

        // implemented ideas add to the innovation stock; incidents (errors neither reported
        // nor caught) cost output
        innovation = innovation * (1 - innovationDecay) + innovationGain * implemented / n;
        double perAgent = headcount == 0 ? 0 : output / headcount;
        m[Metric.OUTPUT.ordinal()] = Math.max(0, output - incidentCost * perAgent * incidents);
        m[Metric.IDEAS_PROPOSED.ordinal()] = proposed;
        m[Metric.IDEAS_IMPLEMENTED.ordinal()] = implemented;
        m[Metric.ERRORS.ordinal()] = errors;
        m[Metric.ERRORS_REPORTED.ordinal()] = reported;
        m[Metric.INCIDENTS.ordinal()] = incidents;
        m[Metric.INNOVATION.ordinal()] = innovation;
    }


    /**
     * Agents quit more the less engaged they are; vacant positions are filled by newcomers.
     * The same pass adds each agent, as it stands after its turnover, to the week's
     * population measures, which {@link #measure} closes.
     */
    void turnover() {
        int departures = shockDepartures;
        shockDepartures = 0;
        int hires = 0;
        int[] bins = histogram;
        java.util.Arrays.fill(bins, 0);
        double engagementSum = 0;
        double frustrationSum = 0;
        double skillSum = 0;
        int headcount = 0;
        // the quit chance at the ends of engagement's range [0, 1] bounds it (Math.exp is
        // semi-monotonic), so a draw at or above the bound decides without the exponential
        double quitBound = Math.max(quitBase * Math.exp(quitSlope * (0.5 - 0.0)), quitBase * Math.exp(quitSlope * (0.5 - 1.0)));
        for (int i = 0; i < n; i++) {
            if (present[i]) {
                double u = rng.nextDouble();
                if (u < quitBound && u < quitBase * Math.exp(quitSlope * (0.5 - engagement[i]))) {
                    present[i] = false;
                    departures++;
                    continue;
                }
            } else if (rng.nextDouble() < hiringRate) {
                hire(i);
                hires++;
            } else {
                continue;
            }
            double e = engagement[i];
            engagementSum += e;
            frustrationSum += frustration[i];
            skillSum += skill[i];
            bins[Math.min(HISTOGRAM_BINS - 1, (int) (e * HISTOGRAM_BINS))]++;
            headcount++;
        }
        metrics[Metric.DEPARTURES.ordinal()] = departures;
        metrics[Metric.HIRES.ordinal()] = hires;
        weekEngagementSum = engagementSum;
        weekFrustrationSum = frustrationSum;
        weekSkillSum = skillSum;
        weekHeadcount = headcount;
    }

    /** Newcomers start keen but unskilled, pointed roughly where the vision points. */
    private void hire(int i) {
        present[i] = true;
        engagement[i] = 0.65;
        frustration[i] = 0;
        skill[i] = 0.1 + 0.2 * rng.nextDouble();
        double u = rng.nextDouble();
        propensity[i] = u * u;
        misreading(i);
        double angle = visionAngle + 0.5 * rng.nextGaussian();
        dirX[i] = Math.cos(angle);
        dirY[i] = Math.sin(angle);
        change[i] = 0;
    }

    /** An agent reads the target with its own lasting bias, as noisy as the organization's signal. */
    private void misreading(int i) {
        double bias = signalNoise * rng.nextGaussian();
        readingCos[i] = Math.cos(bias);
        readingSin[i] = Math.sin(bias);
    }

    /** Closes the week: population metrics (summed in {@link #turnover}), and the end of a capacity cut. */
    void measure() {
        int headcount = weekHeadcount;
        double[] m = metrics;
        m[Metric.HEADCOUNT.ordinal()] = headcount;
        m[Metric.OUTPUT_PER_AGENT.ordinal()] = headcount == 0 ? 0 : m[Metric.OUTPUT.ordinal()] / headcount;
        m[Metric.ENGAGEMENT.ordinal()] = headcount == 0 ? 0 : weekEngagementSum / headcount;
        m[Metric.FRUSTRATION.ordinal()] = headcount == 0 ? 0 : weekFrustrationSum / headcount;
        m[Metric.SKILL.ordinal()] = headcount == 0 ? 0 : weekSkillSum / headcount;
        quantiles(headcount, m);
        if (cutWeeksLeft > 0 && --cutWeeksLeft == 0) {
            capacityCut = 0;
        }
        if (demandWeeksLeft > 0 && --demandWeeksLeft == 0) {
            demandExcess = 0;
        }
    }

    /**
     * The 10th, 50th and 90th percentiles of engagement from one walk over the histogram, each
     * to its bin's midpoint (resolution 0.001).
     */
    private void quantiles(int headcount, double[] m) {
        int next = 0;
        if (headcount > 0) {
            long rank = Math.max(1, (long) Math.ceil(QUANTILES[0] * headcount));
            long seen = 0;
            for (int b = 0; b < HISTOGRAM_BINS && next < QUANTILES.length; b++) {
                seen += histogram[b];
                while (seen >= rank) {
                    m[QUANTILE_METRICS[next].ordinal()] = (b + 0.5) / HISTOGRAM_BINS;
                    if (++next == QUANTILES.length) {
                        break;
                    }
                    rank = Math.max(1, (long) Math.ceil(QUANTILES[next] * headcount));
                }
            }
        }
        for (; next < QUANTILES.length; next++) {
            m[QUANTILE_METRICS[next].ordinal()] = headcount == 0 ? 0 : 1;
        }
    }

    /** @return a copy of every position's state and of the network; read-only for the caller */
    public AgentSnapshot snapshot() {
        boolean[] informal = new boolean[n];
        for (int i = 0; i < n; i++) {
            informal[i] = propensity[i] >= 0.5;
        }
        return new AgentSnapshot(teamSize, present.clone(), engagement.clone(), frustration.clone(), informal,
                network.offsets.clone(), network.neighbours.clone());
    }

    /** @return the current value of a live lever */
    public Levers levers() {
        return levers;
    }

    static double clamp01(double v) {
        return v < 0 ? 0 : (v > 1 ? 1 : v);
    }

    /** @return the angle in (-pi, pi] */
    static double wrap(double a) {
        return Math.atan2(Math.sin(a), Math.cos(a));
    }
}
