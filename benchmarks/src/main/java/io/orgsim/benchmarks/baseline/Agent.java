// SPDX-License-Identifier: Apache-2.0
package io.orgsim.benchmarks.baseline;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One employee, written the way MASON's tutorials write agents: an object with its own
 * fields and references to the agents it talks to, stepped by the schedule. It is
 * scheduled repeating at three orderings of every week; the phase it is in comes from the
 * model (set by the organization-level steppables between the orderings). The equations
 * are those of {@code io.orgsim.core.internal.Organization}, phase by phase; see
 * {@link TutorialModel} for which barrier each ordering stands for.
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
    double frustration;
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
    private double neighbourEngagement;
    private boolean leadMissing;

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
     * Mechanism 2: the new direction from the pulls on it; adds it to the team's sum. The
     * walk over the neighbours also reads their mood, and the lead's presence is noted,
     * both as they stand before anyone's mood or presence moves this week.
     */
    private void directions(TutorialModel m) {
        if (!present) {
            return;
        }
        double dx = dirX;
        double dy = dirY;
        double plan = m.levers.planning;
        double sx = plan * m.px;
        double sy = plan * m.py;
        double w = plan;
        double formal = m.formal;
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
            // an agent who chooses to lead reads the target itself, with its own lasting bias
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

    /** Mechanisms 1, 3, 4 and 5 for this agent. */
    private void workAndLearn(TutorialModel m) {
        if (!present) {
            return;
        }
        dirX = nextX;
        dirY = nextY;
        Levers l = m.levers;
        // work
        double handoff = l.coordination + (1 - l.coordination) * m.selfCoordination * team.agreement;
        double conflict = m.wasteMax * (1 - handoff);
        double rework = Math.min(1, m.reworkCost * change);
        double coherence = (1 - conflict) * (1 - rework);
        double alignment = Math.max(0, dirX * m.tx + dirY * m.ty);
        double effort = m.baseEffort + (1 - m.baseEffort) * engagement;
        double skillFactor = 0.3 + 0.7 * skill;
        achieved = alignment * coherence * m.capacity;
        m.output += effort * skillFactor * alignment * coherence * m.productivity * team.performance;
        m.alignmentSum += alignment;
        m.coherenceSum += coherence;
        m.working++;
        // learning
        double e = engagement;
        double s = skill;
        if (m.random.nextDouble() < m.ideaChance * e) {
            m.proposed++;
            if (m.random.nextDouble() < m.implementChance) {
                m.implemented++;
            } else {
                frustration = Math.min(1, frustration + TutorialModel.IDEA_FRUSTRATION);
            }
        }
        if (m.random.nextDouble() < m.errorRate * m.overload * (1 - 0.5 * s) * (1 - 0.4 * e) * (1 - m.checked)) {
            m.errors++;
            if (m.random.nextDouble() < m.reportChance) {
                m.reported++;
                s += TutorialModel.ERROR_LEARNING * (1 - s);
            } else if (m.random.nextDouble() >= m.checked) {
                m.incidents++;
            }
        }
        skill = s + m.learnRate * m.onboarding * (1 - s);
    }

    /** Mechanism 6, then turnover (quit or be replaced), then this agent's share of the week's measures. */
    private void moodAndTurnover(TutorialModel m) {
        if (present) {
            double gap = m.care * (1 - achieved);
            double f = frustration;
            f += m.frustrationRate * (Math.min(1, gap + 0.5 * m.strain) - f);
            frustration = f;
            double e = engagement;
            // purpose by position reaches an agent only through its lead's position
            double target = TutorialModel.clamp01(m.climate - TutorialModel.W_FRUSTRATION * f
                    - (leadMissing ? m.positionalPurpose : 0));
            e += m.engagementRate * (target - e) + m.contagion * (neighbourEngagement - e);
            engagement = TutorialModel.clamp01(e);
            if (m.random.nextDouble() < m.quitBase * Math.exp(m.quitSlope * (0.5 - engagement))) {
                present = false;
                m.departures++;
            }
        } else if (m.random.nextDouble() < m.hiringRate) {
            hire(m);
            m.hires++;
        }
        if (present) {
            m.engagementSum += engagement;
            m.frustrationSum += frustration;
            m.skillSum += skill;
            m.histogram[Math.min(TutorialModel.HISTOGRAM_BINS - 1, (int) (engagement * TutorialModel.HISTOGRAM_BINS))]++;
            m.headcount++;
        }
    }

    private void hire(TutorialModel m) {
        present = true;
        engagement = 0.65;
        frustration = 0;
        skill = 0.1 + 0.2 * m.random.nextDouble();
        double u = m.random.nextDouble();
        propensity = u * u;
        misreading(m);
        double angle = m.visionAngle + 0.5 * m.random.nextGaussian();
        dirX = Math.cos(angle);
        dirY = Math.sin(angle);
        change = 0;
    }

    /** This agent's lasting bias in reading the target, as noisy as the organization's signal. */
    void misreading(TutorialModel m) {
        double bias = m.signalNoise * m.random.nextGaussian();
        readingCos = Math.cos(bias);
        readingSin = Math.sin(bias);
    }
}
