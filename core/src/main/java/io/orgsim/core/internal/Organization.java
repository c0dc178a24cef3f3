// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.internal;

import io.orgsim.core.AgentSnapshot;
import io.orgsim.core.Metric;
import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.ShockTarget;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * The organization model: the structure (positions in teams, the informal network, the
 * directions) and the week, which composes the mechanisms of {@link Mechanisms#CATALOG}.
 * Agent state is kept as parallel primitive arrays (one slot per position), each mechanism
 * owning its own columns; docs/MODEL.md gives every equation, in the order of this code.
 * Nothing here allocates after construction.
 *
 * <p>Phases that need no barrier between them share a pass over the agents (work, learning
 * and engagement; then, block by block, turnover and the population measures): each agent's
 * learning, engagement and turnover read and write only its own state, its team's and values
 * fixed earlier in the week.
 *
 * <p>Every random draw comes from a mechanism's {@link RandomStream}, keyed by (agent or
 * team, week), so a draw added to one mechanism moves no other's.
 *
 * <p>Directions are unit vectors in a plane: the strategic target, the organization's
 * perceived target (the vision), the plan and every agent's direction. Alignment is the
 * projection of an agent's direction on the target.
 */
public final class Organization implements ShockTarget, Serializable {
    private static final long serialVersionUID = 3L;

    private static final int HISTOGRAM_BINS = 1000;
    /** Histogram bins per coarse bin (a power of 2), so that a quantile walks a few coarse bins then one coarse bin's fine ones. */
    private static final int COARSE_SHIFT = 5;
    private static final int COARSE_BINS = ((HISTOGRAM_BINS - 1) >> COARSE_SHIFT) + 1;
    /** Hire week of the agents present at week 0, who count as veterans. */
    private static final int FOUNDING = Integer.MIN_VALUE / 2;
    /** Tenure (weeks) below which an agent counts as a newcomer in the metrics. */
    private static final int NEWCOMER_WEEKS = 26;
    /** Tenure (weeks) from which an agent counts as a veteran in the metrics. */
    private static final int VETERAN_WEEKS = 52;
    /** Propensity from which an agent counts as a strong informal leader for a departure wave. */
    private static final double STRONG_INFORMAL_LEADER = 0.5;
    private static final double[] QUANTILES = {0.10, 0.50, 0.90};
    private static final Metric[] QUANTILE_METRICS = {Metric.ENGAGEMENT_P10, Metric.ENGAGEMENT_P50, Metric.ENGAGEMENT_P90};

    final int n;
    final int teamSize;
    final int teams;
    final SmallWorld network;
    final Levers levers;
    /** Weeks stepped so far; the week key of every draw. */
    private int week;

    // random streams, one per source of randomness
    private final RandomStream environmentStream;
    private final RandomStream driftStream;
    private final RandomStream teamStream;
    private final RandomStream ideaStream;
    private final RandomStream errorStream;
    private final RandomStream turnoverStream;
    private final RandomStream hireStream;
    private final RandomStream leadStream;
    private final RandomStream shockStream;
    private long shocksApplied;

    // the mechanisms
    final Sensing sensing;
    final Planning planning;
    final InformalLeadership informal;
    final Coordination coordination;
    final Rework rework;
    final StandardWork standardWork;
    final Overhead overhead;
    final Autonomy autonomy;
    final Purpose purpose;
    final Recognition recognition;
    final Aspiration aspiration;
    final Strain strain;
    final Workload workload;
    final ChangeFatigue fatigue;
    final Contagion contagion;
    final Innovation innovation;
    final TeamLearning learning;
    final Checks checks;
    final Heterogeneity heterogeneity;
    final Support support;
    final Context context;

    // structure parameters, read once
    private final double hiringRate;
    private final double turbulence;
    private final double signalNoise;
    private final double followRate;
    private final double drift;
    private final double directionSpread;
    private final double teamVariation;
    private final double baseEffort;
    private final double skillFloor;
    private final double resourceWeight;
    private final double cutCushion;
    private final double incidentCost;
    private final double engagementBase;
    private final double engagementRate;
    private final double clarityWeight;
    private final double clarityVisionShare;
    private final double quitBase;
    private final double quitSlope;
    private final double learnRate;
    private final double learningSpread;
    private final double onboardBase;
    private final double onboardProcess;
    private final double onboardSafety;
    private final double errorRate;
    private final double errorSkill;
    private final double errorEngagement;
    private final double errorShock;
    private final double reportFloor;
    private final double hireEngagement;
    private final double hireSkill;
    private final double hireSkillRange;

    // agent state of the structure (the mechanisms own the rest)
    final boolean[] present;
    /** Each agent's engagement at 2i and skill at 2i + 1 (read and written together: one array, one stream). */
    final double[] engagementSkill;
    final double[] propensity;
    /** Each agent's lasting learning ability (mean 1). */
    final double[] learningAbility;
    /** The week each agent was hired ({@link #FOUNDING} for those present at week 0). */
    final int[] hiredWeek;
    /** Each agent's persistent misreading of the target, as a rotation (cos, sin). */
    /**
     * Each agent's persistent misreading of the target, as a rotation: (cos, sin) at 2i, 2i + 1.
     * Pairs read together share one array, so that a pass streams fewer arrays.
     */
    private final double[] reading;
    /**
     * Each agent's direction, a unit vector: (x, y) at 2i, 2i + 1. The directions pass updates
     * it in place: an agent's new direction depends on its own, its lead's (read before the
     * team's first member moves) and its neighbours' records in {@link #peers}, not on their
     * directions.
     */
    final double[] dir;
    /**
     * What the directions pass leaves each agent for the work pass, at 2i and 2i + 1: its steered
     * change of direction and its neighbours' mean engagement (one array, one stream).
     */
    private final double[] steered;

    // teams: the week's realised levers (the organization's, through each lead), and scratch
    private final double[] teamVision;
    private final double[] teamInspiration;
    private final double[] teamSafety;
    private final double[] teamPlanning;
    private final double[] teamProcess;
    private final double[] teamAccountability;
    private final double[] teamAutonomy;
    private final double[] teamCoordination;
    private final double[] teamOverhead;
    private final double[] teamX;
    private final double[] teamY;
    private final int[] teamCount;
    private final double[] teamAgreement;
    private final double[] teamPerformance;
    /** Members present at the end of last week, per team (for the load of vacancies). */
    private final int[] teamPresent;
    /** Last week's results of each team: mean share of effort that came to something, times its week. */
    private final double[] teamResult;
    /** Mean propensity to lead of each team's present members, as of the end of last week. */
    private final double[] teamPropensity;

    // organization state
    double targetAngle;
    double visionAngle;
    double planAngle;
    /** The vision and plan angles a week ago, for the week's re-direction. */
    private double lastVisionAngle;
    private double lastPlanAngle;
    /** Each team's re-direction this week: radians the plan and the vision moved, by the weight of their pulls. */
    private final double[] teamRedirection;
    private double capacityCut;
    private int cutWeeksLeft;
    private double demandExcess;
    private int demandWeeksLeft;
    private int shockDepartures;

    // the week's population sums, from the turnover pass to measure
    private final double[] weekSums = new double[Metric.values().length];
    private int weekHeadcount;
    private int weekNewcomers;
    private int weekVeterans;

    /** This week's metric values, by {@link Metric} ordinal. */
    final double[] metrics = new double[Metric.values().length];

    // ---------------------------------------------------------------- the parallel week
    /**
     * Agents per block, rounded to whole teams. The blocks, not the threads, fix the order in
     * which sums are made, so that the results do not depend on the number of threads; an
     * organization of at most one block sums exactly as one loop over all agents would.
     */
    static final int BLOCK_AGENTS = 4096;
    /** Slots of a block's partial sums of doubles: work uses 0-5, turnover from {@link #TURNOVER_SUMS}. */
    private static final int SLOTS = 15;
    private static final int TURNOVER_SUMS = 6;
    private static final int OUTPUT = 0;
    private static final int ALIGNMENT = 1;
    private static final int COHERENCE = 2;
    private static final int OVERHEAD = 3;
    private static final int TEAM_SUM = 4;
    private static final int TEAM_SQUARES = 5;
    /** Slots of a block's counts: work uses 0-6, turnover from {@link #TURNOVER_COUNTS} (its own HEADCOUNT, DEPARTED, ...). */
    private static final int COUNTS = 12;
    private static final int TURNOVER_COUNTS = 7;
    private static final int HEADCOUNT = 0;
    private static final int PROPOSED = 1;
    private static final int IMPLEMENTED = 2;
    private static final int ERRORS = 3;
    private static final int REPORTED = 4;
    private static final int INCIDENTS = 5;
    private static final int STAFFED = 6;
    private static final int DEPARTED = 1;
    private static final int HIRED = 2;
    private static final int NEWCOMERS = 3;
    private static final int VETERANS = 4;
    /** The streams each block has a copy of, in this order: drift, team, ideas, errors, turnover, people, leads. */
    private static final int STREAMS = 7;
    /** Doubles per position in {@link #peers}. */
    private static final int PEER = 4;
    /** A vacant position's engagement in {@link #peers}: below any engagement. */
    private static final double VACANT = -1;

    /** Teams per block and the number of blocks: fixed by the organization's size alone. */
    private final int teamsPerBlock;
    private final int blocks;
    /** Threads that step the week; 0 until set (then one). */
    private transient int threads;
    private transient WeekPool pool;
    private transient IntConsumer directionsPass;
    private transient IntConsumer workPass;
    private transient double[] blockSums;
    private transient int[] blockCounts;
    private transient int[] blockHistograms;
    private transient RandomStream[] blockStreams;
    /** Each block's scratch of one team: what each member achieved, and the frustration of a rejected idea. */
    private transient double[] achievedScratch;
    private transient double[] rejectedScratch;
    /**
     * What a neighbour's walk reads of each position, packed into one run of {@link #PEER}
     * doubles so that a long tie costs one cache line, not five: engagement (or {@link #VACANT}),
     * weight = propensity x engagement, weight x direction x, weight x direction y, as they
     * stand at the end of the week (written by the turnover pass, and by a departure shock);
     * past the n positions' records, the long ties' copies (see {@link #walksLaidOut}).
     */
    private transient double[] peers;
    /**
     * Whether the network's neighbour lists hold the walks' reads: from the first week on,
     * each entry of {@code network.neighbours} is the offset in {@link #peers} of the record it
     * reads (in place, so that the walks cost no array of their own: 4 bytes per tie). A near
     * tie (within a team's length) reads the neighbour's own record; a long tie reads a copy of
     * it, one of the records past the n positions', which each block gathers at the start of
     * the directions pass. The gather is a tight loop of independent loads, so that a large
     * organization's cache misses on its long ties overlap (in the walk they sit on the chain
     * of each agent's sums); the walk then reads the copies in order. The values read, and the
     * order they are added in, are those of the neighbour lists: results are bit-identical to
     * reading the neighbours' records. Snapshots and checkpoints see the positions, never the
     * offsets ({@link #neighbourAt}, {@link #writeObject}).
     */
    private transient boolean walksLaidOut;
    /** For each long-tie copy in {@link #peers} (in neighbour-list order), the position it copies. */
    private transient int[] longTieSources;
    /** Block b gathers the long-tie copies [blockLongTies[b], blockLongTies[b + 1]). */
    private transient int[] blockLongTies;
    // the week's organization-wide values, set before a pass for its blocks to read
    private transient double distributedShare;
    private transient double visionCos;
    private transient double visionSin;
    private transient double planCos;
    private transient double planSin;
    private transient double targetCos;
    private transient double targetSin;
    private transient double capacityLeft;
    private transient double weekShock;
    private transient double organizationFactor;
    private transient double selfCoordination;
    private transient double errorBase;
    private transient double planningClarity;
    private transient double quitBound;

    /**
     * Creates the organization at week 0: every position filled by an agent with its traits,
     * every team with its lead's skills, directions loosely around the target, the vision and
     * the plan on the target.
     *
     * @param spec the validated spec; its seed keys every random stream
     */
    public Organization(ScenarioSpec spec) {
        long seed = spec.seed();
        n = spec.agents();
        teamSize = (int) spec.get(Param.TEAM_SIZE);
        teams = (n + teamSize - 1) / teamSize;
        levers = new Levers(spec);
        environmentStream = new RandomStream(seed, "environment");
        driftStream = new RandomStream(seed, "drift");
        teamStream = new RandomStream(seed, "team");
        ideaStream = new RandomStream(seed, "ideas");
        errorStream = new RandomStream(seed, "errors");
        turnoverStream = new RandomStream(seed, "turnover");
        hireStream = new RandomStream(seed, "people");
        leadStream = new RandomStream(seed, "leads");
        shockStream = new RandomStream(seed, "shocks");

        sensing = new Sensing(spec);
        planning = new Planning(spec);
        informal = new InformalLeadership(spec);
        coordination = new Coordination(spec);
        rework = new Rework(spec);
        standardWork = new StandardWork(spec);
        overhead = new Overhead(spec);
        autonomy = new Autonomy(spec, n);
        purpose = new Purpose(spec, n);
        recognition = new Recognition(spec, n);
        aspiration = new Aspiration(spec, n);
        strain = new Strain(spec, n);
        workload = new Workload(spec);
        fatigue = new ChangeFatigue(spec, n);
        contagion = new Contagion(spec);
        innovation = new Innovation(spec);
        learning = new TeamLearning(spec, teams);
        checks = new Checks(spec);
        heterogeneity = new Heterogeneity(spec, teams);
        support = new Support(spec);
        context = new Context(spec, new RandomStream(seed, "context").at(0, 0));

        hiringRate = spec.get(Param.HIRING_RATE);
        turbulence = spec.get(Param.TURBULENCE);
        signalNoise = spec.get(Param.SIGNAL_NOISE);
        followRate = spec.get(Param.FOLLOW_RATE);
        drift = spec.get(Param.DRIFT);
        directionSpread = spec.get(Param.DIRECTION_SPREAD);
        teamVariation = spec.get(Param.TEAM_VARIATION);
        baseEffort = spec.get(Param.BASE_EFFORT);
        skillFloor = spec.get(Param.SKILL_FLOOR);
        resourceWeight = spec.get(Param.RESOURCE_WEIGHT);
        cutCushion = spec.get(Param.CUT_CUSHION);
        incidentCost = spec.get(Param.INCIDENT_COST);
        engagementBase = spec.get(Param.ENGAGEMENT_BASE);
        engagementRate = spec.get(Param.ENGAGEMENT_RATE);
        clarityWeight = spec.get(Param.CLARITY_WEIGHT);
        clarityVisionShare = spec.get(Param.CLARITY_VISION_SHARE);
        quitBase = spec.get(Param.QUIT_BASE) * context.labourMarket;
        quitSlope = spec.get(Param.QUIT_SLOPE);
        learnRate = spec.get(Param.LEARN_RATE);
        learningSpread = spec.get(Param.LEARNING_SPREAD);
        onboardBase = spec.get(Param.ONBOARD_BASE);
        onboardProcess = spec.get(Param.ONBOARD_PROCESS);
        onboardSafety = spec.get(Param.ONBOARD_SAFETY);
        errorRate = spec.get(Param.ERROR_RATE);
        errorSkill = spec.get(Param.ERROR_SKILL_EFFECT);
        errorEngagement = spec.get(Param.ERROR_ENGAGEMENT_EFFECT);
        errorShock = spec.get(Param.ERROR_SHOCK_EFFECT);
        reportFloor = spec.get(Param.REPORT_FLOOR);
        hireEngagement = spec.get(Param.HIRE_ENGAGEMENT);
        hireSkill = spec.get(Param.HIRE_SKILL);
        hireSkillRange = spec.get(Param.HIRE_SKILL_RANGE);

        teamsPerBlock = Math.max(1, BLOCK_AGENTS / teamSize);
        blocks = (teams + teamsPerBlock - 1) / teamsPerBlock;
        network = SmallWorld.build(n, (int) spec.get(Param.NETWORK_DEGREE), spec.get(Param.NETWORK_REWIRING),
                new RandomStream(seed, "network"));
        present = new boolean[n];
        engagementSkill = new double[2 * n];
        propensity = new double[n];
        learningAbility = new double[n];
        hiredWeek = new int[n];
        reading = new double[2 * n];
        dir = new double[2 * n];
        steered = new double[2 * n];
        teamVision = new double[teams];
        teamInspiration = new double[teams];
        teamSafety = new double[teams];
        teamPlanning = new double[teams];
        teamProcess = new double[teams];
        teamAccountability = new double[teams];
        teamAutonomy = new double[teams];
        teamCoordination = new double[teams];
        teamOverhead = new double[teams];
        teamX = new double[teams];
        teamY = new double[teams];
        teamCount = new int[teams];
        teamAgreement = new double[teams];
        teamPerformance = new double[teams];
        teamPresent = new int[teams];
        teamResult = new double[teams];
        teamPropensity = new double[teams];
        teamRedirection = new double[teams];

        double initEngagement = spec.get(Param.INIT_ENGAGEMENT);
        double initSpread = spec.get(Param.INIT_ENGAGEMENT_SPREAD);
        double initSkill = spec.get(Param.INIT_SKILL);
        double initSkillRange = spec.get(Param.INIT_SKILL_RANGE);
        for (int t = 0; t < teams; t++) {
            RandomStream r = leadStream.at(t, 0);
            heterogeneity.newLead(t, r.gaussian(), r.gaussian());
            teamPresent[t] = Math.min(n, (t + 1) * teamSize) - t * teamSize;
            teamResult[t] = aspiration.expectedProgress;
        }
        for (int i = 0; i < n; i++) {
            RandomStream r = hireStream.at(i, 0);
            present[i] = true;
            hiredWeek[i] = FOUNDING;
            engagementSkill[2 * i] = clamp01(initEngagement + initSpread * r.gaussian());
            engagementSkill[2 * i + 1] = uniformSkill(initSkill, initSkillRange, r.nextDouble());
            join(i, r, 0);
        }
        for (int t = 0; t < teams; t++) {
            double sum = 0;
            int end = Math.min(n, (t + 1) * teamSize);
            for (int i = t * teamSize; i < end; i++) {
                sum += propensity[i];
            }
            teamPropensity[t] = sum / (end - t * teamSize);
        }
    }

    /** Draws what agent i brings when it joins: its traits, propensity, misreading and direction. */
    private void join(int i, RandomStream r, double around) {
        propensity[i] = informal.propensity(r.nextDouble());
        double bias = signalNoise * r.gaussian();
        reading[2 * i] = Math.cos(bias);
        reading[2 * i + 1] = Math.sin(bias);
        double angle = around + directionSpread * r.gaussian();
        dir[2 * i] = Math.cos(angle);
        dir[2 * i + 1] = Math.sin(angle);
        steered[2 * i] = 0;
        purpose.sensitivity[i] = heterogeneity.trait(purpose.spread, r.gaussian());
        autonomy.need[i] = heterogeneity.trait(autonomy.needSpread, r.gaussian());
        strain.resilience(i, heterogeneity.trait(strain.resilienceSpread, r.gaussian()));
        learningAbility[i] = heterogeneity.trait(learningSpread, r.gaussian());
        aspiration.join(i);
        strain.join(i);
        fatigue.fatigue[i] = 0;
        recognition.recognition[i] = 0;
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

    /** Formal leads and strong informal leaders (propensity at least {@link #STRONG_INFORMAL_LEADER}) may leave at rates of their own. */
    @Override
    public void removeAgents(double fraction, double leadFraction, double informalFraction) {
        long key = shocksApplied++;
        for (int i = 0; i < n; i++) {
            if (present[i]) {
                double chance = i % teamSize == 0 ? leadFraction : (propensity[i] >= STRONG_INFORMAL_LEADER ? informalFraction : fraction);
                if (shockStream.at(i, key).nextDouble() < chance) {
                    present[i] = false;
                    shockDepartures++;
                    if (peers != null) {
                        peers[i * PEER] = VACANT;
                    }
                }
            }
        }
    }

    /** @return the strain of work beyond capacity: a capacity cut plus a demand spike, at most 1 */
    private double shockStrain() {
        return Math.min(1, capacityCut + demandExcess);
    }

    /** Planning cycle: the plan is re-based on the vision as it stands; between cycles it stays put. */
    void replan() {
        planAngle = visionAngle;
    }

    // ---------------------------------------------------------------- phases of a week

    /**
     * The target drifts; the vision follows a noisy signal, faster with stronger vision
     * ({@link Sensing}); the plan moves off-cycle when the vision has left it ({@link Planning}).
     */
    void environment() {
        RandomStream r = environmentStream.at(0, week);
        targetAngle += turbulence * r.gaussian();
        double signal = targetAngle + signalNoise * r.gaussian();
        visionAngle += sensing.rate(levers.vision) * wrap(signal - visionAngle);
        if (planning.replans(wrap(visionAngle - planAngle), levers.planning, r.nextDouble())) {
            replan();
        }
    }

    /**
     * Each team realises the organization's levers through its lead: leadership sub-levers
     * shifted by the lead's leadership skill, management sub-levers by its management skill;
     * from them the team's autonomy, coordination and overhead.
     */
    private void realiseLevers() {
        Levers l = levers;
        for (int t = 0; t < teams; t++) {
            double dl = heterogeneity.leadLeadership[t];
            double dm = heterogeneity.leadManagement[t];
            teamVision[t] = clamp01(l.vision + dl);
            // members who choose to lead add their own inspiration and care to the lead's
            double added = informal.added(distributedShare, teamPropensity[t]);
            double h = clamp01(l.inspiration + dl);
            double c = clamp01(l.safety + dl);
            teamInspiration[t] = h + (1 - h) * added;
            teamSafety[t] = c + (1 - c) * added;
            double p = clamp01(l.planning + dm);
            double q = clamp01(l.process + dm);
            double a = clamp01(l.accountability + dm);
            teamPlanning[t] = p;
            teamProcess[t] = q;
            teamAccountability[t] = a;
            teamAutonomy[t] = autonomy.of(q, a, distributedShare);
            teamCoordination[t] = coordination.of(p, q);
            teamOverhead[t] = overhead.share(p, q, a, l.resources);
        }
    }

    /**
     * Each agent's direction moves toward the pulls on it: the plan (management, as its team
     * enforces it), its lead's direction (formal leadership, which the plan filters),
     * influential peers and its own reading of the target (informal leadership); plus its own
     * drift. Only the steered part of the move counts as a change of direction.
     */
    void directions() {
        distributedShare = informal.share(levers.distributed);
        realiseLevers();
        double planMove = Math.abs(wrap(planAngle - lastPlanAngle));
        double visionMove = Math.abs(wrap(visionAngle - lastVisionAngle));
        lastPlanAngle = planAngle;
        lastVisionAngle = visionAngle;
        for (int t = 0; t < teams; t++) {
            double plan = teamPlanning[t];
            double formal = (1 - plan) * (1 - distributedShare) * teamVision[t];
            teamRedirection[t] = plan * planMove + formal * visionMove;
        }
        visionCos = Math.cos(visionAngle);
        visionSin = Math.sin(visionAngle);
        planCos = Math.cos(planAngle);
        planSin = Math.sin(planAngle);
        targetCos = Math.cos(targetAngle);
        targetSin = Math.sin(targetAngle);
        pool().run(directionsPass, blocks);
    }

    /** The directions of the agents of block b (its teams, whole). */
    private void directionsBlock(int b) {
        double distributed = distributedShare;
        double informalPull = distributed * levers.vision;
        double frontline = informal.frontline;
        double vx = visionCos;
        double vy = visionSin;
        double px = planCos;
        double py = planSin;
        double tx = targetCos;
        double ty = targetSin;
        int[] offsets = network.offsets;
        int[] walk = network.neighbours; // laid out as the walks' reads
        double[] peer = peers;
        gatherLongTies(blockLongTies[b], blockLongTies[b + 1]);
        double[] d = dir;
        double[] rd = reading;
        RandomStream driftDraws = drift(b);
        int wk = week;
        int lastTeam = Math.min(teams, (b + 1) * teamsPerBlock);
        for (int t = b * teamsPerBlock, lead = t * teamSize; t < lastTeam; t++, lead += teamSize) {
            int end = Math.min(n, lead + teamSize);
            double plan = teamPlanning[t];
            double formal = (1 - plan) * (1 - distributed) * teamVision[t];
            double planX = plan * px;
            double planY = plan * py;
            boolean leadPresent = present[lead];
            double leadX = d[2 * lead];
            double leadY = d[2 * lead + 1];
            double sumX = 0;
            double sumY = 0;
            int members = 0;
            for (int i = lead; i < end; i++) {
                if (!present[i]) {
                    continue;
                }
                double dx = d[2 * i];
                double dy = d[2 * i + 1];
                double sx = planX;
                double sy = planY;
                double w = plan;
                if (i == lead) {
                    sx += formal * vx; // the formal lead reads the vision itself
                    sy += formal * vy;
                    w += formal;
                } else if (leadPresent) {
                    sx += formal * leadX;
                    sy += formal * leadY;
                    w += formal;
                }
                // one walk over the neighbours serves the peers' pull and engagement contagion
                double ix = 0;
                double iy = 0;
                double influence = 0;
                double engagementSum = 0;
                int count = 0;
                for (int k = offsets[i], last = offsets[i + 1]; k < last; k++) {
                    int p = walk[k];
                    double ej = peer[p];
                    if (ej != VACANT) {
                        ix += peer[p + 2];
                        iy += peer[p + 3];
                        influence += peer[p + 1];
                        engagementSum += ej;
                        count++;
                    }
                }
                steered[2 * i + 1] = count == 0 ? engagementSkill[2 * i] : engagementSum / count;
                if (informalPull > 0) {
                    // agents who choose to lead read the target themselves, each with its own bias
                    double own = informalPull * frontline * propensity[i];
                    double readingCos = rd[2 * i];
                    double readingSin = rd[2 * i + 1];
                    sx += own * (tx * readingCos - ty * readingSin);
                    sy += own * (tx * readingSin + ty * readingCos);
                    w += own;
                    if (influence > 0) {
                        double peers = informalPull - own;
                        double perInfluence = peers / influence;
                        sx += perInfluence * ix;
                        sy += perInfluence * iy;
                        w += peers;
                    }
                }
                double steerX = followRate * (sx - w * dx);
                double steerY = followRate * (sy - w * dy);
                steered[2 * i] = Math.sqrt(steerX * steerX + steerY * steerY);
                double nx = dx + steerX;
                double ny = dy + steerY;
                // the drift: a small rotation by a normal angle, as its tangent step, renormalized
                double turn = drift * driftDraws.at(i, wk).gaussian();
                double rx = nx - turn * ny;
                double ry = ny + turn * nx;
                double norm2 = rx * rx + ry * ry;
                if (norm2 > 1e-24) {
                    double unit = 1 / Math.sqrt(norm2);
                    rx *= unit;
                    ry *= unit;
                } else {
                    rx = dx;
                    ry = dy;
                }
                d[2 * i] = rx;
                d[2 * i + 1] = ry;
                sumX += rx;
                sumY += ry;
                members++;
            }
            teamX[t] = sumX;
            teamY[t] = sumY;
            teamCount[t] = members;
        }
    }

    /** Refreshes the long ties' copies [from, to) in {@link #peers} from the records they copy. */
    private void gatherLongTies(int from, int to) {
        double[] peer = peers;
        int[] source = longTieSources;
        for (int f = from, copy = (n + from) * PEER; f < to; f++, copy += PEER) {
            int p = source[f] * PEER;
            peer[copy] = peer[p];
            peer[copy + 1] = peer[p + 1];
            peer[copy + 2] = peer[p + 2];
            peer[copy + 3] = peer[p + 3];
        }
    }

    /**
     * Lays the walks out over the network's neighbour lists (see {@link #walksLaidOut}), with
     * {@link #longTieSources} and {@link #blockLongTies}, and sizes {@link #peers} for the n
     * positions' records and the long ties' copies.
     */
    private void layOutWalks() {
        int[] offsets = network.offsets;
        int[] neighbours = network.neighbours;
        long longTies = 0;
        for (int i = 0; i < n; i++) {
            for (int k = offsets[i]; k < offsets[i + 1]; k++) {
                longTies += isLongTie(i, neighbours[k]) ? 1 : 0;
            }
        }
        // copies only while the records fit one array (far beyond any sensible network)
        boolean copy = (n + longTies) * PEER <= Integer.MAX_VALUE - 8;
        int[] sources = new int[copy ? (int) longTies : 0];
        int[] perBlock = new int[blocks + 1];
        int copies = 0;
        for (int b = 0; b < blocks; b++) {
            perBlock[b] = copies;
            int last = Math.min(n, (b + 1) * teamsPerBlock * teamSize);
            for (int i = b * teamsPerBlock * teamSize; i < last; i++) {
                for (int k = offsets[i]; k < offsets[i + 1]; k++) {
                    int j = neighbours[k];
                    if (!copy || !isLongTie(i, j)) {
                        neighbours[k] = j * PEER;
                    } else {
                        neighbours[k] = (n + copies) * PEER;
                        sources[copies++] = j;
                    }
                }
            }
        }
        perBlock[blocks] = copies;
        longTieSources = sources;
        blockLongTies = perBlock;
        peers = new double[(n + copies) * PEER];
        walksLaidOut = true;
    }

    /** @return the position that entry k of the neighbour lists ties to, whether the walks are laid out or not */
    private int neighbourAt(int k) {
        int entry = network.neighbours[k];
        if (!walksLaidOut) {
            return entry;
        }
        int record = entry / PEER;
        return record < n ? record : longTieSources[record - n];
    }

    /** Writes the neighbour lists as positions, whatever the walks' layout, so that a checkpoint is the same either way. */
    private void writeObject(ObjectOutputStream out) throws IOException {
        if (!walksLaidOut) {
            out.defaultWriteObject();
            return;
        }
        int[] neighbours = network.neighbours;
        int[] walks = neighbours.clone();
        System.arraycopy(neighbours(), 0, neighbours, 0, neighbours.length);
        walksLaidOut = false;
        try {
            out.defaultWriteObject();
        } finally {
            System.arraycopy(walks, 0, neighbours, 0, walks.length);
            walksLaidOut = true;
        }
    }

    /** @return whether the tie i-j reaches beyond a team's length, so that its walk reads a copy */
    private boolean isLongTie(int i, int j) {
        return Math.abs(j - i) > teamSize;
    }

    /**
     * Packs what the walks over the neighbours read of positions [from, to) into {@link #peers};
     * the turnover pass does the same for each agent as it goes.
     */
    private void pack(int from, int to) {
        double[] peer = peers;
        for (int i = from; i < to; i++) {
            int p = i * PEER;
            if (present[i]) {
                double e = engagementSkill[2 * i];
                double weight = propensity[i] * e;
                peer[p] = e;
                peer[p + 1] = weight;
                peer[p + 2] = weight * dir[2 * i];
                peer[p + 3] = weight * dir[2 * i + 1];
            } else {
                peer[p] = VACANT;
            }
        }
    }

    /**
     * One pass over the agents, team by team, in three loops over the team's members: their
     * work (output from effort, skill, alignment and coherence), their learning (ideas, errors,
     * skill), then their engagement (aspiration, change fatigue, exhaustion, recognition and
     * the engagement target); each reads only the member's own state and its team's. See
     * docs/MODEL.md, work, learning and engagement. Then, block by block while its state is
     * still in cache, the block's turnover (see {@link #turnoverBlock}): no agent's work reads
     * what another's turnover writes, so this is the week's order, work before turnover. The
     * sums over agents are made per block and added in block order.
     */
    void work() {
        Levers l = levers;
        targetCos = Math.cos(targetAngle);
        targetSin = Math.sin(targetAngle);
        double resources = l.resources;
        double resourceFit = 1 - resourceWeight + resourceWeight * resources;
        capacityLeft = 1 - capacityCut * (1 - cutCushion * resources);
        weekShock = shockStrain();
        organizationFactor = context.productivity * resourceFit * capacityLeft * (1 + innovation.stock);
        distributedShare = informal.share(l.distributed);
        selfCoordination = coordination.selfCoordination(distributedShare, l.vision);
        errorBase = context.hazard * errorRate * (1 + errorShock * weekShock);
        planningClarity = (1 - clarityVisionShare) * l.planning;
        // the quit chance at the ends of the ranges of engagement and exhaustion bounds it, so
        // that a draw at or above the bound decides without the exponential
        quitBound = Math.max(Math.exp(0.5 * quitSlope), Math.exp(-0.5 * quitSlope)) * quitBase * (1 + strain.quitEffect);
        pool().run(workPass, blocks);

        double output = 0;
        double alignmentSum = 0;
        double coherenceSum = 0;
        double overheadSum = 0;
        double teamSum = 0;
        double teamSquares = 0;
        int headcount = 0;
        int proposed = 0;
        int implemented = 0;
        int errors = 0;
        int reported = 0;
        int incidents = 0;
        int staffedTeams = 0;
        for (int b = 0; b < blocks; b++) {
            int d = b * SLOTS;
            int c = b * COUNTS;
            output += blockSums[d + OUTPUT];
            alignmentSum += blockSums[d + ALIGNMENT];
            coherenceSum += blockSums[d + COHERENCE];
            overheadSum += blockSums[d + OVERHEAD];
            teamSum += blockSums[d + TEAM_SUM];
            teamSquares += blockSums[d + TEAM_SQUARES];
            headcount += blockCounts[c + HEADCOUNT];
            proposed += blockCounts[c + PROPOSED];
            implemented += blockCounts[c + IMPLEMENTED];
            errors += blockCounts[c + ERRORS];
            reported += blockCounts[c + REPORTED];
            incidents += blockCounts[c + INCIDENTS];
            staffedTeams += blockCounts[c + STAFFED];
        }
        double[] m = metrics;
        m[Metric.ALIGNMENT.ordinal()] = headcount == 0 ? 0 : alignmentSum / headcount;
        m[Metric.COHERENCE.ordinal()] = headcount == 0 ? 0 : coherenceSum / headcount;
        m[Metric.WASTE_SHARE.ordinal()] = 1 - m[Metric.COHERENCE.ordinal()];
        m[Metric.OVERHEAD_SHARE.ordinal()] = headcount == 0 ? 0 : overheadSum / headcount;
        double teamMean = staffedTeams == 0 ? 0 : teamSum / staffedTeams;
        double teamVariance = staffedTeams < 2 ? 0 : Math.max(0, (teamSquares - staffedTeams * teamMean * teamMean) / (staffedTeams - 1));
        m[Metric.TEAM_OUTPUT_SPREAD.ordinal()] = teamMean > 0 ? Math.sqrt(teamVariance) / teamMean : 0;

        // implemented ideas add to the innovation stock; incidents cost output
        innovation.close(implemented, n);
        double perAgent = headcount == 0 ? 0 : output / headcount;
        m[Metric.OUTPUT.ordinal()] = Math.max(0, output - incidentCost * perAgent * incidents);
        m[Metric.IDEAS_PROPOSED.ordinal()] = proposed;
        m[Metric.IDEAS_IMPLEMENTED.ordinal()] = implemented;
        m[Metric.ERRORS.ordinal()] = errors;
        m[Metric.ERRORS_REPORTED.ordinal()] = reported;
        m[Metric.INCIDENTS.ordinal()] = incidents;
        m[Metric.INNOVATION.ordinal()] = innovation.stock;
        closeTurnover();
    }

    /** The work, learning and engagement of the agents of block b, with the block's sums. */
    private void workBlock(int b) {
        Levers l = levers;
        int wk = week;
        int firstTeam = b * teamsPerBlock;
        int lastTeam = Math.min(teams, firstTeam + teamsPerBlock);
        RandomStream teamDraws = team(b);
        for (int t = firstTeam; t < lastTeam; t++) {
            teamAgreement[t] = teamCount[t] == 0 ? 0 : Math.sqrt(teamX[t] * teamX[t] + teamY[t] * teamY[t]) / teamCount[t];
            teamPerformance[t] = Math.max(0, 1 + teamVariation * teamDraws.at(t, wk).gaussian());
        }
        RandomStream ideaDraws = ideas(b);
        RandomStream errorDraws = errors(b);
        double[] achievedOf = achievedScratch;
        double[] rejectedOf = rejectedScratch;
        double[] direction = dir;
        double tx = targetCos;
        double ty = targetSin;
        double resources = l.resources;
        double capacity = capacityLeft;
        double shock = weekShock;
        double organizationFactor = this.organizationFactor;
        double distributed = distributedShare;
        double selfCoordination = this.selfCoordination;
        double errorBase = this.errorBase;
        double planningClarity = this.planningClarity;

        double output = 0;
        double alignmentSum = 0;
        double coherenceSum = 0;
        double overheadSum = 0;
        int headcount = 0;
        int proposed = 0;
        int implemented = 0;
        int errors = 0;
        int reported = 0;
        int incidents = 0;
        double teamSum = 0;
        double teamSquares = 0;
        int staffedTeams = 0;
        for (int t = firstTeam, lead = t * teamSize; t < lastTeam; t++, lead += teamSize) {
            int end = Math.min(n, lead + teamSize);
            double teamStart = output;
            double vision = teamVision[t];
            double inspiration = teamInspiration[t];
            double safety = teamSafety[t];
            double process = teamProcess[t];
            double accountability = teamAccountability[t];
            double teamAut = teamAutonomy[t];
            double omega = teamOverhead[t];
            double conflict = coordination.conflict(teamCoordination[t], selfCoordination, teamAgreement[t]);
            double performance = teamPerformance[t];
            double productivity = (1 - omega) * organizationFactor * performance;
            double floor = standardWork.floor(skillFloor, process);
            double proposeChance = innovation.proposeChance(safety, teamAut);
            double implementChance = innovation.implementChance(resources, process);
            double reportChance = reportFloor + (1 - reportFloor) * safety;
            double catchChance = checks.catchChance(process);
            double errorTeam = errorBase * learning.errorFactor(t);
            double onboarding = learnRate * (onboardBase + onboardProcess * process + onboardSafety * safety);
            double lastResult = teamResult[t];
            double teamDemand = strain.demand(shock, accountability, Math.max(0, 1 - lastResult))
                    + workload.demand((end - lead) - teamPresent[t], teamPresent[t]) + overhead.demand(omega);
            double clarity = clarityWeight * (clarityVisionShare * vision + planningClarity);
            double teamTarget = engagementBase + context.climate + clarity + support.term(safety)
                    - overhead.engagementCost(omega);
            double channel = present[lead] ? 1 : distributed; // purpose by position needs the lead
            double achievedSum = 0;
            int teamReported = 0;
            int members = 0;
            int scratch = b * teamSize;
            for (int i = lead, k = scratch; i < end; i++, k++) {
                if (!present[i]) {
                    continue;
                }
                // work
                double coherence = (1 - conflict) * (1 - rework.loss(steered[2 * i]));
                double alignment = atLeast0(direction[2 * i] * tx + direction[2 * i + 1] * ty);
                double e = engagementSkill[2 * i];
                double s = engagementSkill[2 * i + 1];
                double x = strain.exhaustion(i);
                double effort = (baseEffort + (1 - baseEffort) * e) * (1 - strain.effortLoss * x);
                double skillFactor = floor + (1 - floor) * s;
                double achieved = alignment * coherence * capacity;
                output += effort * skillFactor * alignment * coherence * productivity;
                alignmentSum += alignment;
                coherenceSum += coherence;
                achievedSum += achieved;
                members++;
                achievedOf[k] = achieved;
            }
            // learning: ideas, errors, skill (a loop of its own, see the engagement's)
            for (int i = lead, k = scratch; i < end; i++, k++) {
                if (!present[i]) {
                    continue;
                }
                double e = engagementSkill[2 * i];
                double s = engagementSkill[2 * i + 1];
                double x = strain.exhaustion(i);
                double rejected = 0;
                if (proposeChance > 0) {
                    RandomStream r = ideaDraws.at(i, wk);
                    if (r.nextDouble() < proposeChance * e) {
                        proposed++;
                        if (r.nextDouble() < implementChance) {
                            implemented++;
                        } else {
                            rejected = innovation.rejectFrustration;
                        }
                    }
                }
                RandomStream r = errorDraws.at(i, wk);
                double errorChance = errorTeam * (1 - errorSkill * s) * (1 - errorEngagement * e) * (1 + strain.errorEffect * x);
                if (r.nextDouble() < errorChance) {
                    errors++;
                    if (r.nextDouble() < reportChance) {
                        reported++;
                        teamReported++;
                        s = learning.lesson(s);
                    } else if (r.nextDouble() >= catchChance) {
                        incidents++;
                    }
                }
                engagementSkill[2 * i + 1] = atMost1(s + onboarding * learningAbility[i] * (1 - s));
                rejectedOf[k] = rejected;
            }
            // engagement, in a loop of its own: its chain per agent is long, and a short body lets
            // the core overlap several agents' chains
            for (int i = lead, k = scratch; i < end; i++, k++) {
                if (!present[i]) {
                    continue;
                }
                double e = engagementSkill[2 * i];
                double sensitivity = purpose.sensitivity[i];
                aspiration.week(i, inspiration * sensitivity, achievedOf[k], rejectedOf[k]);
                double z = fatigue.week(i, teamRedirection[t]);
                double felt = autonomy.felt(i, teamAut);
                strain.week(i, teamDemand + fatigue.demandWeight * z, strain.buffer(felt, safety, resources));
                double target = teamTarget
                        + purpose.term(i, inspiration, aspiration.cynicism(i), channel)
                        + recognition.week(i, accountability, lastResult)
                        + autonomy.weight * felt
                        - aspiration.frustrationWeight * aspiration.frustration(i)
                        - strain.engagementWeight * strain.exhaustion(i)
                        - fatigue.weight * z;
                e += engagementRate * (clamp01(target) - e) + contagion.pull(steered[2 * i + 1], e);
                engagementSkill[2 * i] = clamp01(e);
            }
            teamResult[t] = members == 0 ? lastResult : Math.min(1, performance * achievedSum / members);
            if (members > 0) {
                double perMember = (output - teamStart) / members;
                teamSum += perMember;
                teamSquares += perMember * perMember;
                staffedTeams++;
            }
            learning.close(t, teamReported, members);
            overheadSum += omega * members;
            headcount += members;
        }
        int d = b * SLOTS;
        blockSums[d + OUTPUT] = output;
        blockSums[d + ALIGNMENT] = alignmentSum;
        blockSums[d + COHERENCE] = coherenceSum;
        blockSums[d + OVERHEAD] = overheadSum;
        blockSums[d + TEAM_SUM] = teamSum;
        blockSums[d + TEAM_SQUARES] = teamSquares;
        int c = b * COUNTS;
        blockCounts[c + HEADCOUNT] = headcount;
        blockCounts[c + PROPOSED] = proposed;
        blockCounts[c + IMPLEMENTED] = implemented;
        blockCounts[c + ERRORS] = errors;
        blockCounts[c + REPORTED] = reported;
        blockCounts[c + INCIDENTS] = incidents;
        blockCounts[c + STAFFED] = staffedTeams;
    }

    /** Adds up the blocks' turnover: departures, hires and the sums of the week's population measures. */
    private void closeTurnover() {
        int departures = shockDepartures;
        shockDepartures = 0;
        int hires = 0;
        int newcomers = 0;
        int veterans = 0;
        int headcount = 0;
        double[] sums = weekSums;
        for (Metric mean : POPULATION_SUMS) {
            sums[mean.ordinal()] = 0;
        }
        for (int b = 0; b < blocks; b++) {
            int d = b * SLOTS + TURNOVER_SUMS;
            for (int k = 0; k < POPULATION_SUMS.length; k++) {
                sums[POPULATION_SUMS[k].ordinal()] += blockSums[d + k];
            }
            int c = b * COUNTS + TURNOVER_COUNTS;
            departures += blockCounts[c + DEPARTED];
            hires += blockCounts[c + HIRED];
            newcomers += blockCounts[c + NEWCOMERS];
            veterans += blockCounts[c + VETERANS];
            headcount += blockCounts[c + HEADCOUNT];
        }
        metrics[Metric.DEPARTURES.ordinal()] = departures;
        metrics[Metric.HIRES.ordinal()] = hires;
        weekHeadcount = headcount;
        weekNewcomers = newcomers;
        weekVeterans = veterans;
    }

    /** Metrics summed over the present agents in {@link #turnoverBlock}, in the order of the block's slots. */
    private static final Metric[] POPULATION_SUMS = {Metric.ENGAGEMENT, Metric.FRUSTRATION, Metric.SKILL,
        Metric.EXHAUSTION, Metric.CYNICISM, Metric.CHANGE_FATIGUE, Metric.RECOGNITION, Metric.ENGAGEMENT_NEWCOMERS,
        Metric.ENGAGEMENT_VETERANS};

    /**
     * The turnover of the agents of block b, with the block's sums and histogram: agents quit
     * more the less engaged and the more exhausted they are; vacant positions are filled by
     * newcomers. Each agent, as it stands after its turnover, is added to the week's population
     * measures, which {@link #measure} closes.
     */
    private void turnoverBlock(int b) {
        int departures = 0;
        int hires = 0;
        int wk = week;
        int[] bins = blockHistograms;
        int binsFrom = b * HISTOGRAM_BINS;
        Arrays.fill(bins, binsFrom, binsFrom + HISTOGRAM_BINS, 0);
        RandomStream quitDraws = turnover(b);
        RandomStream hireDraws = hires(b);
        double engagementSum = 0;
        double frustrationSum = 0;
        double skillSum = 0;
        double exhaustionSum = 0;
        double cynicismSum = 0;
        double fatigueSum = 0;
        double recognitionSum = 0;
        double newcomerSum = 0;
        double veteranSum = 0;
        int newcomers = 0;
        int veterans = 0;
        int headcount = 0;
        double bound = quitBound;
        double[] peer = peers;
        int lastTeam = Math.min(teams, (b + 1) * teamsPerBlock);
        for (int t = b * teamsPerBlock, lead = t * teamSize; t < lastTeam; t++, lead += teamSize) {
            int end = Math.min(n, lead + teamSize);
            int members = 0;
            double propensitySum = 0;
            for (int i = lead; i < end; i++) {
                if (present[i]) {
                    double u = quitDraws.at(i, wk).nextDouble();
                    if (u < bound && u < quitBase * Math.exp(quitSlope * (0.5 - engagementSkill[2 * i]))
                            * (1 + strain.quitEffect * strain.exhaustion(i))) {
                        present[i] = false;
                        departures++;
                        peer[i * PEER] = VACANT;
                    }
                } else {
                    RandomStream r = hireDraws.at(i, wk + 1);
                    if (r.nextDouble() < hiringRate) {
                        hire(i, r, t, b);
                        hires++;
                    } else {
                        peer[i * PEER] = VACANT;
                    }
                }
            }
            // the team's measures in a loop of their own (short bodies, whose chains overlap)
            for (int i = lead; i < end; i++) {
                if (!present[i]) {
                    continue;
                }
                double e = engagementSkill[2 * i];
                // what next week's walks over the neighbours read of this agent (see pack)
                int p = i * PEER;
                double pi = propensity[i];
                double weight = pi * e;
                propensitySum += pi;
                peer[p] = e;
                peer[p + 1] = weight;
                peer[p + 2] = weight * dir[2 * i];
                peer[p + 3] = weight * dir[2 * i + 1];
                engagementSum += e;
                frustrationSum += aspiration.frustration(i);
                skillSum += engagementSkill[2 * i + 1];
                exhaustionSum += strain.exhaustion(i);
                cynicismSum += aspiration.cynicism(i);
                fatigueSum += fatigue.fatigue[i];
                recognitionSum += recognition.recognition[i];
                int tenure = wk + 1 - hiredWeek[i];
                if (tenure < NEWCOMER_WEEKS) {
                    newcomerSum += e;
                    newcomers++;
                } else if (tenure >= VETERAN_WEEKS) {
                    veteranSum += e;
                    veterans++;
                }
                int bin = Math.min(HISTOGRAM_BINS - 1, (int) (e * HISTOGRAM_BINS));
                bins[binsFrom + bin]++;
                members++;
            }
            teamPresent[t] = members;
            teamPropensity[t] = members == 0 ? 0 : propensitySum / members;
            headcount += members;
        }
        int d = b * SLOTS + TURNOVER_SUMS; // in the order of POPULATION_SUMS
        blockSums[d] = engagementSum;
        blockSums[d + 1] = frustrationSum;
        blockSums[d + 2] = skillSum;
        blockSums[d + 3] = exhaustionSum;
        blockSums[d + 4] = cynicismSum;
        blockSums[d + 5] = fatigueSum;
        blockSums[d + 6] = recognitionSum;
        blockSums[d + 7] = newcomerSum;
        blockSums[d + 8] = veteranSum;
        int c = b * COUNTS + TURNOVER_COUNTS;
        blockCounts[c + DEPARTED] = departures;
        blockCounts[c + HIRED] = hires;
        blockCounts[c + NEWCOMERS] = newcomers;
        blockCounts[c + VETERANS] = veterans;
        blockCounts[c + HEADCOUNT] = headcount;
    }

    /** A newcomer: keen, unskilled, expecting its effort to count, pointed roughly where the vision points. */
    private void hire(int i, RandomStream r, int team, int block) {
        present[i] = true;
        hiredWeek[i] = week + 1;
        engagementSkill[2 * i] = hireEngagement;
        engagementSkill[2 * i + 1] = uniformSkill(hireSkill, hireSkillRange, r.nextDouble());
        join(i, r, visionAngle);
        if (i % teamSize == 0) {
            RandomStream lead = leads(block).at(team, week + 1);
            heterogeneity.newLead(team, lead.gaussian(), lead.gaussian());
        }
    }

    /**
     * Sets the threads that step the week from now on; the results are the same whatever the
     * number.
     *
     * @param count threads, at least 1; more than the blocks are not used
     */
    public void useThreads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("threads = " + count + ": must be at least 1");
        }
        threads = count;
        pool = null;
    }

    /** @return blocks of teams the week is stepped in (fixed by the size; the unit of parallel work) */
    public int blocks() {
        return blocks;
    }

    /** @return the pool that steps the passes, with the blocks' scratch, built on first use (and after a checkpoint is read) */
    private WeekPool pool() {
        if (pool == null) {
            if (blockSums == null) {
                blockSums = new double[blocks * SLOTS];
                blockCounts = new int[blocks * COUNTS];
                blockHistograms = new int[blocks * HISTOGRAM_BINS];
                achievedScratch = new double[blocks * teamSize];
                rejectedScratch = new double[blocks * teamSize];
                RandomStream[] bases = {driftStream, teamStream, ideaStream, errorStream, turnoverStream, hireStream, leadStream};
                blockStreams = new RandomStream[blocks * STREAMS];
                for (int b = 0; b < blocks; b++) {
                    for (int s = 0; s < STREAMS; s++) {
                        blockStreams[b * STREAMS + s] = bases[s].copy();
                    }
                }
                layOutWalks();
                pack(0, n);
                directionsPass = this::directionsBlock;
                workPass = b -> {
                    workBlock(b);
                    turnoverBlock(b); // while the block's state is still in cache
                };
            }
            pool = new WeekPool(Math.max(1, threads));
        }
        return pool;
    }

    private RandomStream drift(int block) {
        return blockStreams[block * STREAMS];
    }

    private RandomStream team(int block) {
        return blockStreams[block * STREAMS + 1];
    }

    private RandomStream ideas(int block) {
        return blockStreams[block * STREAMS + 2];
    }

    private RandomStream errors(int block) {
        return blockStreams[block * STREAMS + 3];
    }

    private RandomStream turnover(int block) {
        return blockStreams[block * STREAMS + 4];
    }

    private RandomStream hires(int block) {
        return blockStreams[block * STREAMS + 5];
    }

    private RandomStream leads(int block) {
        return blockStreams[block * STREAMS + 6];
    }

    /** Closes the week: population metrics (summed in {@link #turnoverBlock}), and the end of a capacity cut or demand spike. */
    void measure() {
        int headcount = weekHeadcount;
        double[] m = metrics;
        double[] sums = weekSums;
        m[Metric.HEADCOUNT.ordinal()] = headcount;
        m[Metric.OUTPUT_PER_AGENT.ordinal()] = headcount == 0 ? 0 : m[Metric.OUTPUT.ordinal()] / headcount;
        for (Metric mean : MEANS) {
            m[mean.ordinal()] = headcount == 0 ? 0 : sums[mean.ordinal()] / headcount;
        }
        m[Metric.ENGAGEMENT_NEWCOMERS.ordinal()] = weekNewcomers == 0 ? 0 : sums[Metric.ENGAGEMENT_NEWCOMERS.ordinal()] / weekNewcomers;
        m[Metric.ENGAGEMENT_VETERANS.ordinal()] = weekVeterans == 0 ? 0 : sums[Metric.ENGAGEMENT_VETERANS.ordinal()] / weekVeterans;
        double stock = 0;
        for (int t = 0; t < teams; t++) {
            stock += learning.stock[t];
        }
        m[Metric.TEAM_LEARNING.ordinal()] = stock / teams;
        quantiles(headcount, m);
        if (cutWeeksLeft > 0 && --cutWeeksLeft == 0) {
            capacityCut = 0;
        }
        if (demandWeeksLeft > 0 && --demandWeeksLeft == 0) {
            demandExcess = 0;
        }
        week++;
    }

    /** Metrics that are a mean over the present agents of a sum made in {@link #turnoverBlock}. */
    private static final Metric[] MEANS = {Metric.ENGAGEMENT, Metric.FRUSTRATION, Metric.SKILL, Metric.EXHAUSTION,
        Metric.CYNICISM, Metric.CHANGE_FATIGUE, Metric.RECOGNITION};

    /**
     * The 10th, 50th and 90th percentiles of engagement, each to its bin's midpoint (resolution
     * 0.001), from the blocks' histograms: one walk down from the top over coarse bins of 32
     * (each a sum over the blocks' fine bins, which vectorizes, where a count per agent would
     * be a chain of increments of the same few bins), then over the fine bins of the coarse bin
     * where each rank falls. Engagement sits mostly near the top, so the walk down is some
     * third as long as one up from 0. The quantile of rank r is the lowest bin b with at least
     * r agents at or below it, that is the highest bin b with more than headcount - r agents
     * at or above it: the same bin whichever way it is found.
     */
    private void quantiles(int headcount, double[] m) {
        int[] h = blockHistograms;
        int next = QUANTILES.length - 1;
        if (headcount > 0) {
            long above = headcount - Math.max(1, (long) Math.ceil(QUANTILES[next] * headcount));
            long seen = 0;
            for (int cb = COARSE_BINS - 1; cb >= 0 && next >= 0; cb--) {
                int first = cb << COARSE_SHIFT;
                int last = Math.min(HISTOGRAM_BINS, first + (1 << COARSE_SHIFT));
                // an int sum (a coarse bin holds at most headcount agents), which C2 vectorizes
                int inCoarse = 0;
                for (int b = 0; b < blocks; b++) {
                    int from = b * HISTOGRAM_BINS;
                    for (int bin = from + first, to = from + last; bin < to; bin++) {
                        inCoarse += h[bin];
                    }
                }
                if (seen + inCoarse <= above) {
                    seen += inCoarse;
                    continue;
                }
                for (int bin = last - 1; bin >= first && next >= 0; bin--) {
                    for (int b = 0; b < blocks; b++) {
                        seen += h[b * HISTOGRAM_BINS + bin];
                    }
                    while (seen > above) {
                        m[QUANTILE_METRICS[next].ordinal()] = (bin + 0.5) / HISTOGRAM_BINS;
                        if (--next < 0) {
                            break;
                        }
                        above = headcount - Math.max(1, (long) Math.ceil(QUANTILES[next] * headcount));
                    }
                }
            }
        }
        for (; next >= 0; next--) {
            m[QUANTILE_METRICS[next].ordinal()] = 0; // no agents (the histogram holds every one counted)
        }
    }

    /** @return a copy of every position's state and of the network; read-only for the caller */
    public AgentSnapshot snapshot() {
        boolean[] informal = new boolean[n];
        double[] engagement = new double[n];
        double[] frustration = new double[n];
        for (int i = 0; i < n; i++) {
            informal[i] = propensity[i] >= STRONG_INFORMAL_LEADER;
            engagement[i] = engagementSkill[2 * i];
            frustration[i] = aspiration.frustration(i);
        }
        return new AgentSnapshot(teamSize, present.clone(), engagement, frustration, informal,
                network.offsets.clone(), neighbours());
    }

    /** @return a copy of the network's neighbour lists, as positions */
    private int[] neighbours() {
        int[] positions = new int[network.neighbours.length];
        for (int k = 0; k < positions.length; k++) {
            positions[k] = neighbourAt(k);
        }
        return positions;
    }

    /** @return the current value of a live lever */
    public Levers levers() {
        return levers;
    }

    /** Uniform on [from, from + width], the width cut at 1 so that skill stays a share. */
    static double uniformSkill(double from, double width, double u) {
        return from + Math.min(width, 1 - from) * u;
    }

    static double clamp01(double v) {
        return v < 0 ? 0 : (v > 1 ? 1 : v);
    }

    /**
     * {@code Math.max(0, v)} for any v but NaN, as a comparison: in the hot loops a predicted
     * branch, where {@code Math.max} is a longer sequence on the dependency chain.
     */
    static double atLeast0(double v) {
        return v > 0 ? v : 0;
    }

    /** {@code Math.min(1, v)} for any v but NaN, as a comparison (see {@link #atLeast0}). */
    static double atMost1(double v) {
        return v < 1 ? v : 1;
    }

    /** @return the angle in (-pi, pi] */
    static double wrap(double a) {
        return Math.atan2(Math.sin(a), Math.cos(a));
    }
}
