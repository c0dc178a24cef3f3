// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.internal;

import io.orgsim.core.Metric;
import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import java.util.List;

/**
 * Mechanism 6, job demands-resources (Bakker &amp; Demerouti 2007) and burnout (Maslach): demands
 * beyond an agent's resources, scaled by its resilience, drive exhaustion, which rises over
 * months and recovers slower; exhaustion costs effort and engagement, and raises errors and
 * quits (docs/MODEL.md, engagement).
 */
final class Strain extends Mechanism {
    private static final long serialVersionUID = 1L;
    static final Unit UNIT = new Unit(Param.MECH_STRAIN, List.of(Param.BASE_DEMAND, Param.SHOCK_DEMAND,
            Param.ACCOUNTABILITY_DEMAND, Param.AUTONOMY_BUFFER, Param.SAFETY_BUFFER, Param.RESOURCE_BUFFER,
            Param.STRAIN_RATE, Param.STRAIN_RECOVERY, Param.EFFORT_LOSS, Param.EXHAUSTION_WEIGHT,
            Param.RESILIENCE_SPREAD, Param.QUIT_EXHAUSTION, Param.ERROR_EXHAUSTION_EFFECT),
            List.of("exhaustion", "resilience"), List.of(Metric.EXHAUSTION));

    final double baseDemand;
    private final double shockDemand;
    private final double accountabilityDemand;
    private final double autonomyBuffer;
    private final double safetyBuffer;
    private final double resourceBuffer;
    private final double rate;
    private final double recovery;
    final double effortLoss;
    final double engagementWeight;
    final double resilienceSpread;
    final double quitEffect;
    final double errorEffect;
    /**
     * Each agent's exhaustion at 2i and one over its lasting resilience to strain (resilience
     * has mean 1; a product in the week, not a division) at 2i + 1: one array, one stream.
     */
    private final double[] state;

    Strain(ScenarioSpec spec, int n) {
        super(spec, UNIT);
        baseDemand = spec.get(Param.BASE_DEMAND);
        shockDemand = spec.get(Param.SHOCK_DEMAND);
        accountabilityDemand = spec.get(Param.ACCOUNTABILITY_DEMAND);
        autonomyBuffer = spec.get(Param.AUTONOMY_BUFFER);
        safetyBuffer = spec.get(Param.SAFETY_BUFFER);
        resourceBuffer = spec.get(Param.RESOURCE_BUFFER);
        rate = spec.get(Param.STRAIN_RATE);
        recovery = spec.get(Param.STRAIN_RECOVERY);
        effortLoss = spec.get(Param.EFFORT_LOSS);
        engagementWeight = spec.get(Param.EXHAUSTION_WEIGHT);
        resilienceSpread = spec.get(Param.RESILIENCE_SPREAD);
        quitEffect = spec.get(Param.QUIT_EXHAUSTION);
        errorEffect = spec.get(Param.ERROR_EXHAUSTION_EFFECT);
        state = new double[2 * n];
    }

    /** @return agent i's exhaustion */
    double exhaustion(int i) {
        return state[2 * i];
    }

    /** A newcomer (or an agent at week 0) starts rested. */
    void join(int i) {
        state[2 * i] = 0;
    }

    /** @return the demands of the week that the organization sets: the job, a shock's strain, pressure for missed results */
    double demand(double shockStrain, double accountability, double shortfall) {
        return baseDemand + shockDemand * shockStrain + accountabilityDemand * accountability * shortfall;
    }

    /** @return the demands the agent's job resources absorb */
    double buffer(double autonomy, double safety, double resources) {
        return autonomyBuffer * autonomy + safetyBuffer * safety + resourceBuffer * resources;
    }

    /** Agent i's resilience, drawn when it joins. */
    void resilience(int i, double resilience) {
        state[2 * i + 1] = 1 / resilience;
    }

    /** One week of agent i's exhaustion; off: none. */
    void week(int i, double demand, double buffer) {
        if (!on) {
            return;
        }
        double[] st = state;
        double x = st[2 * i];
        double driver = Organization.clamp01((demand - buffer) * st[2 * i + 1]);
        st[2 * i] = x + (driver > x ? rate : recovery) * (driver - x);
    }
}
