// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.internal;

import io.orgsim.core.Metric;
import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import java.util.List;

/**
 * The organization's situation outside its leadership and management: how productive its
 * work is (technology, capital, market), how climate outside the levers sets its people's
 * engagement (pay, job content, place), how hazardous its work is (how often work goes wrong)
 * and how tight its labour market is (how easily people leave). Each organization draws its
 * situation once, from its own stream, so the same levers give different organizations, as
 * the business units of Harter, Schmidt &amp; Hayes (2002) differ in far more than their
 * managers (docs/MODEL.md, context). Off: every organization in the average situation.
 */
final class Context extends Mechanism {
    private static final long serialVersionUID = 1L;
    static final Unit UNIT = new Unit(Param.MECH_CONTEXT,
            List.of(Param.CONTEXT_PRODUCTIVITY_SPREAD, Param.CONTEXT_CLIMATE_SPREAD, Param.CONTEXT_HAZARD_SPREAD,
                    Param.CONTEXT_MARKET_SPREAD),
            List.of(), List.of(Metric.OUTPUT, Metric.ENGAGEMENT, Metric.ERRORS, Metric.DEPARTURES));

    /** Output per unit of effective work, log-normal of mean 1. */
    final double productivity;
    /** Shift of every agent's engagement target, normal of mean 0. */
    final double climate;
    /** Factor on the error chance, log-normal of mean 1. */
    final double hazard;
    /** Factor on the quit chance, log-normal of mean 1. */
    final double labourMarket;

    /** @param draws the organization's context stream, positioned at its first draw */
    Context(ScenarioSpec spec, RandomStream draws) {
        super(spec, UNIT);
        // four draws whatever the switch, so that switching it leaves the others' streams alone
        double zProductivity = draws.gaussian();
        double zClimate = draws.gaussian();
        double zHazard = draws.gaussian();
        double zMarket = draws.gaussian();
        productivity = on ? logNormal(spec.get(Param.CONTEXT_PRODUCTIVITY_SPREAD), zProductivity) : 1;
        climate = on ? spec.get(Param.CONTEXT_CLIMATE_SPREAD) * zClimate : 0;
        hazard = on ? logNormal(spec.get(Param.CONTEXT_HAZARD_SPREAD), zHazard) : 1;
        labourMarket = on ? logNormal(spec.get(Param.CONTEXT_MARKET_SPREAD), zMarket) : 1;
    }

    /** @return exp(spread z - spread^2 / 2): log-normal with mean 1 and this sd of its log */
    private static double logNormal(double spread, double normal) {
        return Math.exp(spread * normal - 0.5 * spread * spread);
    }
}
