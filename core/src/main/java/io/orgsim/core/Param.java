// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every numeric parameter of a scenario, with its documented name, default, allowed range
 * and meaning. Experiments address parameters by {@link #key()} (for example
 * {@code leadership.vision}); docs/MODEL.md explains each one and why its default is what
 * it is.
 *
 * <p>The two levers, {@link #LEADERSHIP} and {@link #MANAGEMENT}, each have sub-levers whose
 * {@link #parent()} is the lever: a sub-lever that is not set explicitly takes its lever's
 * value, so "leadership 0.8, management 0.3" is a complete statement.
 *
 * @since 0.1.0
 */
public enum Param {
    // --- organization and run ---
    AGENTS("org.agents", 300, 10, 50_000_000, true, null,
            "number of positions (agents) in the organization"),
    TEAM_SIZE("org.teamSize", 8, 2, 1_000, true, null,
            "agents per team; the first position of each team is its formal lead"),
    NETWORK_DEGREE("org.networkDegree", 6, 0, 100, true, null,
            "neighbours per agent in the informal small-world network (even)"),
    NETWORK_REWIRING("org.networkRewiring", 0.1, 0, 1, false, null,
            "Watts-Strogatz rewiring probability of the informal network"),
    HIRING_RATE("org.hiringRate", 0.12, 0, 1, false, null,
            "weekly probability that a vacant position is filled"),
    STEPS("run.steps", 520, 1, 1_000_000, true, null,
            "horizon in weekly steps"),
    WARMUP("run.warmup", 52, 0, 1_000_000, true, null,
            "weeks excluded from steady-state summaries"),

    // --- leadership lever (the why) ---
    LEADERSHIP("leadership", 0.5, 0, 1, false, null,
            "leadership lever: vision strength; every leadership sub-lever defaults to it"),
    VISION("leadership.vision", 0.5, 0, 1, false, LEADERSHIP,
            "clarity and strength of the vision: how fast it reads the environment and how hard it pulls directions"),
    INSPIRATION("leadership.inspiration", 0.5, 0, 1, false, LEADERSHIP,
            "inspiration and sense of purpose felt by agents"),
    SAFETY("leadership.safety", 0.5, 0, 1, false, LEADERSHIP,
            "psychological safety: willingness to propose ideas and report errors"),
    DISTRIBUTED("leadership.distributed", 0.3, 0, 1, false, null,
            "share of leadership exercised informally through the network (0 = by position only)"),

    // --- management lever (the how) ---
    MANAGEMENT("management", 0.5, 0, 1, false, null,
            "management lever: process structure; every management sub-lever defaults to it"),
    PLANNING("management.planning", 0.5, 0, 1, false, MANAGEMENT,
            "planning and coordination: plan anchoring and hand-off fit"),
    PROCESS("management.process", 0.5, 0, 1, false, MANAGEMENT,
            "standard processes: coherent work, error checks, onboarding; costs autonomy"),
    ACCOUNTABILITY("management.accountability", 0.5, 0, 1, false, MANAGEMENT,
            "accountability and feedback: recognition of results; costs some autonomy"),
    RESOURCES("management.resources", 0.5, 0, 1, false, MANAGEMENT,
            "resource allocation: tools and people where needed, capacity for implementing ideas"),
    PLANNING_CYCLE("management.planningCycle", 13, 1, 520, true, null,
            "weeks between planning cycles, when the plan is re-based on the vision"),
    REPLAN_TOLERANCE("management.replanTolerance", 0.35, 0, Math.PI, false, null,
            "radians the vision may move away from the plan before management re-plans off-cycle"),
    OVERHEAD("management.overhead", 0.30, 0, 0.9, false, null,
            "share of working time taken by process overhead at full management"),

    // --- environment ---
    TURBULENCE("env.turbulence", 0.02, 0, 1, false, null,
            "weekly standard deviation (radians) of the random walk of the strategic target"),
    SIGNAL_NOISE("env.signalNoise", 0.30, 0, Math.PI, false, null,
            "standard deviation (radians) of the noise in the weekly signal about the target"),

    // --- mechanism constants (secondary parameters) ---
    SENSE_BASE("vision.senseBase", 0.02, 0, 1, false, null,
            "weekly rate at which the organization's perceived target follows the signal without leadership"),
    SENSE_GAIN("vision.senseGain", 0.25, 0, 1, false, null,
            "extra weekly sensing rate at full vision"),
    FOLLOW_RATE("direction.followRate", 0.30, 0, 0.5, false, null,
            "weekly rate at which an agent's direction moves toward the pulls on it"),
    DRIFT("direction.drift", 0.15, 0, 1, false, null,
            "weekly standard deviation (radians) of an agent's own drift of direction"),
    FRONTLINE("direction.frontline", 0.5, 0, 1, false, null,
            "weight of informal leaders' own reading of the target"),
    WASTE_MAX("work.wasteMax", 0.6, 0, 1, false, null,
            "share of effort lost to conflicting work and failed hand-offs with no coordination at all"),
    SELF_ORGANIZATION("work.selfOrganization", 0.5, 0, 1, false, null,
            "how far a team that shares a direction coordinates itself without management"),
    REWORK_COST("work.reworkCost", 2.0, 0, 20, false, null,
            "work in progress thrown away per radian of direction change"),
    TEAM_VARIATION("work.teamVariation", 0.15, 0, 1, false, null,
            "weekly standard deviation of a team's performance (common-cause variation, whatever the levers)",
            "the value the former model gave at middling process (0.3 x (1 - 0.5)); no lever removes it now"),
    BASE_EFFORT("work.baseEffort", 0.599, 0, 1, false, null,
            "effort of a fully disengaged agent (share of a fully engaged agent's)",
            "calibrated to the published targets (docs/CALIBRATION.md, experiments/calibration-v2.1): fit 0.599 +/- 107, not identified alone, at the top of its range [0, 0.6]: the range says that engagement matters for effort (Christian, Garza & Slaughter 2011: engagement and task performance, rho .43); the first calibration's 1.0 made effort independent of engagement"),
    INCIDENT_COST("work.incidentCost", 3.0, 0, 100, false, null,
            "output lost per incident, in weeks of an average agent's output"),
    ENGAGEMENT_RATE("engagement.rate", 0.10, 0, 1, false, null,
            "weekly rate at which engagement moves toward its target"),
    CONTAGION("engagement.contagion", 0.05, 0, 0.5, false, null,
            "weekly pull of engagement toward the neighbours' mean"),
    FRUSTRATION_RATE("frustration.rate", 0.03, 0, 1, false, null,
            "weekly rate at which frustration moves toward its driver"),
    ASPIRATION_GAIN("frustration.aspirationGain", 1.0, 0, 2, false, null,
            "how much inspiration makes agents care that their effort comes to something"),
    RIGIDITY("management.rigidity", 0.6, 0, 1, false, null,
            "autonomy lost at full process and accountability"),
    QUIT_BASE("turnover.base", 0.00184, 0, 0.5, false, null,
            "weekly quit probability at engagement 0.5",
            "calibrated to the published targets (docs/CALIBRATION.md, experiments/calibration-v2.1): fit 0.00184 +/- 0.010, not identified alone (was 0.0025)"),
    QUIT_SLOPE("turnover.engagementSlope", 1.97, 0, 20, false, null,
            "how steeply the quit probability falls with engagement (log scale)",
            "calibrated to the published targets (docs/CALIBRATION.md, experiments/calibration-v2.1): fit 1.97 +/- 104, not identified alone (the first calibration: 20, the top of its range; before it 3)"),
    LEARN_RATE("skill.learnRate", 0.01, 0, 1, false, null,
            "weekly skill growth toward 1 at full onboarding support"),
    IDEA_RATE("ideas.rate", 0.03, 0, 1, false, null,
            "weekly probability of proposing an idea at full safety, engagement and autonomy"),
    INNOVATION_GAIN("ideas.innovationGain", 0.5, 0, 10, false, null,
            "productivity gain of one implemented idea per agent-equivalent (innovation stock units)"),
    INNOVATION_DECAY("ideas.decay", 0.01, 0, 1, false, null,
            "weekly obsolescence of the innovation stock"),
    ERROR_RATE("errors.rate", 0.02, 0, 1, false, null,
            "weekly error probability of an unskilled, disengaged agent with no checks"),
    CHECKLIST("errors.checklist", 0.6, 0, 1, false, null,
            "share of unreported errors caught by standard processes at full process (checks act once)"),

    // --- mechanism switches: 1 = on, 0 = replaced by its neutral form (docs/MODEL.md, Mechanisms) ---
    MECH_SENSING("mechanism.sensing", 1, 0, 1, true, null,
            "leadership speeds how fast the vision reads the environment",
            "off: the vision reads the signal at the base rate whatever the leadership"),
    MECH_PLANNING("mechanism.planning", 1, 0, 1, true, null,
            "plans lag change: the plan moves at planning cycles and off-cycle re-plans only",
            "off: the plan follows the vision every week"),
    MECH_INFORMAL("mechanism.informal", 1, 0, 1, true, null,
            "leadership as a choice: informal leaders pull peers, read the target, coordinate, carry purpose",
            "off: all leadership is positional (as if leadership.distributed were 0)"),
    MECH_COORDINATION("mechanism.coordination", 1, 0, 1, true, null,
            "conflicting work and failed hand-offs where coordination is weak",
            "off: no effort is lost to conflicting work"),
    MECH_REWORK("mechanism.rework", 1, 0, 1, true, null,
            "deliberate re-pointing throws away work in progress",
            "off: changes of direction cost no work"),
    MECH_OVERHEAD("mechanism.overhead", 1, 0, 1, true, null,
            "process overhead eats working time and, as red tape, engagement and adds demands",
            "off: no overhead at all"),
    MECH_AUTONOMY("mechanism.autonomy", 1, 0, 1, true, null,
            "rigid structure lowers autonomy, which agents need to different degrees",
            "off: every agent has full autonomy"),
    MECH_PURPOSE("mechanism.purpose", 1, 0, 1, true, null,
            "inspiration gives purpose, which raises engagement (the more the agent is sensitive to it)",
            "off: no purpose term in engagement"),
    MECH_ASPIRATION("mechanism.aspiration", 1, 0, 1, true, null,
            "untethered enthusiasm: inspiration raises aspirations, lagging results frustrate, lasting frustration turns into cynicism",
            "off: no aspiration, frustration or cynicism"),
    MECH_STRAIN("mechanism.strain", 1, 0, 1, true, null,
            "job demands-resources: demands beyond resources build exhaustion that recovers slowly",
            "off: no exhaustion"),
    MECH_WORKLOAD("mechanism.workload", 1, 0, 1, true, null,
            "turnover spiral: vacancies in a team raise the demands on those who stay",
            "off: vacancies add no demands"),
    MECH_CHANGE_FATIGUE("mechanism.changeFatigue", 1, 0, 1, true, null,
            "frequent re-direction builds change fatigue that lowers engagement and adds demands",
            "off: no change fatigue"),
    MECH_RECOGNITION("mechanism.recognition", 1, 0, 1, true, null,
            "accountability as contingent reward: recognition follows the team's results",
            "off: no recognition term in engagement"),
    MECH_CONTAGION("mechanism.contagion", 1, 0, 1, true, null,
            "engagement spreads along the informal network",
            "off: no contagion"),
    MECH_LEARNING("mechanism.learning", 1, 0, 1, true, null,
            "safety, error reporting, team learning and fewer errors (Edmondson 1999)",
            "off: reported errors teach nothing to the team"),
    MECH_CHECKS("mechanism.checks", 1, 0, 1, true, null,
            "standard processes catch errors before they harm",
            "off: no error is caught"),
    MECH_INNOVATION("mechanism.innovation", 1, 0, 1, true, null,
            "safety and autonomy make ideas; processes and resources implement them into an innovation stock",
            "off: no ideas"),
    MECH_STANDARD_WORK("mechanism.standardWork", 1, 0, 1, true, null,
            "standard processes codify know-how, so that unskilled agents produce more",
            "off: output depends on skill alone"),
    MECH_HETEROGENEITY("mechanism.heterogeneity", 1, 0, 1, true, null,
            "people and team leads differ: lasting traits and leads' own skills around the levers",
            "off: every agent has mean traits and every lead realises the levers exactly"),
    MECH_SUPPORT("mechanism.support", 1, 0, 1, true, null,
            "a lead's care and a safe team are a job resource that raises engagement directly (JD-R motivational process)",
            "off: safety acts on engagement only through strain and learning"),
    MECH_CONTEXT("mechanism.context", 1, 0, 1, true, null,
            "organizations differ in their situation outside leadership and management: productivity of work, climate, hazard, labour market",
            "off: every organization in the average situation"),

    // --- coefficients of the mechanisms (docs/MODEL.md gives each equation) ---
    PURPOSE_SPREAD("people.purposeSpread", 0.3, 0, 2, false, null,
            "log-normal spread (sd of the log) of agents' sensitivity to purpose (mean 1)",
            "individual differences in the meaning people seek in work are large; assumption of a moderate spread, to be calibrated"),
    AUTONOMY_NEED_SPREAD("people.autonomyNeedSpread", 0.3, 0, 2, false, null,
            "log-normal spread of agents' need for autonomy (mean 1)",
            "self-determination theory (Deci & Ryan 2000) treats the need as universal but its strength varies; assumption"),
    RESILIENCE_SPREAD("people.resilienceSpread", 0.3, 0, 2, false, null,
            "log-normal spread of agents' resilience to strain (mean 1)",
            "people differ in how demands turn into exhaustion (Bakker & Demerouti 2007); assumption"),
    LEARNING_SPREAD("people.learningSpread", 0.3, 0, 2, false, null,
            "log-normal spread of agents' learning ability (mean 1)",
            "assumption: learning speed differs between people by about a third"),
    DIRECTION_SPREAD("people.directionSpread", 0.5, 0, 3.141592653589793, false, null,
            "standard deviation (radians) of a starting or newcomer agent's direction around the vision",
            "about 30 degrees: people start roughly but not exactly where they are told"),
    PROPENSITY_SHAPE("people.propensityShape", 2, 0.1, 10, false, null,
            "exponent k of the propensity to lead informally, p = U^k",
            "k = 2: few strong informal leaders, many weak ones; assumption"),
    CONTEXT_PRODUCTIVITY_SPREAD("context.productivitySpread", 0.6, 0, 2, false, null,
            "log-normal spread (sd of the log) of an organization's output per unit of effective work (technology, capital, market)",
            "calibrated to the published targets (docs/CALIBRATION.md, experiments/calibration-v2.1): fit 0.6 +/- 54, at the top of its range [0, 0.6], the spread of productivity between firms of one industry (Syverson 2011, J Econ Lit 49:326-365: 90th/10th percentile ratios of about 2 to 5)"),
    CONTEXT_CLIMATE_SPREAD("context.climateSpread", 0.128, 0, 1, false, null,
            "standard deviation of an organization's shift of the engagement target from conditions outside the levers (pay, job content, place)",
            "calibrated to the published targets (docs/CALIBRATION.md, experiments/calibration-v2.1): fit 0.128 +/- 1.7, not identified alone; most of the variance of unit engagement lies outside leadership (Judge, Piccolo & Ilies 2004: rho .48)"),
    CONTEXT_HAZARD_SPREAD("context.hazardSpread", 1.4, 0, 2, false, null,
            "log-normal spread of an organization's error chance, how hazardous its work is",
            "fixed at 1.4, the value of an earlier v2.1 search that fitted it (docs/CALIBRATION.md; sd 2.5, not identified alone), to keep the committed fit at nine coefficients for nine targets; incident rates differ many-fold between industries and sites"),
    CONTEXT_MARKET_SPREAD("context.marketSpread", 0.867, 0, 2, false, null,
            "log-normal spread of an organization's quit chance, how easily its people find other work",
            "calibrated to the published targets (docs/CALIBRATION.md, experiments/calibration-v2.1): fit 0.867 +/- 24, not identified alone; wider than industries differ (LinkedIn Talent Solutions 2018: about 8% to 13% a year), so it also stands for whatever else moves quits"),
    LEAD_SPREAD("leads.skillSpread", 0.15, 0, 1, false, null,
            "standard deviation of a team lead's own leadership and management skill around the organization's levers",
            "assumption: managers explain much of the variance in team engagement (Beck & Harter 2014); the first calibration's 0.885 was an artefact of a model whose organizations differed in nothing else, and clipped realised levers toward 0.5 (docs/CALIBRATION.md)"),
    INIT_ENGAGEMENT("init.engagement", 0.6, 0, 1, false, null,
            "mean engagement of the agents at week 0, before the levers have acted",
            "a middling workforce; the levers act from week 0"),
    INIT_ENGAGEMENT_SPREAD("init.engagementSpread", 0.1, 0, 1, false, null,
            "standard deviation of engagement at week 0",
            "assumption"),
    INIT_SKILL("init.skill", 0.3, 0, 1, false, null,
            "lowest skill at week 0 (uniform from it)",
            "experienced staff at week 0; assumption"),
    INIT_SKILL_RANGE("init.skillRange", 0.6, 0, 1, false, null,
            "width of the uniform skill range at week 0 (cut where it would pass 1)",
            "assumption"),
    HIRE_ENGAGEMENT("hire.engagement", 0.65, 0, 1, false, null,
            "engagement of a newcomer",
            "newcomers start keen (the honeymoon of Boswell, Boudreau & Tichy 2005)"),
    HIRE_SKILL("hire.skill", 0.1, 0, 1, false, null,
            "lowest skill of a newcomer (uniform from it)",
            "newcomers need onboarding (brief); assumption"),
    HIRE_SKILL_RANGE("hire.skillRange", 0.2, 0, 1, false, null,
            "width of a newcomer's uniform skill range (cut where it would pass 1)",
            "assumption"),
    HIRE_EXPECTED_PROGRESS("hire.expectedProgress", 0.9, 0, 1, false, null,
            "results a newcomer (and every agent at week 0) expects its effort to achieve",
            "newcomers' expectations run high and are met or not (Wanous et al. 1992); assumption"),
    RIGIDITY_PROCESS_SHARE("management.rigidityProcessShare", 0.6, 0, 1, false, null,
            "share of lost autonomy due to process (the rest to accountability)",
            "processes constrain daily work more than accountability does; assumption"),
    COORDINATION_PLAN_SHARE("work.coordinationPlanShare", 0.6, 0, 1, false, null,
            "share of coordination due to planning (the rest to standard processes)",
            "assumption"),
    SKILL_FLOOR("work.skillFloor", 0.3, 0, 1, false, null,
            "output share of an agent with no skill at all, without standard work",
            "a novice still does part of the work; assumption"),
    STANDARD_WORK_GAIN("work.standardWorkGain", 0.3, 0, 1, false, null,
            "how far full standard processes raise that floor toward 1",
            "standard work encodes know-how for newcomers; assumption"),
    RESOURCE_WEIGHT("work.resourceWeight", 0.25, 0, 1, false, null,
            "output share that depends on resource allocation",
            "assumption: without resources a quarter of output is lost"),
    CUT_CUSHION("work.cutCushion", 0.5, 0, 1, false, null,
            "share of a capacity cut that full resource management cushions",
            "assumption"),
    ENGAGEMENT_BASE("engagement.base", -0.121, -1, 1, false, null,
            "engagement target with no purpose, recognition, autonomy or clarity",
            "calibrated to the published targets (docs/CALIBRATION.md, experiments/calibration-v2.1): fit -0.121 +/- 1.2 (was 0.15, an assumption); negative: with no purpose, support, clarity, recognition or autonomy, engagement falls to 0"),
    PURPOSE_WEIGHT("engagement.purposeWeight", 0.3, 0, 1, false, null,
            "weight of purpose in the engagement target",
            "assumption: purpose is the strongest single lever of engagement (Judge & Piccolo 2004: inspirational motivation); the first calibration's 0.356 was not identified (sd 0.40)"),
    RECOGNITION_WEIGHT("engagement.recognitionWeight", 0.2, 0, 1, false, null,
            "weight of recognition (contingent reward) in the engagement target",
            "contingent reward relates to motivation at .39 (Judge & Piccolo 2004), below transformational"),
    AUTONOMY_WEIGHT("engagement.autonomyWeight", 0.2, 0, 1, false, null,
            "weight of autonomy in the engagement target",
            "autonomy is a core job resource (Bakker & Demerouti 2007); assumption of the size"),
    SUPPORT_WEIGHT("engagement.supportWeight", 0.3, 0, 2, false, null,
            "weight of the team's support (realised psychological safety) in the engagement target",
            "job resources such as supervisor support predict engagement (Schaufeli & Bakker 2004; Bakker & Demerouti 2007); assumption of the size, not fitted"),
    SHARED_GAIN("leadership.sharedGain", 3.75, 0, 10, false, null,
            "share of the gap to full inspiration and safety that members who lead close, per unit of their team's mean propensity to lead, at full sharing",
            "calibrated to the published targets (docs/CALIBRATION.md, experiments/calibration-v2.1): fit 3.75 +/- 33, not identified alone; shared leadership adds to the leadership a team experiences, beyond the formal lead's (Wang, Waldman & Zhang 2014)"),
    VOICE("autonomy.voice", 0.5, 0, 1, false, null,
            "share of the autonomy that rigid structure takes which shared leadership gives back, at full sharing",
            "members who share leadership have a say in how work is organized (Carson, Tesluk & Marrone 2007: voice as part of the team's internal environment); assumption of the size, not fitted"),
    CLARITY_WEIGHT("engagement.clarityWeight", 0.528, 0, 2, false, null,
            "weight of clarity (vision and plan) in the engagement target",
            "calibrated to the published targets (docs/CALIBRATION.md, experiments/calibration-v2.1): fit 0.528 +/- 3.8, not identified alone (the first calibration: 1.0; before it 0.15, an assumption)"),
    CLARITY_VISION_SHARE("engagement.clarityVisionShare", 0.5, 0, 1, false, null,
            "share of clarity due to vision (the rest to planning)",
            "assumption: equal shares"),
    FRUSTRATION_WEIGHT("engagement.frustrationWeight", 0.5, 0, 2, false, null,
            "engagement lost per unit of frustration",
            "assumption"),
    EXHAUSTION_WEIGHT("engagement.exhaustionWeight", 0.3, 0, 2, false, null,
            "engagement lost per unit of exhaustion",
            "exhaustion and engagement are opposite poles of well-being (Maslach & Leiter); assumption of the size"),
    FATIGUE_WEIGHT("engagement.fatigueWeight", 0.2, 0, 2, false, null,
            "engagement lost per unit of change fatigue",
            "assumption"),
    OVERHEAD_WEIGHT("engagement.overheadWeight", 0.3, 0, 2, false, null,
            "engagement lost per unit of overhead share (red tape)",
            "assumption: red tape lowers work motivation; the first calibration's 2.0, the top of its range, came from a model whose organizations differed in nothing else (docs/CALIBRATION.md)"),
    ASPIRATION_RATE("aspiration.rate", 0.1, 0, 1, false, null,
            "weekly rate at which an agent's aspiration follows the inspiration it feels",
            "inspiration lifts aspirations within weeks; assumption"),
    PROGRESS_RATE("aspiration.progressRate", 0.02, 0, 1, false, null,
            "weekly rate at which an agent's perceived progress follows what its effort achieves",
            "results are seen with a lag of about a year; assumption"),
    CYNICISM_RATE("cynicism.rate", 0.05, 0, 1, false, null,
            "weekly growth of cynicism per unit of frustration above the threshold",
            "assumption"),
    CYNICISM_THRESHOLD("cynicism.threshold", 0.2, 0, 1, false, null,
            "frustration above which cynicism grows",
            "assumption"),
    CYNICISM_RECOVERY("cynicism.recovery", 0.002, 0, 1, false, null,
            "weekly decay of cynicism",
            "cynicism lasts: about ten years to halve; assumption"),
    BASE_DEMAND("strain.baseDemand", 0.2, 0, 2, false, null,
            "demands of the job at a full team, with no shock or overhead",
            "assumption, set so that a middling organization (levers 0.5) is mildly exhausted (about 0.1-0.2)"),
    LOAD_DEMAND("strain.loadDemand", 1.0, 0, 5, false, null,
            "demand added per vacancy per present team member",
            "the work of leavers falls on those who stay"),
    SHOCK_DEMAND("strain.shockDemand", 1.0, 0, 5, false, null,
            "demand added per unit of shock strain (capacity cut plus demand excess)",
            "assumption"),
    OVERHEAD_DEMAND("strain.overheadDemand", 1.0, 0, 5, false, null,
            "demand added per unit of overhead share",
            "administrative load is a job demand; assumption"),
    ACCOUNTABILITY_DEMAND("strain.accountabilityDemand", 0.2, 0, 5, false, null,
            "demand added by accountability when the team's results fall short",
            "pressure for results is a hindrance demand; assumption"),
    AUTONOMY_BUFFER("strain.autonomyBuffer", 0.15, 0, 2, false, null,
            "demand absorbed per unit of autonomy",
            "job resources buffer demands (Bakker & Demerouti 2007); assumption"),
    SAFETY_BUFFER("strain.safetyBuffer", 0.1, 0, 2, false, null,
            "demand absorbed per unit of psychological safety (social support)",
            "assumption"),
    RESOURCE_BUFFER("strain.resourceBuffer", 0.1, 0, 2, false, null,
            "demand absorbed per unit of resource allocation",
            "assumption"),
    STRAIN_RATE("strain.rate", 0.05, 0, 1, false, null,
            "weekly rate at which exhaustion rises toward its driver",
            "exhaustion builds over months; assumption"),
    STRAIN_RECOVERY("strain.recovery", 0.01, 0, 1, false, null,
            "weekly rate at which exhaustion falls toward a lower driver",
            "recovery from burnout is slow, about two years (Maslach & Leiter); assumption"),
    EFFORT_LOSS("strain.effortLoss", 0.3, 0, 1, false, null,
            "effort lost at full exhaustion",
            "assumption"),
    QUIT_EXHAUSTION("turnover.exhaustionEffect", 2.0, 0, 20, false, null,
            "relative rise of the quit probability at full exhaustion",
            "burnout predicts turnover intention; assumption of the size"),
    FATIGUE_GAIN("fatigue.gain", 0.5, 0, 10, false, null,
            "change fatigue added per radian of re-direction from above (plan and vision moves, by the weight of their pulls)",
            "assumption"),
    FATIGUE_RECOVERY("fatigue.recovery", 0.05, 0, 1, false, null,
            "weekly decay of change fatigue",
            "about 20 weeks; assumption"),
    FATIGUE_DEMAND("strain.fatigueDemand", 0.5, 0, 5, false, null,
            "demand added per unit of change fatigue",
            "assumption"),
    RECOGNITION_RATE("recognition.rate", 0.1, 0, 1, false, null,
            "weekly rate at which an agent's recognition follows its team's results under accountability",
            "assumption"),
    IDEA_UNSAFE_SHARE("ideas.unsafeShare", 0.1, 0, 1, false, null,
            "share of ideas still proposed at no safety",
            "assumption"),
    IMPLEMENT_FLOOR("ideas.implementFloor", 0.1, 0, 1, false, null,
            "chance that an idea is implemented with no resources and no process",
            "assumption"),
    IMPLEMENT_RESOURCE_SHARE("ideas.resourceShare", 0.5, 0, 1, false, null,
            "share of implementation capacity due to resources (the rest to process)",
            "assumption: equal shares"),
    REJECT_FRUSTRATION("ideas.rejectFrustration", 0.05, 0, 1, false, null,
            "frustration added when an agent's idea is not implemented",
            "ideas never implemented frustrate (brief, mechanism 3); assumption"),
    ERROR_SKILL_EFFECT("errors.skillEffect", 0.5, 0, 1, false, null,
            "share of errors a fully skilled agent avoids",
            "assumption"),
    ERROR_ENGAGEMENT_EFFECT("errors.engagementEffect", 0.4, 0, 1, false, null,
            "share of errors a fully engaged agent avoids",
            "unit engagement relates to safety incidents at -.32 (Harter et al. 2002)"),
    ERROR_EXHAUSTION_EFFECT("errors.exhaustionEffect", 0.5, 0, 10, false, null,
            "relative rise of the error probability at full exhaustion",
            "assumption"),
    ERROR_SHOCK_EFFECT("errors.shockEffect", 1.0, 0, 10, false, null,
            "relative rise of the error probability per unit of shock strain",
            "assumption"),
    REPORT_FLOOR("errors.reportFloor", 0.2, 0, 1, false, null,
            "share of errors reported at no safety",
            "Edmondson 1996: safe units report more errors; assumption of the size"),
    LESSON_SKILL("errors.lessonSkill", 0.02, 0, 1, false, null,
            "skill gained (toward 1) by the agent from one reported error",
            "assumption"),
    LEARNING_GAIN("learning.gain", 1.0, 0, 20, false, null,
            "team learning added per reported error per present member",
            "assumption"),
    LEARNING_DECAY("learning.decay", 0.02, 0, 1, false, null,
            "weekly decay of a team's learning stock",
            "lessons are forgotten over about a year; assumption"),
    LEARNING_ERROR_REDUCTION("learning.errorReduction", 0.6, 0, 1, false, null,
            "share of errors a team with full learning avoids",
            "team learning behaviour raises performance (Edmondson 1999); assumption of the size"),
    ONBOARD_BASE("skill.onboardBase", 0.3, 0, 1, false, null,
            "onboarding support with no process and no safety",
            "assumption"),
    ONBOARD_PROCESS("skill.onboardProcess", 0.4, 0, 1, false, null,
            "onboarding support added by full process",
            "assumption"),
    ONBOARD_SAFETY("skill.onboardSafety", 0.3, 0, 1, false, null,
            "onboarding support added by full safety",
            "assumption");

    private final String key;
    private final double defaultValue;
    private final double min;
    private final double max;
    private final boolean integer;
    private final Param parent;
    private final String description;
    private final String reason;

    Param(String key, double defaultValue, double min, double max, boolean integer, Param parent,
          String description) {
        this(key, defaultValue, min, max, integer, parent, description, "see docs/MODEL.md, Why these defaults");
    }

    Param(String key, double defaultValue, double min, double max, boolean integer, Param parent,
          String description, String reason) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.integer = integer;
        this.parent = parent;
        this.description = description;
        this.reason = reason;
    }

    /** @return the documented name, for example {@code leadership.vision} */
    public String key() {
        return key;
    }

    /** @return the default value */
    public double defaultValue() {
        return defaultValue;
    }

    /** @return the smallest allowed value */
    public double min() {
        return min;
    }

    /** @return the largest allowed value */
    public double max() {
        return max;
    }

    /** @return true when only whole numbers are allowed */
    public boolean isInteger() {
        return integer;
    }

    /** @return the lever a sub-lever inherits from, or null */
    public Param parent() {
        return parent;
    }

    /** @return a one-line meaning */
    public String description() {
        return description;
    }

    /** @return why the default is what it is: a source, or "assumption" */
    public String reason() {
        return reason;
    }

    /** @return true for a switch {@code mechanism.<name>}: 1 = on, 0 = replaced by its neutral form */
    public boolean isMechanismSwitch() {
        return key.startsWith("mechanism.");
    }

    /** @return the allowed range as text, for example {@code [0, 1]} */
    public String rangeText() {
        return "[" + format(min) + ", " + format(max) + "]" + (integer ? " (whole number)" : "");
    }

    /**
     * Checks one value against this parameter's range.
     *
     * @param value the value
     * @throws SpecException naming the field, the value and the allowed range
     */
    public void check(double value) {
        if (Double.isNaN(value) || value < min || value > max || (integer && value != Math.rint(value))) {
            throw new SpecException(key, format(value), "must be in " + rangeText());
        }
    }

    /**
     * Finds a parameter by its documented name.
     *
     * @param key for example {@code management.overhead}
     * @return the parameter, if any has that name
     */
    public static Optional<Param> byKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }

    /**
     * Formats a value the way messages and documents show it: whole numbers without a
     * decimal point.
     *
     * @param v a value
     * @return its text
     */
    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
