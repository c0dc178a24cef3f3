// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The week stepped on 1, 2 and 4 threads gives the same bits: draws are keyed, sums are made in fixed blocks. */
class ParallelWeekTest {

    /** Several blocks, informal leadership on, and a crisis that empties positions to be hired into. */
    private static ScenarioSpec large() {
        return ScenarioSpec.builder().name("parallel").seed(5).agents(21_003).steps(40).leadership(0.6).management(0.7)
                .set(Param.TEAM_SIZE, 7).set(Param.DISTRIBUTED, 0.4)
                .shock(10, Crisis.of(new DepartureWave(0.2, 0.5, 0.4), new CapacityCut(0.3, 8), new StrategicPivot(50)))
                .build();
    }

    private static List<long[]> series(ScenarioSpec spec, int threads) {
        Simulation simulation = new Simulation(spec, threads);
        assertThat(simulation.model().organization().blocks()).isGreaterThanOrEqualTo(4);
        TimeSeries s = simulation.run().series();
        List<long[]> bits = new ArrayList<>();
        for (Metric m : Metric.values()) {
            double[] column = s.column(m);
            long[] b = new long[column.length];
            for (int w = 0; w < column.length; w++) {
                b[w] = Double.doubleToRawLongBits(column[w]);
            }
            bits.add(b);
        }
        return bits;
    }

    @Test
    void oneTwoAndFourThreadsGiveBitIdenticalSeries() {
        ScenarioSpec spec = large();
        List<long[]> one = series(spec, 1);
        for (int threads : new int[] {2, 4}) {
            List<long[]> other = series(spec, threads);
            for (Metric m : Metric.values()) {
                assertThat(other.get(m.ordinal())).as("%s on %d threads", m.key(), threads).isEqualTo(one.get(m.ordinal()));
            }
        }
        // the series are not trivially equal: the crisis moved them
        double[] headcount = OrgSim.run(spec).series().column(Metric.HEADCOUNT);
        assertThat(headcount[12]).isLessThan(headcount[9]);
    }

    @Test
    void threadsBelowOneAreRefused() {
        assertThatThrownBy(() -> new Simulation(large(), 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threads = 0: must be at least 1");
    }
}
