// SPDX-License-Identifier: Apache-2.0
package io.orgsim.benchmarks;

import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.Summary;
import io.orgsim.core.experiment.Replications;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sweep throughput: {@value #RUNS} independent runs of the default scenario (its seeds drawn
 * by the experiment layer's rule) on {@code threads} threads of the experiment layer's pool,
 * {@link Replications} (the {@code Workers.forEach} that {@code orgsim sweep} and
 * {@code compare} run on). The score is runs per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class Sweep {

    /** Runs per batch. */
    public static final int RUNS = 32;

    @Param({"1", "2"})
    public int threads;

    @Benchmark
    @OperationsPerInvocation(RUNS)
    public double sweep() {
        return sweep(threads, RUNS);
    }

    /**
     * Runs replications of the default scenario on the experiment layer's pool.
     *
     * @param threads the threads
     * @param runs the replications
     * @return the sum of their cumulative outputs, so that nothing is optimized away
     */
    public static double sweep(int threads, int runs) {
        ScenarioSpec spec = Workloads.defaultScenario();
        double sum = 0;
        for (double v : Replications.run(List.of(spec), runs, 1, threads,
                r -> r.summaries().get(Summary.CUMULATIVE_OUTPUT)).get(0)) {
            sum += v;
        }
        return sum;
    }
}
