// SPDX-License-Identifier: Apache-2.0
package io.orgsim.benchmarks;

import io.orgsim.core.OrgSim;
import io.orgsim.core.Param;
import io.orgsim.core.RunResult;
import io.orgsim.core.ScenarioSpec;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One whole run of the default scenario (300 agents, 520 weeks, a pivot), result included;
 * with {@code mechanisms = none}, the same run with every mechanism switched off (each
 * replaced by its neutral form), which is what the structure alone costs: the walk over the
 * ties, the steer, the keyed draws, the sums and the records.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DefaultRun {

    /** {@code all}: the model as it is; {@code none}: every {@code mechanism.*} switch at 0. */
    @org.openjdk.jmh.annotations.Param({"all", "none"})
    public String mechanisms;

    private ScenarioSpec spec;

    @Setup
    public void prepare() {
        ScenarioSpec.Builder builder = Workloads.defaultScenario().toBuilder();
        if (mechanisms.equals("none")) {
            for (Param p : Param.values()) {
                if (p.isMechanismSwitch()) {
                    builder.set(p, 0);
                }
            }
        }
        spec = builder.build();
    }

    @Benchmark
    public RunResult run() {
        return OrgSim.run(spec);
    }
}
