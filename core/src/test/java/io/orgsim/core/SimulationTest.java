// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimulationTest {

    private static ScenarioSpec.Builder small() {
        return ScenarioSpec.builder().agents(120).steps(150).leadership(0.7).management(0.6)
                .shock(80, new StrategicPivot(60)).shock(100, new CapacityCut(0.3, 10));
    }

    @Test
    void sameSeedGivesBitIdenticalSeries() {
        RunResult a = OrgSim.run(small().seed(42).build());
        RunResult b = OrgSim.run(small().seed(42).build());
        for (Metric m : Metric.values()) {
            assertThat(b.series().column(m)).as(m.key()).isEqualTo(a.series().column(m));
        }
        assertThat(b.summaries().asMap()).isEqualTo(a.summaries().asMap());
        assertThat(b.resilience()).isEqualTo(a.resilience());
    }

    @Test
    void theSnapshotsNetworkIsTheSameBeforeAndAfterTheWeeksLayOutTheirWalks() {
        Simulation sim = new Simulation(small().seed(3).build());
        AgentSnapshot before = sim.agents();
        for (int w = 0; w < 5; w++) {
            sim.step();
        }
        AgentSnapshot after = sim.agents();
        assertThat(after.neighbours()).isEqualTo(before.neighbours());
        assertThat(after.offsets()).isEqualTo(before.offsets());
        // the network has long ties (the ones whose walks read copies), all as positions
        int n = before.present().length;
        assertThat(java.util.Arrays.stream(after.neighbours()).allMatch(j -> j >= 0 && j < n)).isTrue();
        boolean longTie = false;
        for (int i = 0; i < n; i++) {
            for (int k = after.offsets()[i]; k < after.offsets()[i + 1]; k++) {
                longTie |= Math.abs(after.neighbours()[k] - i) > after.teamSize();
            }
        }
        assertThat(longTie).isTrue();
    }

    @Test
    void differentSeedsGiveDifferentSeries() {
        RunResult a = OrgSim.run(small().seed(1).build());
        RunResult b = OrgSim.run(small().seed(2).build());
        assertThat(b.series().column(Metric.OUTPUT)).isNotEqualTo(a.series().column(Metric.OUTPUT));
    }

    @Test
    void seedsThatDifferOnlyInTheirHighBitsGiveDifferentSeries() {
        RunResult a = OrgSim.run(small().seed(7).build());
        RunResult b = OrgSim.run(small().seed(7 + (1L << 32)).build());
        assertThat(b.series().column(Metric.OUTPUT)).isNotEqualTo(a.series().column(Metric.OUTPUT));
    }

    @Test
    void recordsEveryStepAndKeepsMetricsInBounds() {
        RunResult r = OrgSim.run(small().build());
        assertThat(r.series().length()).isEqualTo(150);
        for (Metric m : Metric.values()) {
            for (double v : r.series().column(m)) {
                assertThat(v).as(m.key()).isFinite().isGreaterThanOrEqualTo(0);
                if (m.isUnitInterval()) {
                    assertThat(v).as(m.key()).isLessThanOrEqualTo(1);
                }
            }
        }
        double[] q10 = r.series().column(Metric.ENGAGEMENT_P10);
        double[] q90 = r.series().column(Metric.ENGAGEMENT_P90);
        for (int t = 0; t < q10.length; t++) {
            assertThat(q10[t]).isLessThanOrEqualTo(q90[t]);
        }
    }

    @Test
    void headcountIsAccountedForByHiresAndDepartures() {
        RunResult r = OrgSim.run(small().build());
        double[] head = r.series().column(Metric.HEADCOUNT);
        double[] hires = r.series().column(Metric.HIRES);
        double[] departures = r.series().column(Metric.DEPARTURES);
        double previous = 120;
        for (int t = 0; t < head.length; t++) {
            assertThat(head[t]).as("week %d", t).isEqualTo(previous + hires[t] - departures[t]);
            previous = head[t];
        }
    }

    @Test
    void reportsResilienceForEveryShockInOrder() {
        RunResult r = OrgSim.run(small().build());
        assertThat(r.resilience()).extracting(ShockResilience::shock).containsExactly("pivot", "capacity-cut");
        ShockResilience pivot = r.resilience().get(0);
        assertThat(pivot.week()).isEqualTo(80);
        assertThat(pivot.depth()).isBetween(0.0, 1.0);
        assertThat(pivot.recoveryWeeks()).isBetween(0, 20);
        assertThat(r.summaries().get(Summary.SHOCK_DEPTH)).isEqualTo(pivot.depth());
    }

    @Test
    void observerSeesEveryStepWithTheRecordedValues() {
        ScenarioSpec spec = small().build();
        double[] seen = new double[spec.steps()];
        RunResult r = OrgSim.run(spec, (step, metrics) -> seen[step] = metrics.get(Metric.OUTPUT));
        assertThat(seen).isEqualTo(r.series().column(Metric.OUTPUT));
    }

    @Test
    void leverMovedMidRunTakesEffect() {
        Simulation sim = new Simulation(small().build());
        sim.step();
        sim.setLever(Param.MANAGEMENT, 0.1);
        assertThat(sim.lever(Param.PROCESS)).isEqualTo(0.1);
        assertThat(sim.lever(Param.VISION)).isEqualTo(0.7);
        sim.setLever(Param.PLANNING, 0.5);
        assertThat(sim.lever(Param.MANAGEMENT)).isEqualTo((0.5 + 0.1 + 0.1 + 0.1) / 4);
        sim.step();
        RunResult r = sim.result();
        assertThat(r.series().get(Metric.OVERHEAD_SHARE, 1)).isLessThan(r.series().get(Metric.OVERHEAD_SHARE, 0));
    }

    @Test
    void shockFiredNowIsAnalysed() {
        Simulation sim = new Simulation(small().clearShocks().build());
        for (int i = 0; i < 40; i++) {
            sim.step();
        }
        sim.shockNow(new CapacityCut(0.5, 5));
        sim.run();
        assertThat(sim.result().resilience()).singleElement()
                .satisfies(s -> assertThat(s.week()).isEqualTo(40))
                .satisfies(s -> assertThat(s.depth()).isPositive());
    }
}
