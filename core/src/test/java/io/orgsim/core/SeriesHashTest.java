// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A fingerprint of the model's results, so that performance work on the core shows whether it
 * kept them bit-identical: a fixed set of runs (the four quadrants at distributed leadership
 * 0 and 0.3 with a pivot and a crisis, three seeds each; a size that is not a whole number of
 * teams; a network without ties; an organization of 300,000 in many blocks, stepped on 2
 * threads) hashed over a fixed list of metrics, so that adding a metric does not move it.
 *
 * <p>A change meant to change results (an equation, a default, the way a draw is made) moves
 * the hash: then record the new one here, and say in the commit that results moved and why.
 */
class SeriesHashTest {

    /** The hash of {@link #METRICS} over {@link #specs()}; see the class comment before changing it. */
    private static final String EXPECTED = "e90bc276bc900fe2"; // moved on purpose by Model v2.1 and its calibration (issue 12, benchmarks/README.md)

    /** The metrics hashed, in this order: those of model v2 (issue 12). New metrics are not added here. */
    private static final Metric[] METRICS = {Metric.OUTPUT, Metric.OUTPUT_PER_AGENT, Metric.ENGAGEMENT,
        Metric.ENGAGEMENT_P10, Metric.ENGAGEMENT_P50, Metric.ENGAGEMENT_P90, Metric.ALIGNMENT, Metric.COHERENCE,
        Metric.WASTE_SHARE, Metric.OVERHEAD_SHARE, Metric.FRUSTRATION, Metric.IDEAS_PROPOSED, Metric.IDEAS_IMPLEMENTED,
        Metric.ERRORS, Metric.ERRORS_REPORTED, Metric.INCIDENTS, Metric.DEPARTURES, Metric.HIRES, Metric.HEADCOUNT,
        Metric.SKILL, Metric.INNOVATION, Metric.EXHAUSTION, Metric.CYNICISM, Metric.CHANGE_FATIGUE, Metric.RECOGNITION,
        Metric.TEAM_LEARNING, Metric.ENGAGEMENT_NEWCOMERS, Metric.ENGAGEMENT_VETERANS, Metric.TEAM_OUTPUT_SPREAD};

    static List<ScenarioSpec> specs() {
        double[][] quadrants = {{0.8, 0.8}, {0.9, 0.2}, {0.2, 0.9}, {0.2, 0.2}};
        List<ScenarioSpec> specs = new ArrayList<>();
        for (double[] q : quadrants) {
            for (double distributed : new double[] {0, 0.3}) {
                for (long seed = 1; seed <= 3; seed++) {
                    specs.add(ScenarioSpec.builder().name("hash").seed(seed * 0x9E3779B97F4A7C15L)
                            .agents(300).steps(260).leadership(q[0]).management(q[1])
                            .set(Param.DISTRIBUTED, distributed)
                            .shock(100, new StrategicPivot(60))
                            .shock(150, Crisis.of(new DepartureWave(0.2, 0.5, 0.4), new CapacityCut(0.3, 20),
                                    new DemandSpike(0.3, 10), new StrategicPivot(45)))
                            .build());
                }
            }
        }
        // a partial last team, a larger team size and another network
        specs.add(ScenarioSpec.builder().name("hash-odd").seed(7).agents(1003).steps(200)
                .set(Param.TEAM_SIZE, 7).set(Param.NETWORK_DEGREE, 4).set(Param.NETWORK_REWIRING, 0.3)
                .set(Param.DISTRIBUTED, 0.6)
                .shock(80, Crisis.of(new DepartureWave(0.3, 0.9, 0.6), new CapacityCut(0.5, 30))).build());
        // no ties at all: the neighbours' mood falls back to the agent's own
        specs.add(ScenarioSpec.builder().name("hash-alone").seed(11).agents(200).steps(150)
                .set(Param.NETWORK_DEGREE, 0).set(Param.DISTRIBUTED, 0.5)
                .shock(60, new DepartureWave(0.5, 1, 1)).build());
        // many blocks, and long ties read ahead
        specs.add(ScenarioSpec.builder().name("hash-large").seed(13).agents(300_000).steps(12)
                .shock(5, Crisis.of(new DepartureWave(0.2, 0.5, 0.4), new DemandSpike(0.2, 4))).build());
        return specs;
    }

    /** @return the FNV-1a hash of every value of the fixed metrics of every run, as 16 hex digits */
    static String hash() {
        long h = 0xcbf29ce484222325L;
        for (ScenarioSpec spec : specs()) {
            TimeSeries s = new Simulation(spec, spec.agents() > 100_000 ? 2 : 1).run().series();
            for (Metric m : METRICS) {
                for (double v : s.column(m)) {
                    long bits = Double.doubleToRawLongBits(v);
                    for (int k = 0; k < 8; k++) {
                        h ^= (bits >>> (8 * k)) & 0xff;
                        h *= 0x100000001b3L;
                    }
                }
            }
        }
        return String.format("%016x", h);
    }

    @Test
    void seriesAreBitIdenticalToTheRecordedHash() {
        assertThat(hash()).as("series hash (a change meant to move results records the new one in EXPECTED)")
                .isEqualTo(EXPECTED);
    }
}
