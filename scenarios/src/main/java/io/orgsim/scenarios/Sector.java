// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios;

import io.orgsim.core.CapacityCut;
import io.orgsim.core.Crisis;
import io.orgsim.core.DemandSpike;
import io.orgsim.core.DepartureWave;
import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.ShockTiming;
import io.orgsim.core.StrategicPivot;
import io.orgsim.core.Summary;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A sector's environment and what counts there: its turbulence, planning rhythm, error costs
 * and shock schedule, and the summaries that measure its output and its failures. Each
 * sector comes in the four leadership/management quadrants (see {@link Presets}).
 * docs/SCENARIOS.md gives the reasons and sources for every setting.
 *
 * @param name the sector's name, for example {@code healthcare}
 * @param description one line on its environment
 * @param environment what the sector changes in the default organization
 * @param measures the summaries that count most in this sector, with their meaning there
 * @since 0.1.0
 */
public record Sector(String name, String description, UnaryOperator<ScenarioSpec.Builder> environment,
                     List<Measure> measures) {

    /**
     * A summary and what it means in a sector.
     *
     * @param summary the summary
     * @param meaning what it stands for, for example "adverse events"
     */
    public record Measure(Summary summary, String meaning) {
    }

    /** Healthcare: safety-critical; errors are costly; checklists catch them; surges strain people. */
    public static final Sector HEALTHCARE = new Sector("healthcare",
            "safety-critical care: costly errors, effective checklists, a stable mission, demand surges and a "
                    + "pandemic-like crisis at week 260 (surge, staff off sick, departures)",
            b -> b.set(Param.ERROR_RATE, 0.04)
                    .set(Param.INCIDENT_COST, 10)
                    .set(Param.CHECKLIST, 0.8)
                    .set(Param.TURBULENCE, 0.01)
                    .clearShocks()
                    .shock(new ShockTiming.Poisson(1, 26), new DemandSpike(0.3, 6))
                    .shock(260, Crisis.of(new DemandSpike(0.6, 26), new CapacityCut(0.15, 26),
                            new DepartureWave(0.05, 0.05, 0.05))),
            List.of(new Measure(Summary.CUMULATIVE_OUTPUT, "care delivered"),
                    new Measure(Summary.INCIDENTS, "adverse events"),
                    new Measure(Summary.ERRORS_REPORTED, "errors reported and learned from")));

    /** Education: slow, noisy feedback; yearly planning; curriculum reforms and budget cuts. */
    public static final Sector EDUCATION = new Sector("education",
            "slow, noisy feedback on outcomes, a school-year planning cycle, curriculum reforms every four "
                    + "years and a budget cut at week 260",
            b -> b.set(Param.TURBULENCE, 0.005)
                    .set(Param.SIGNAL_NOISE, 0.6)
                    .set(Param.PLANNING_CYCLE, 52)
                    .clearShocks()
                    .shock(new ShockTiming.Every(104, 208), new StrategicPivot(45))
                    .shock(260, new CapacityCut(0.2, 52)),
            List.of(new Measure(Summary.CUMULATIVE_OUTPUT, "learning delivered"),
                    new Measure(Summary.TURNOVER_RATE, "teacher attrition per year"),
                    new Measure(Summary.ENGAGEMENT, "teacher engagement")));

    /** Technology: a fast-moving target, frequent pivots, innovation as the main value. */
    public static final Sector TECHNOLOGY = new Sector("technology",
            "a fast-moving target, pivots at random about once a year, innovation as the main value and "
                    + "quick obsolescence",
            b -> b.set(Param.TURBULENCE, 0.05)
                    .set(Param.INNOVATION_GAIN, 0.8)
                    .set(Param.INNOVATION_DECAY, 0.03)
                    .clearShocks()
                    .shock(new ShockTiming.Poisson(1, 52), new StrategicPivot(60)),
            List.of(new Measure(Summary.INNOVATIONS, "innovations shipped"),
                    new Measure(Summary.CUMULATIVE_OUTPUT, "value delivered"),
                    new Measure(Summary.RESILIENCE_LOSS, "output lost to pivots")));

    /** Pharmaceuticals: long pipelines; discovery needs leadership, regulated development needs process. */
    public static final Sector PHARMACEUTICALS = new Sector("pharmaceuticals",
            "long pipelines: lasting discoveries that need safety and vision, regulated development where "
                    + "quality failures are costly, half-year planning, and a patent cliff with a portfolio "
                    + "pivot at week 260",
            b -> b.set(Param.TURBULENCE, 0.01)
                    .set(Param.PLANNING_CYCLE, 26)
                    .set(Param.IDEA_RATE, 0.02)
                    .set(Param.INNOVATION_GAIN, 0.8)
                    .set(Param.INNOVATION_DECAY, 0.005)
                    .set(Param.ERROR_RATE, 0.03)
                    .set(Param.INCIDENT_COST, 8)
                    .set(Param.CHECKLIST, 0.8)
                    .clearShocks()
                    .shock(260, Crisis.of(new CapacityCut(0.3, 78), new StrategicPivot(45))),
            List.of(new Measure(Summary.INNOVATIONS, "discoveries"),
                    new Measure(Summary.CUMULATIVE_OUTPUT, "regulated delivery"),
                    new Measure(Summary.INCIDENTS, "quality and compliance failures")));

    /** @return every sector, in catalog order */
    public static List<Sector> all() {
        return List.of(HEALTHCARE, EDUCATION, TECHNOLOGY, PHARMACEUTICALS);
    }

    /**
     * @param name a sector name
     * @return the sector, if there is one by that name
     */
    public static Optional<Sector> find(String name) {
        return all().stream().filter(s -> s.name.equals(name)).findFirst();
    }
}
