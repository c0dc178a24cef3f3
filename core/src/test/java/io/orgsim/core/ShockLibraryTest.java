// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShockLibraryTest {

    private static ScenarioSpec.Builder base() {
        return ScenarioSpec.builder().agents(200).steps(120).leadership(0.7).management(0.6).seed(3);
    }

    @Test
    void departureWaveRemovesAgentsAndCountsThemAsDepartures() {
        RunResult calm = OrgSim.run(base().build());
        RunResult wave = OrgSim.run(base().shock(60, new DepartureWave(0.2, 0.6, 0.6)).build());
        double before = calm.series().get(Metric.HEADCOUNT, 59);
        assertThat(wave.series().get(Metric.DEPARTURES, 60)).isGreaterThan(0.15 * before);
        assertThat(wave.series().get(Metric.HEADCOUNT, 60)).isLessThan(0.85 * before);
        assertThat(wave.resilience()).singleElement().satisfies(r -> assertThat(r.depth()).isGreaterThan(0.1));
    }

    @Test
    void demandSpikeStrainsPeopleWithoutCuttingCapacity() {
        RunResult calm = OrgSim.run(base().build());
        RunResult spike = OrgSim.run(base().shock(60, new DemandSpike(0.8, 20)).build());
        // model v2: strain lands in exhaustion (job demands-resources), no longer in frustration
        assertThat(spike.series().get(Metric.EXHAUSTION, 79)).isGreaterThan(calm.series().get(Metric.EXHAUSTION, 79));
        assertThat(spike.series().get(Metric.ENGAGEMENT, 79)).isLessThan(calm.series().get(Metric.ENGAGEMENT, 79));
    }

    @Test
    void crisisAppliesEveryPartAndIsAnalysedAsOneShock() {
        RunResult crisis = OrgSim.run(base().shock(60, Crisis.of(new StrategicPivot(90), new CapacityCut(0.3, 8),
                new DepartureWave(0.1, 0.3, 0.3))).build());
        assertThat(crisis.resilience()).singleElement().satisfies(r -> {
            assertThat(r.shock()).isEqualTo("crisis");
            assertThat(r.depth()).isGreaterThan(0.4);
        });
        assertThat(crisis.series().get(Metric.DEPARTURES, 60)).isPositive();
    }

    @Test
    void periodicShocksExpandOverTheHorizon() {
        ScenarioSpec spec = base().shock(new ShockTiming.Every(10, 25), new CapacityCut(0.2, 4)).build();
        assertThat(spec.shocks()).extracting(ScheduledShock::week).containsExactly(10, 35, 60, 85, 110);
        assertThat(OrgSim.run(spec).resilience()).hasSize(5);
    }

    @Test
    void randomShocksFollowTheSeedAndTheRate() {
        ShockTiming twicePerYear = new ShockTiming.Poisson(2, 0);
        ScenarioSpec a = base().steps(5200).shock(twicePerYear, new DemandSpike(0.3, 2)).build();
        ScenarioSpec b = base().steps(5200).shock(twicePerYear, new DemandSpike(0.3, 2)).build();
        ScenarioSpec c = base().steps(5200).seed(4).shock(twicePerYear, new DemandSpike(0.3, 2)).build();
        assertThat(b.shocks()).isEqualTo(a.shocks());
        assertThat(c.shocks()).isNotEqualTo(a.shocks());
        // 100 years at 2 per year: 200 expected, Poisson sd about 14
        assertThat(a.shocks()).hasSizeBetween(150, 250);
        assertThat(a.shocks()).extracting(ScheduledShock::week).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void invalidTimingsAreNamed() {
        assertThatThrownBy(() -> base().shock(new ShockTiming.Every(0, 0), new StrategicPivot(30)).build())
                .hasMessageContaining("shocks[0].period = 0");
        assertThatThrownBy(() -> base().shock(new ShockTiming.Poisson(0, 0), new StrategicPivot(30)).build())
                .hasMessageContaining("shocks[0].perYear = 0").hasMessageContaining("(0, 52]");
        assertThatThrownBy(() -> base().shock(new ShockTiming.Every(500, 10), new StrategicPivot(30)).build())
                .hasMessageContaining("shocks[0].first = 500");
    }

    @Test
    void invalidShockFieldsAreNamed() {
        assertThatThrownBy(() -> base().shock(10, new DepartureWave(0, 0, 0)).build())
                .hasMessageContaining("shocks[0].fraction");
        assertThatThrownBy(() -> base().shock(10, new DemandSpike(3, 4)).build())
                .hasMessageContaining("shocks[0].excess = 3").hasMessageContaining("(0, 2]");
        assertThatThrownBy(() -> base().shock(10, Crisis.of(new StrategicPivot(60), new CapacityCut(0.2, 0))).build())
                .hasMessageContaining("shocks[0].shocks[1].weeks = 0");
    }
}
