// SPDX-License-Identifier: Apache-2.0
package io.orgsim.benchmarks;

import io.orgsim.core.CapacityCut;
import io.orgsim.core.Crisis;
import io.orgsim.core.DemandSpike;
import io.orgsim.core.DepartureWave;
import io.orgsim.core.Metric;
import io.orgsim.core.OrgSim;
import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.StrategicPivot;
import io.orgsim.core.TimeSeries;
import java.util.ArrayList;
import java.util.List;

/**
 * A fingerprint of the model's results, for performance work on the core that must keep
 * them bit-identical: runs a fixed set of scenarios (the four quadrants, distributed
 * leadership 0 and 0.3, a crisis with a departure wave, a size that is not a whole number
 * of teams, a network without ties, an organization of 300,000, several seeds) and hashes
 * every value of every series. Run it before and after a change; the printed hash must
 * not move.
 */
public final class SeriesHash {

    private SeriesHash() {
    }

    /** @return the scenarios hashed, in order */
    static List<ScenarioSpec> specs() {
        double[][] quadrants = {{0.8, 0.8}, {0.9, 0.2}, {0.2, 0.9}, {0.2, 0.2}};
        List<ScenarioSpec> specs = new ArrayList<>();
        for (double[] q : quadrants) {
            for (double distributed : new double[] {0, 0.3}) {
                for (long seed = 1; seed <= 3; seed++) {
                    ScenarioSpec.Builder b = ScenarioSpec.builder().name("hash").seed(seed * 0x9E3779B97F4A7C15L)
                            .agents(300).steps(260).leadership(q[0]).management(q[1])
                            .set(Param.DISTRIBUTED, distributed)
                            .shock(100, new StrategicPivot(60))
                            .shock(150, Crisis.of(new DepartureWave(0.2, 0.5, 0.4), new CapacityCut(0.3, 20),
                                    new DemandSpike(0.3, 10), new StrategicPivot(45)));
                    specs.add(b.build());
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
        // large enough for the directions pass to read long ties ahead (Organization's TOUCH_AHEAD_AGENTS)
        specs.add(ScenarioSpec.builder().name("hash-large").seed(13).agents(300_000).steps(12)
                .shock(5, Crisis.of(new DepartureWave(0.2, 0.5, 0.4), new DemandSpike(0.2, 4))).build());
        return specs;
    }

    /**
     * @param args ignored
     */
    public static void main(String[] args) {
        long h = 0xcbf29ce484222325L;
        int values = 0;
        for (ScenarioSpec spec : specs()) {
            TimeSeries s = OrgSim.run(spec).series();
            for (Metric m : Metric.values()) {
                for (double v : s.column(m)) {
                    long bits = Double.doubleToRawLongBits(v);
                    for (int k = 0; k < 8; k++) {
                        h ^= (bits >>> (8 * k)) & 0xff;
                        h *= 0x100000001b3L; // FNV-1a
                    }
                    values++;
                }
            }
        }
        System.out.printf("series hash %016x over %d values of %d runs%n", h, values, specs().size());
    }
}
