// SPDX-License-Identifier: Apache-2.0
package io.orgsim.benchmarks.baseline;

import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The peer baseline: orgsim's agent logic written the way MASON's tutorials write a model,
 * as a user would without orgsim. Every agent is an {@link Agent} object with its own fields
 * and references, scheduled repeating on MASON's {@link Schedule}; the organization-level
 * work (environment, team draws, closing sums, metrics) is done by a few steppables at
 * orderings between the agents'. It is for measuring, not for use.
 *
 * <p>Same equations and phases as {@code io.orgsim.core.internal.Organization} (model v2.1,
 * written from docs/MODEL.md, every mechanism on: the baseline ignores the
 * {@code mechanism.*} switches). The organization's context (productivity, climate, hazard,
 * labour market) is drawn once, at construction, from this model's own generator: the same
 * distribution as the array model's stream {@code context}, not the same values; the barriers
 * between its array loops become orderings within a week:
 * <ol>
 *   <li>{@code ENVIRONMENT}: the target, the vision, off-cycle re-planning, each team's
 *       realised levers (with the leadership its members who lead add) and re-direction;</li>
 *   <li>{@code DIRECTIONS} (each agent): new direction from the old ones, added to its
 *       team's sum;</li>
 *   <li>{@code DIRECTIONS} also reads the neighbours' engagement and notes whether the
 *       lead's position is filled (nobody's engagement or presence moves before
 *       {@code MOOD});</li>
 *   <li>{@code TEAMS}: how far each team agrees, the teams' weekly performance draws, and
 *       the team's share of each agent's equations;</li>
 *   <li>{@code WORK} (each agent): adopt the new direction, work, learn;</li>
 *   <li>{@code CLOSE_WORK}: innovation stock, incident losses, team learning and results;</li>
 *   <li>{@code MOOD} (each agent): aspiration, fatigue, exhaustion, recognition,
 *       engagement, quit or hire, add to the week's measures;</li>
 *   <li>{@code MEASURE}: the week's metrics; this week's team results, headcounts and mean
 *       propensities to lead become "last week's".</li>
 * </ol>
 * Each agent is thus stepped three times a week, the fewest that keep the model's
 * barriers. Events of equal ordering run in MASON's default shuffled order; so results are
 * statistically, not bitwise, those of the array model (the random draws come in another
 * order).
 */
public final class TutorialModel extends SimState {
    private static final long serialVersionUID = 1L;

    static final int NONE = 0;
    static final int DIRECTIONS = 1;
    static final int WORK = 2;
    static final int MOOD = 3;

    private static final int ORDER_PLANNING = 1;
    private static final int ORDER_ENVIRONMENT = 2;
    private static final int ORDER_DIRECTIONS = 3;
    private static final int ORDER_TEAMS = 4;
    private static final int ORDER_WORK = 5;
    private static final int ORDER_CLOSE_WORK = 6;
    private static final int ORDER_MOOD = 7;
    private static final int ORDER_MEASURE = 8;

    static final int HISTOGRAM_BINS = 1000;

    private final ScenarioSpec spec;
    final Levers levers;
    final int n;
    // every coefficient, read once (the same Params as the array model)
    final double hiringRate;
    final double turbulence;
    final double signalNoise;
    final double senseBase;
    final double senseGain;
    final double followRate;
    final double drift;
    final double frontline;
    final double replanTolerance;
    final double wasteMax;
    final double selfOrganization;
    final double coordinationPlanShare;
    final double reworkCost;
    final double teamVariation;
    final double baseEffort;
    final double skillFloor;
    final double standardWorkGain;
    final double resourceWeight;
    final double cutCushion;
    final double incidentCost;
    final double overheadMax;
    final double rigidity;
    final double rigidityProcessShare;
    final double engagementBase;
    final double engagementRate;
    final double contagion;
    final double purposeWeight;
    final double recognitionWeight;
    final double autonomyWeight;
    final double clarityWeight;
    final double clarityVisionShare;
    final double frustrationWeight;
    final double exhaustionWeight;
    final double fatigueWeight;
    final double overheadWeight;
    final double aspirationGain;
    final double aspirationRate;
    final double progressRate;
    final double frustrationRate;
    final double cynicismRate;
    final double cynicismThreshold;
    final double cynicismRecovery;
    final double expectedProgress;
    final double baseDemand;
    final double loadDemand;
    final double shockDemand;
    final double overheadDemand;
    final double accountabilityDemand;
    final double fatigueDemand;
    final double autonomyBuffer;
    final double safetyBuffer;
    final double resourceBuffer;
    final double strainRate;
    final double strainRecovery;
    final double effortLoss;
    final double quitExhaustion;
    final double errorExhaustion;
    final double fatigueGain;
    final double fatigueRecovery;
    final double recognitionRate;
    final double quitBase;
    final double quitSlope;
    final double learnRate;
    final double onboardBase;
    final double onboardProcess;
    final double onboardSafety;
    final double ideaRate;
    final double ideaUnsafeShare;
    final double implementFloor;
    final double implementResourceShare;
    final double rejectFrustration;
    final double innovationGain;
    final double innovationDecay;
    final double errorRate;
    final double errorSkill;
    final double errorEngagement;
    final double errorShock;
    final double reportFloor;
    final double lessonSkill;
    final double learningGain;
    final double learningDecay;
    final double learningReduction;
    final double checklist;
    final double hireEngagement;
    final double hireSkill;
    final double hireSkillRange;
    final double directionSpread;
    final double propensityShape;
    final double purposeSpread;
    final double needSpread;
    final double resilienceSpread;
    final double learningSpread;
    final double leadSpread;
    final double supportWeight;
    final double voice;
    final double sharedGain;
    // the organization's context, drawn once (docs/MODEL.md, context)
    /** C_y: output per unit of effective work, log-normal of mean 1. */
    final double contextProductivity;
    /** C_e: shift of every agent's engagement target, normal of mean 0. */
    final double contextClimate;
    /** C_h: factor on every error chance, log-normal of mean 1. */
    final double contextHazard;
    /** C_q: factor on every quit chance, log-normal of mean 1. */
    final double contextMarket;

    private final Agent[] agents;
    private final Team[] teams;

    // organization state
    int phase = NONE;
    double targetAngle;
    double visionAngle;
    double planAngle;
    private double lastVisionAngle;
    private double lastPlanAngle;
    double innovation;
    double capacityCut;
    private int cutWeeksLeft;
    double demandExcess;
    private int demandWeeksLeft;

    // this week's organization-wide quantities, set by the organization steppables
    double vx;
    double vy;
    double px;
    double py;
    double tx;
    double ty;
    double distributed;
    double informal;
    double capacity;

    // this week's sums, added to by the agents
    double output;
    double alignmentSum;
    double coherenceSum;
    int working;
    int proposed;
    int implemented;
    int errors;
    int reported;
    int incidents;
    int departures;
    int hires;
    double engagementSum;
    double frustrationSum;
    double skillSum;
    int headcount;
    final int[] histogram = new int[HISTOGRAM_BINS];

    // last week's measures
    private double weekOutput;
    private double weekEngagement;
    private double weekAlignment;
    private double weekCoherence;
    private double weekFrustration;
    private double weekSkill;
    private double weekP10;
    private double weekP50;
    private double weekP90;
    private int weekHeadcount;

    /**
     * Builds the organization at week 0, as the array model does: every position filled,
     * every agent with its traits, every team with its lead's skills, directions loosely
     * around the target, the same small-world network.
     *
     * @param spec a validated spec; its shocks are ignored
     */
    public TutorialModel(ScenarioSpec spec) {
        super(spec.seed());
        this.spec = spec;
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
        coordinationPlanShare = spec.get(Param.COORDINATION_PLAN_SHARE);
        reworkCost = spec.get(Param.REWORK_COST);
        teamVariation = spec.get(Param.TEAM_VARIATION);
        baseEffort = spec.get(Param.BASE_EFFORT);
        skillFloor = spec.get(Param.SKILL_FLOOR);
        standardWorkGain = spec.get(Param.STANDARD_WORK_GAIN);
        resourceWeight = spec.get(Param.RESOURCE_WEIGHT);
        cutCushion = spec.get(Param.CUT_CUSHION);
        incidentCost = spec.get(Param.INCIDENT_COST);
        overheadMax = spec.get(Param.OVERHEAD);
        rigidity = spec.get(Param.RIGIDITY);
        rigidityProcessShare = spec.get(Param.RIGIDITY_PROCESS_SHARE);
        engagementBase = spec.get(Param.ENGAGEMENT_BASE);
        engagementRate = spec.get(Param.ENGAGEMENT_RATE);
        contagion = spec.get(Param.CONTAGION);
        purposeWeight = spec.get(Param.PURPOSE_WEIGHT);
        recognitionWeight = spec.get(Param.RECOGNITION_WEIGHT);
        autonomyWeight = spec.get(Param.AUTONOMY_WEIGHT);
        clarityWeight = spec.get(Param.CLARITY_WEIGHT);
        clarityVisionShare = spec.get(Param.CLARITY_VISION_SHARE);
        frustrationWeight = spec.get(Param.FRUSTRATION_WEIGHT);
        exhaustionWeight = spec.get(Param.EXHAUSTION_WEIGHT);
        fatigueWeight = spec.get(Param.FATIGUE_WEIGHT);
        overheadWeight = spec.get(Param.OVERHEAD_WEIGHT);
        aspirationGain = spec.get(Param.ASPIRATION_GAIN);
        aspirationRate = spec.get(Param.ASPIRATION_RATE);
        progressRate = spec.get(Param.PROGRESS_RATE);
        frustrationRate = spec.get(Param.FRUSTRATION_RATE);
        cynicismRate = spec.get(Param.CYNICISM_RATE);
        cynicismThreshold = spec.get(Param.CYNICISM_THRESHOLD);
        cynicismRecovery = spec.get(Param.CYNICISM_RECOVERY);
        expectedProgress = spec.get(Param.HIRE_EXPECTED_PROGRESS);
        baseDemand = spec.get(Param.BASE_DEMAND);
        loadDemand = spec.get(Param.LOAD_DEMAND);
        shockDemand = spec.get(Param.SHOCK_DEMAND);
        overheadDemand = spec.get(Param.OVERHEAD_DEMAND);
        accountabilityDemand = spec.get(Param.ACCOUNTABILITY_DEMAND);
        fatigueDemand = spec.get(Param.FATIGUE_DEMAND);
        autonomyBuffer = spec.get(Param.AUTONOMY_BUFFER);
        safetyBuffer = spec.get(Param.SAFETY_BUFFER);
        resourceBuffer = spec.get(Param.RESOURCE_BUFFER);
        strainRate = spec.get(Param.STRAIN_RATE);
        strainRecovery = spec.get(Param.STRAIN_RECOVERY);
        effortLoss = spec.get(Param.EFFORT_LOSS);
        quitExhaustion = spec.get(Param.QUIT_EXHAUSTION);
        errorExhaustion = spec.get(Param.ERROR_EXHAUSTION_EFFECT);
        fatigueGain = spec.get(Param.FATIGUE_GAIN);
        fatigueRecovery = spec.get(Param.FATIGUE_RECOVERY);
        recognitionRate = spec.get(Param.RECOGNITION_RATE);
        quitBase = spec.get(Param.QUIT_BASE);
        quitSlope = spec.get(Param.QUIT_SLOPE);
        learnRate = spec.get(Param.LEARN_RATE);
        onboardBase = spec.get(Param.ONBOARD_BASE);
        onboardProcess = spec.get(Param.ONBOARD_PROCESS);
        onboardSafety = spec.get(Param.ONBOARD_SAFETY);
        ideaRate = spec.get(Param.IDEA_RATE);
        ideaUnsafeShare = spec.get(Param.IDEA_UNSAFE_SHARE);
        implementFloor = spec.get(Param.IMPLEMENT_FLOOR);
        implementResourceShare = spec.get(Param.IMPLEMENT_RESOURCE_SHARE);
        rejectFrustration = spec.get(Param.REJECT_FRUSTRATION);
        innovationGain = spec.get(Param.INNOVATION_GAIN);
        innovationDecay = spec.get(Param.INNOVATION_DECAY);
        errorRate = spec.get(Param.ERROR_RATE);
        errorSkill = spec.get(Param.ERROR_SKILL_EFFECT);
        errorEngagement = spec.get(Param.ERROR_ENGAGEMENT_EFFECT);
        errorShock = spec.get(Param.ERROR_SHOCK_EFFECT);
        reportFloor = spec.get(Param.REPORT_FLOOR);
        lessonSkill = spec.get(Param.LESSON_SKILL);
        learningGain = spec.get(Param.LEARNING_GAIN);
        learningDecay = spec.get(Param.LEARNING_DECAY);
        learningReduction = spec.get(Param.LEARNING_ERROR_REDUCTION);
        checklist = spec.get(Param.CHECKLIST);
        hireEngagement = spec.get(Param.HIRE_ENGAGEMENT);
        hireSkill = spec.get(Param.HIRE_SKILL);
        hireSkillRange = spec.get(Param.HIRE_SKILL_RANGE);
        directionSpread = spec.get(Param.DIRECTION_SPREAD);
        propensityShape = spec.get(Param.PROPENSITY_SHAPE);
        purposeSpread = spec.get(Param.PURPOSE_SPREAD);
        needSpread = spec.get(Param.AUTONOMY_NEED_SPREAD);
        resilienceSpread = spec.get(Param.RESILIENCE_SPREAD);
        learningSpread = spec.get(Param.LEARNING_SPREAD);
        leadSpread = spec.get(Param.LEAD_SPREAD);
        supportWeight = spec.get(Param.SUPPORT_WEIGHT);
        voice = spec.get(Param.VOICE);
        sharedGain = spec.get(Param.SHARED_GAIN);
        // as core's MasonModel used to: all 64 bits of the seed
        random.setSeed(new int[] {(int) spec.seed(), (int) (spec.seed() >>> 32)});
        contextProductivity = logNormal(spec.get(Param.CONTEXT_PRODUCTIVITY_SPREAD), random.nextGaussian());
        contextClimate = spec.get(Param.CONTEXT_CLIMATE_SPREAD) * random.nextGaussian();
        contextHazard = logNormal(spec.get(Param.CONTEXT_HAZARD_SPREAD), random.nextGaussian());
        contextMarket = logNormal(spec.get(Param.CONTEXT_MARKET_SPREAD), random.nextGaussian());
        n = spec.agents();
        int teamSize = (int) spec.get(Param.TEAM_SIZE);
        levers = new Levers(spec);
        teams = new Team[(n + teamSize - 1) / teamSize];
        for (int t = 0; t < teams.length; t++) {
            Team team = new Team();
            team.size = Math.min(n, (t + 1) * teamSize) - t * teamSize;
            team.present = team.size;
            team.result = expectedProgress;
            newLead(team);
            teams[t] = team;
        }
        agents = new Agent[n];
        int[][] network = Network.smallWorld(n, (int) spec.get(Param.NETWORK_DEGREE),
                spec.get(Param.NETWORK_REWIRING), random);
        for (int i = 0; i < n; i++) {
            agents[i] = new Agent(i, teams[i / teamSize]);
        }
        double initEngagement = spec.get(Param.INIT_ENGAGEMENT);
        double initSpread = spec.get(Param.INIT_ENGAGEMENT_SPREAD);
        double initSkill = spec.get(Param.INIT_SKILL);
        double initSkillRange = spec.get(Param.INIT_SKILL_RANGE);
        for (int i = 0; i < n; i++) {
            Agent a = agents[i];
            a.lead = agents[(i / teamSize) * teamSize];
            Agent[] nb = new Agent[network[i].length];
            for (int k = 0; k < nb.length; k++) {
                nb[k] = agents[network[i][k]];
            }
            a.neighbours = nb;
            a.engagement = clamp01(initEngagement + initSpread * random.nextGaussian());
            a.skill = initSkill + initSkillRange * random.nextDouble();
            a.join(this, 0);
        }
        for (int i = 0; i < n; i++) {
            agents[i].team.propensityNow += agents[i].propensity;
        }
        for (Team t : teams) {
            t.propensity = t.propensityNow / t.size;
        }
    }

    /** @return a lasting trait of mean 1, log-normal with this spread of its log */
    double trait(double spread) {
        return logNormal(spread, random.nextGaussian());
    }

    /** @return exp(spread z - spread^2 / 2), for a standard normal z: mean 1, this sd of its log */
    static double logNormal(double spread, double z) {
        return Math.exp(spread * z - 0.5 * spread * spread);
    }

    /** A new lead for the team: its own skills around the levers. */
    void newLead(Team t) {
        t.leadLeadership = leadSpread * random.nextGaussian();
        t.leadManagement = leadSpread * random.nextGaussian();
    }

    @Override
    public void start() {
        super.start();
        schedule.scheduleRepeating(Schedule.EPOCH, ORDER_PLANNING, (Steppable) s -> planAngle = visionAngle,
                spec.get(Param.PLANNING_CYCLE));
        schedule.scheduleRepeating(Schedule.EPOCH, ORDER_ENVIRONMENT, (Steppable) s -> environment(), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, ORDER_TEAMS, (Steppable) s -> teams(), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, ORDER_CLOSE_WORK, (Steppable) s -> closeWork(), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, ORDER_MEASURE, (Steppable) s -> measure(), 1.0);
        for (Agent a : agents) {
            schedule.scheduleRepeating(Schedule.EPOCH, ORDER_DIRECTIONS, a, 1.0);
            schedule.scheduleRepeating(Schedule.EPOCH, ORDER_WORK, a, 1.0);
            schedule.scheduleRepeating(Schedule.EPOCH, ORDER_MOOD, a, 1.0);
        }
    }

    private void environment() {
        Levers l = levers;
        targetAngle += turbulence * random.nextGaussian();
        double signal = targetAngle + signalNoise * random.nextGaussian();
        visionAngle += (senseBase + senseGain * l.vision) * wrap(signal - visionAngle);
        if (Math.abs(wrap(visionAngle - planAngle)) > replanTolerance && random.nextDouble() < l.planning) {
            planAngle = visionAngle;
        }
        double planMove = Math.abs(wrap(planAngle - lastPlanAngle));
        double visionMove = Math.abs(wrap(visionAngle - lastVisionAngle));
        lastPlanAngle = planAngle;
        lastVisionAngle = visionAngle;
        distributed = l.distributed;
        informal = l.distributed * l.vision;
        for (Team t : teams) {
            t.vision = clamp01(l.vision + t.leadLeadership);
            // shared leadership adds leadership: members who lead close part of the gap to full
            // inspiration and care, by the team's mean propensity as of last week's turnover
            double added = Math.min(1, sharedGain * l.distributed * t.propensity);
            double h = clamp01(l.inspiration + t.leadLeadership);
            double c = clamp01(l.safety + t.leadLeadership);
            t.inspiration = h + (1 - h) * added;
            t.safety = c + (1 - c) * added;
            t.planning = clamp01(l.planning + t.leadManagement);
            t.process = clamp01(l.process + t.leadManagement);
            t.accountability = clamp01(l.accountability + t.leadManagement);
            // voice: shared leadership gives back part of what structure takes
            t.autonomy = 1 - rigidity * (rigidityProcessShare * t.process + (1 - rigidityProcessShare) * t.accountability)
                    * (1 - voice * l.distributed);
            t.coordination = coordinationPlanShare * t.planning + (1 - coordinationPlanShare) * t.process;
            t.overhead = overheadMax * (t.planning * t.planning + t.process * t.process
                    + t.accountability * t.accountability + l.resources * l.resources) / 4;
            t.redirection = t.planning * planMove + (1 - t.planning) * (1 - distributed) * t.vision * visionMove;
            t.sumX = 0;
            t.sumY = 0;
            t.count = 0;
        }
        vx = Math.cos(visionAngle);
        vy = Math.sin(visionAngle);
        px = Math.cos(planAngle);
        py = Math.sin(planAngle);
        tx = Math.cos(targetAngle);
        ty = Math.sin(targetAngle);
        phase = DIRECTIONS;
    }

    private void teams() {
        Levers l = levers;
        double strain = Math.min(1, capacityCut + demandExcess);
        capacity = 1 - capacityCut * (1 - cutCushion * l.resources);
        double organization = contextProductivity * (1 - resourceWeight + resourceWeight * l.resources) * capacity
                * (1 + innovation);
        double selfCoordination = Math.min(1, selfOrganization * (1 + l.distributed * l.vision));
        for (Team t : teams) {
            t.agreement = t.count == 0 ? 0 : Math.sqrt(t.sumX * t.sumX + t.sumY * t.sumY) / t.count;
            t.performance = Math.max(0, 1 + teamVariation * random.nextGaussian());
            t.conflict = wasteMax * (1 - t.coordination - (1 - t.coordination) * selfCoordination * t.agreement);
            t.productivity = (1 - t.overhead) * organization * t.performance;
            t.floor = skillFloor + standardWorkGain * t.process * (1 - skillFloor);
            t.proposeChance = ideaRate * (ideaUnsafeShare + (1 - ideaUnsafeShare) * t.safety) * t.autonomy;
            t.implementChance = implementFloor + (1 - implementFloor)
                    * (implementResourceShare * l.resources + (1 - implementResourceShare) * t.process);
            t.reportChance = reportFloor + (1 - reportFloor) * t.safety;
            t.catchChance = checklist * t.process;
            t.errorChance = contextHazard * errorRate * (1 + errorShock * strain) * (1 - learningReduction * t.learning);
            t.onboarding = learnRate * (onboardBase + onboardProcess * t.process + onboardSafety * t.safety);
            t.demand = baseDemand + shockDemand * strain + accountabilityDemand * t.accountability * Math.max(0, 1 - t.result)
                    + (t.present > 0 ? loadDemand * (t.size - t.present) / t.present : 0) + overheadDemand * t.overhead;
            t.target = engagementBase + contextClimate
                    + clarityWeight * (clarityVisionShare * t.vision + (1 - clarityVisionShare) * l.planning)
                    + supportWeight * t.safety - overheadWeight * t.overhead;
            t.achievedSum = 0;
            t.members = 0;
            t.reported = 0;
        }
        output = 0;
        alignmentSum = 0;
        coherenceSum = 0;
        working = 0;
        proposed = 0;
        implemented = 0;
        errors = 0;
        reported = 0;
        incidents = 0;
        phase = WORK;
    }

    private void closeWork() {
        innovation = innovation * (1 - innovationDecay) + innovationGain * implemented / n;
        double perAgent = working == 0 ? 0 : output / working;
        weekOutput = Math.max(0, output - incidentCost * perAgent * incidents);
        weekAlignment = working == 0 ? 0 : alignmentSum / working;
        weekCoherence = working == 0 ? 0 : coherenceSum / working;
        for (Team t : teams) {
            t.nextResult = t.members == 0 ? t.result : Math.min(1, t.performance * t.achievedSum / t.members);
            t.learning = Math.min(1, t.learning * (1 - learningDecay) + (t.members == 0 ? 0 : learningGain * t.reported / t.members));
            t.presentNow = 0;
            t.propensityNow = 0;
        }
        departures = 0;
        hires = 0;
        engagementSum = 0;
        frustrationSum = 0;
        skillSum = 0;
        headcount = 0;
        java.util.Arrays.fill(histogram, 0);
        phase = MOOD;
    }

    private void measure() {
        for (Team t : teams) {
            t.result = t.nextResult;
            t.present = t.presentNow;
            t.propensity = t.presentNow == 0 ? 0 : t.propensityNow / t.presentNow;
        }
        weekHeadcount = headcount;
        weekEngagement = headcount == 0 ? 0 : engagementSum / headcount;
        weekFrustration = headcount == 0 ? 0 : frustrationSum / headcount;
        weekSkill = headcount == 0 ? 0 : skillSum / headcount;
        weekP10 = quantile(0.10);
        weekP50 = quantile(0.50);
        weekP90 = quantile(0.90);
        if (cutWeeksLeft > 0 && --cutWeeksLeft == 0) {
            capacityCut = 0;
        }
        if (demandWeeksLeft > 0 && --demandWeeksLeft == 0) {
            demandExcess = 0;
        }
        phase = NONE;
    }

    private double quantile(double q) {
        if (headcount == 0) {
            return 0;
        }
        long rank = (long) Math.ceil(q * headcount);
        long seen = 0;
        for (int b = 0; b < HISTOGRAM_BINS; b++) {
            seen += histogram[b];
            if (seen >= Math.max(1, rank)) {
                return (b + 0.5) / HISTOGRAM_BINS;
            }
        }
        return 1;
    }

    /** Steps one week. */
    public void stepWeek() {
        schedule.step(this);
    }

    /** @return last week's output, after incidents */
    public double output() {
        return weekOutput;
    }

    /** @return last week's mean engagement */
    public double engagement() {
        return weekEngagement;
    }

    /** @return last week's mean alignment */
    public double alignment() {
        return weekAlignment;
    }

    /** @return last week's mean coherence */
    public double coherence() {
        return weekCoherence;
    }

    /** @return last week's mean frustration */
    public double frustration() {
        return weekFrustration;
    }

    /** @return last week's mean skill */
    public double skill() {
        return weekSkill;
    }

    /** @return last week's engagement deciles 1, 5 and 9 */
    public double[] engagementQuantiles() {
        return new double[] {weekP10, weekP50, weekP90};
    }

    /** @return last week's headcount */
    public int headcount() {
        return weekHeadcount;
    }

    static double clamp01(double v) {
        return v < 0 ? 0 : (v > 1 ? 1 : v);
    }

    static double wrap(double a) {
        return Math.atan2(Math.sin(a), Math.cos(a));
    }
}
