// SPDX-License-Identifier: Apache-2.0
package io.orgsim.benchmarks;

import io.orgsim.core.Simulation;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Step throughput of the full model: one op is one week of a prepared {@link Simulation}
 * (the default organization at {@code agents} positions, no shocks). Agent-steps per
 * second is {@code agents / time per op}. A fresh simulation per iteration keeps the
 * recorded series short; its first week, which builds the week's scratch, is stepped in the
 * set-up, outside the measured mean.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ModelStep {

    @Param({"1000", "10000", "100000", "1000000"})
    public int agents;

    /** Threads that step the week (the results are the same whatever the number). */
    @Param({"1"})
    public int threads;

    private Simulation simulation;

    @Setup(Level.Iteration)
    public void prepare() {
        simulation = new Simulation(Workloads.stepSpec(agents), threads);
        // the first week lays out the walks and builds the blocks' scratch: set-up, not a step
        simulation.step();
    }

    @Benchmark
    public void step() {
        simulation.step();
    }
}
