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
 * <p>Same equations and phases as {@code io.orgsim.core.internal.Organization}; the
 * barriers between its array loops become orderings within a week:
 * <ol>
 *   <li>{@code ENVIRONMENT}: the target, the vision, off-cycle re-planning;</li>
 *   <li>{@code DIRECTIONS} (each agent): new direction from the old ones, added to its
 *       team's sum;</li>
 *   <li>{@code DIRECTIONS} also reads the neighbours' engagement and notes whether the
 *       lead's position is filled (nobody's engagement or presence moves before
 *       {@code MOOD});</li>
 *   <li>{@code TEAMS}: how far each team agrees, the teams' weekly performance draws;</li>
 *   <li>{@code WORK} (each agent): adopt the new direction, work, learn;</li>
 *   <li>{@code CLOSE_WORK}: innovation stock, incident losses;</li>
 *   <li>{@code MOOD} (each agent): engagement, quit or hire, add to the week's measures;</li>
 *   <li>{@code MEASURE}: the week's metrics.</li>
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

    static final double E_BASE = 0.15;
    static final double W_PURPOSE = 0.30;
    static final double W_RECOGNITION = 0.20;
    static final double W_AUTONOMY = 0.20;
    static final double W_CLARITY = 0.15;
    static final double W_FRUSTRATION = 0.50;
    static final double W_STRAIN = 0.20;
    static final double IDEA_FRUSTRATION = 0.05;
    static final double ERROR_LEARNING = 0.02;
    static final int HISTOGRAM_BINS = 1000;

    private final ScenarioSpec spec;
    final Levers levers;
    final int n;
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
    final double reworkCost;
    final double teamVariation;
    final double baseEffort;
    final double incidentCost;
    final double engagementRate;
    final double contagion;
    final double frustrationRate;
    final double aspirationGain;
    final double quitBase;
    final double quitSlope;
    final double learnRate;
    final double ideaRate;
    final double innovationGain;
    final double innovationDecay;
    final double errorRate;
    final double checklist;

    private final Agent[] agents;
    private final Team[] teams;

    // organization state
    int phase = NONE;
    double targetAngle;
    double visionAngle;
    double planAngle;
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
    double formal;
    double informal;
    double capacity;
    double productivity;
    double selfCoordination;
    double strain;
    double overload;
    double positionalPurpose;
    double ideaChance;
    double implementChance;
    double reportChance;
    double checked;
    double onboarding;
    double climate;
    double care;

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
     * directions loosely around the target, the same small-world network.
     *
     * @param spec a validated spec; its shocks are ignored
     */
    public TutorialModel(ScenarioSpec spec) {
        super(spec.seed());
        // as core's MasonModel: all 64 bits of the seed
        random.setSeed(new int[] {(int) spec.seed(), (int) (spec.seed() >>> 32)});
        this.spec = spec;
        n = spec.agents();
        int teamSize = (int) spec.get(Param.TEAM_SIZE);
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

        teams = new Team[(n + teamSize - 1) / teamSize];
        for (int t = 0; t < teams.length; t++) {
            teams[t] = new Team();
        }
        agents = new Agent[n];
        int[][] network = Network.smallWorld(n, (int) spec.get(Param.NETWORK_DEGREE),
                spec.get(Param.NETWORK_REWIRING), random);
        for (int i = 0; i < n; i++) {
            agents[i] = new Agent(i, teams[i / teamSize]);
        }
        for (int i = 0; i < n; i++) {
            Agent a = agents[i];
            a.lead = agents[(i / teamSize) * teamSize];
            Agent[] nb = new Agent[network[i].length];
            for (int k = 0; k < nb.length; k++) {
                nb[k] = agents[network[i][k]];
            }
            a.neighbours = nb;
            a.engagement = clamp01(0.6 + 0.1 * random.nextGaussian());
            a.frustration = 0.1;
            a.skill = 0.3 + 0.6 * random.nextDouble();
            double u = random.nextDouble();
            a.propensity = u * u;
            a.misreading(this);
            double angle = 0.5 * random.nextGaussian();
            a.dirX = Math.cos(angle);
            a.dirY = Math.sin(angle);
        }
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
        targetAngle += turbulence * random.nextGaussian();
        double signal = targetAngle + signalNoise * random.nextGaussian();
        double senseRate = senseBase + senseGain * levers.vision;
        visionAngle += senseRate * wrap(signal - visionAngle);
        if (Math.abs(wrap(visionAngle - planAngle)) > replanTolerance && random.nextDouble() < levers.planning) {
            planAngle = visionAngle;
        }
        formal = (1 - levers.planning) * (1 - levers.distributed) * levers.vision;
        informal = levers.distributed * levers.vision;
        vx = Math.cos(visionAngle);
        vy = Math.sin(visionAngle);
        px = Math.cos(planAngle);
        py = Math.sin(planAngle);
        tx = Math.cos(targetAngle);
        ty = Math.sin(targetAngle);
        for (Team t : teams) {
            t.sumX = 0;
            t.sumY = 0;
            t.count = 0;
        }
        phase = DIRECTIONS;
    }

    private void teams() {
        Levers l = levers;
        double variation = teamVariation * (1 - l.process);
        for (Team t : teams) {
            t.agreement = t.count == 0 ? 0 : Math.sqrt(t.sumX * t.sumX + t.sumY * t.sumY) / t.count;
            t.performance = Math.max(0, 1 + variation * random.nextGaussian());
        }
        double resourceFit = 0.75 + 0.25 * l.resources;
        capacity = 1 - capacityCut * (1 - 0.5 * l.resources);
        productivity = (1 - l.overheadShare) * resourceFit * capacity * (1 + innovation);
        selfCoordination = Math.min(1, selfOrganization * (1 + l.distributed * l.vision));
        strain = Math.min(1, capacityCut + demandExcess);
        overload = 1 + strain;
        ideaChance = ideaRate * (0.1 + 0.9 * l.safety) * l.autonomy;
        implementChance = 0.1 + 0.9 * (0.5 * l.resources + 0.5 * l.process);
        reportChance = 0.2 + 0.8 * l.safety;
        checked = checklist * l.process;
        onboarding = 0.3 + 0.4 * l.process + 0.3 * l.safety;
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
        Levers l = levers;
        innovation = innovation * (1 - innovationDecay) + innovationGain * implemented / n;
        double perAgent = working == 0 ? 0 : output / working;
        weekOutput = Math.max(0, output - incidentCost * perAgent * incidents);
        weekAlignment = working == 0 ? 0 : alignmentSum / working;
        weekCoherence = working == 0 ? 0 : coherenceSum / working;
        climate = E_BASE + W_PURPOSE * l.inspiration + W_RECOGNITION * l.accountability
                + W_AUTONOMY * l.autonomy + W_CLARITY * (0.5 * l.vision + 0.5 * l.planning) - W_STRAIN * strain;
        positionalPurpose = W_PURPOSE * l.inspiration * (1 - l.distributed);
        care = aspirationGain * l.inspiration;
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
