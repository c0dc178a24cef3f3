// SPDX-License-Identifier: Apache-2.0
package io.orgsim.benchmarks.baseline;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One employee, written the way MASON's tutorials write agents: an object with its own
 * fields and references to the agents it talks to, stepped by the schedule. It is
 * scheduled repeating at three orderings of every week; the phase it is in comes from the
 * model (set by the organization-level steppables between the orderings). The equations
 * are those of {@code io.orgsim.core.internal.Organization} and its mechanisms, all on;
 * see {@link TutorialModel} for which barrier each ordering stands for.
 */
final class Agent implements Steppable {
    private static final long serialVersionUID = 1L;

    final int position;
    final Team team;
    /** The team's formal lead; this agent itself when it is the lead. */
    Agent lead;
    Agent[] neighbours = new Agent[0];

    boolean present = true;
    double engagement;
    double skill;
    double propensity;
    /** This agent's lasting misreading of the target, as a rotation (cos, sin). */
    double readingCos;
    double readingSin;
    double dirX;
    double dirY;
    private double nextX;
    private double nextY;
    private double change;
    private double achieved;
    private double rejected;
    private double neighbourEngagement;
    private boolean leadMissing;
    // lasting traits
    private double learningAbility;
    private double purpose;
    private double need;
    private double resilience;
    // the mechanisms' state
    private double aspiration;
    private double progress;
    double frustration;
    private double cynicism;
    private double exhaustion;
    private double fatigue;
    private double recognition;

    Agent(int position, Team team) {
        this.position = position;
        this.team = team;
    }

    @Override
    public void step(SimState state) {
        TutorialModel m = (TutorialModel) state;
        switch (m.phase) {
            case TutorialModel.DIRECTIONS -> directions(m);
            case TutorialModel.WORK -> workAndLearn(m);
            case TutorialModel.MOOD -> moodAndTurnover(m);
            default -> throw new IllegalStateException("agent stepped in phase " + m.phase);
        }
    }

    /**
     * The new direction from the pulls on it; adds it to the team's sum. The walk over the
     * neighbours also reads their mood, and the lead's presence is noted, both as they stand
     * before anyone's mood or presence moves this week.
     */
    private void directions(TutorialModel m) {
        if (!present) {
            return;
        }
        double dx = dirX;
        double dy = dirY;
        double plan = team.planning;
        double sx = plan * m.px;
        double sy = plan * m.py;
        double w = plan;
        double formal = (1 - plan) * (1 - m.distributed) * team.vision;
        double informal = m.informal;
        if (lead == this) {
            sx += formal * m.vx;
            sy += formal * m.vy;
            w += formal;
        } else if (lead.present) {
            sx += formal * lead.dirX;
            sy += formal * lead.dirY;
            w += formal;
        }
        leadMissing = !lead.present;
        double ix = 0;
        double iy = 0;
        double influence = 0;
        double engagementSum = 0;
        int count = 0;
        for (Agent j : neighbours) {
            if (j.present) {
                double ej = j.engagement;
                double weight = j.propensity * ej;
                ix += weight * j.dirX;
                iy += weight * j.dirY;
                influence += weight;
                engagementSum += ej;
                count++;
            }
        }
        neighbourEngagement = count == 0 ? engagement : engagementSum / count;
        if (informal > 0) {
            double own = informal * m.frontline * propensity;
            sx += own * (m.tx * readingCos - m.ty * readingSin);
            sy += own * (m.tx * readingSin + m.ty * readingCos);
            w += own;
            if (influence > 0) {
                double peers = informal - own;
                sx += peers * ix / influence;
                sy += peers * iy / influence;
                w += peers;
            }
        }
        double steerX = m.followRate * (sx - w * dx);
        double steerY = m.followRate * (sy - w * dy);
        change = Math.sqrt(steerX * steerX + steerY * steerY);
        double nx = dx + steerX;
        double ny = dy + steerY;
        double turn = m.drift * m.random.nextGaussian();
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
        nextX = rx;
        nextY = ry;
        team.sumX += rx;
        team.sumY += ry;
        team.count++;
    }

    /** Work, ideas, errors and skill for this agent. */
    private void workAndLearn(TutorialModel m) {
        if (!present) {
            return;
        }
        dirX = nextX;
        dirY = nextY;
        Team t = team;
        double coherence = (1 - t.conflict) * (1 - Math.min(1, m.reworkCost * change));
        double alignment = Math.max(0, dirX * m.tx + dirY * m.ty);
        double e = engagement;
        double s = skill;
        double x = exhaustion;
        double effort = (m.baseEffort + (1 - m.baseEffort) * e) * (1 - m.effortLoss * x);
        achieved = alignment * coherence * m.capacity;
        m.output += effort * (t.floor + (1 - t.floor) * s) * alignment * coherence * t.productivity;
        m.alignmentSum += alignment;
        m.coherenceSum += coherence;
        m.working++;
        t.achievedSum += achieved;
        t.members++;
        rejected = 0;
        if (m.random.nextDouble() < t.proposeChance * e) {
            m.proposed++;
            if (m.random.nextDouble() < t.implementChance) {
                m.implemented++;
            } else {
                rejected = m.rejectFrustration;
            }
        }
        double errorChance = t.errorChance * (1 - m.errorSkill * s) * (1 - m.errorEngagement * e) * (1 + m.errorExhaustion * x);
        if (m.random.nextDouble() < errorChance) {
            m.errors++;
            if (m.random.nextDouble() < t.reportChance) {
                m.reported++;
                t.reported++;
                s += m.lessonSkill * (1 - s);
            } else if (m.random.nextDouble() >= t.catchChance) {
                m.incidents++;
            }
        }
        skill = Math.min(1, s + t.onboarding * learningAbility * (1 - s));
    }

    /** Aspiration, change fatigue, exhaustion, recognition and engagement; then quit or be replaced; then the week's measures. */
    private void moodAndTurnover(TutorialModel m) {
        Team t = team;
        if (present) {
            // aspiration, lagging progress, frustration, cynicism
            double c = cynicism;
            aspiration += m.aspirationRate * (m.aspirationGain * t.inspiration * purpose * (1 - c) - aspiration);
            progress += m.progressRate * (achieved - progress);
            double f = frustration + rejected;
            f += m.frustrationRate * (Math.min(1, Math.max(0, aspiration - progress)) - f);
            frustration = Math.min(1, f);
            cynicism = c + m.cynicismRate * Math.max(0, frustration - m.cynicismThreshold) * (1 - c) - m.cynicismRecovery * c;
            // change fatigue and exhaustion
            fatigue = Math.min(1, fatigue * (1 - m.fatigueRecovery) + m.fatigueGain * t.redirection);
            double felt = Math.max(0, 1 - need * (1 - t.autonomy));
            double demand = t.demand + m.fatigueDemand * fatigue;
            double buffer = m.autonomyBuffer * felt + m.safetyBuffer * t.safety + m.resourceBuffer * m.levers.resources;
            double driver = TutorialModel.clamp01((demand - buffer) / resilience);
            exhaustion += (driver > exhaustion ? m.strainRate : m.strainRecovery) * (driver - exhaustion);
            recognition += m.recognitionRate * (t.accountability * t.result - recognition);
            double channel = leadMissing ? m.distributed : 1;
            double target = t.target + m.purposeWeight * t.inspiration * purpose * (1 - cynicism) * channel
                    + m.recognitionWeight * recognition + m.autonomyWeight * felt - m.frustrationWeight * frustration
                    - m.exhaustionWeight * exhaustion - m.fatigueWeight * fatigue;
            double e = engagement;
            e += m.engagementRate * (TutorialModel.clamp01(target) - e) + m.contagion * (neighbourEngagement - e);
            engagement = TutorialModel.clamp01(e);
            if (m.random.nextDouble() < m.quitBase * m.contextMarket * Math.exp(m.quitSlope * (0.5 - engagement))
                    * (1 + m.quitExhaustion * exhaustion)) {
                present = false;
                m.departures++;
            }
        } else if (m.random.nextDouble() < m.hiringRate) {
            present = true;
            engagement = m.hireEngagement;
            skill = m.hireSkill + m.hireSkillRange * m.random.nextDouble();
            join(m, m.visionAngle);
            if (lead == this) {
                m.newLead(t);
            }
            m.hires++;
        }
        if (present) {
            m.engagementSum += engagement;
            m.frustrationSum += frustration;
            m.skillSum += skill;
            m.histogram[Math.min(TutorialModel.HISTOGRAM_BINS - 1, (int) (engagement * TutorialModel.HISTOGRAM_BINS))]++;
            m.headcount++;
            t.presentNow++;
            t.propensityNow += propensity;
        }
    }

    /** What this agent brings when it joins: propensity, misreading, direction, traits, fresh state. */
    void join(TutorialModel m, double around) {
        propensity = Math.pow(m.random.nextDouble(), m.propensityShape);
        double bias = m.signalNoise * m.random.nextGaussian();
        readingCos = Math.cos(bias);
        readingSin = Math.sin(bias);
        double angle = around + m.directionSpread * m.random.nextGaussian();
        dirX = Math.cos(angle);
        dirY = Math.sin(angle);
        change = 0;
        purpose = m.trait(m.purposeSpread);
        need = m.trait(m.needSpread);
        resilience = m.trait(m.resilienceSpread);
        learningAbility = m.trait(m.learningSpread);
        aspiration = 0;
        progress = m.expectedProgress;
        frustration = 0;
        cynicism = 0;
        exhaustion = 0;
        fatigue = 0;
        recognition = 0;
    }
}
