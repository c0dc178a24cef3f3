// SPDX-License-Identifier: Apache-2.0
package io.orgsim.benchmarks;

import io.orgsim.core.OrgSim;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sweep throughput: {@value #RUNS} independent runs of the default scenario (seeds 1 to
 * {@value #RUNS}) spread over a fixed pool of {@code threads} threads. The score is runs per
 * second.
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

    private ExecutorService pool;
    private List<ScenarioSpec> specs;

    @Setup
    public void prepare() {
        pool = Executors.newFixedThreadPool(threads);
        specs = specs(RUNS);
    }

    @TearDown
    public void close() {
        pool.shutdownNow();
    }

    @Benchmark
    @OperationsPerInvocation(RUNS)
    public double sweep() throws InterruptedException, ExecutionException {
        return sweep(pool, specs);
    }

    /**
     * @param runs number of runs
     * @return the default scenario with seeds 1 to runs
     */
    public static List<ScenarioSpec> specs(int runs) {
        List<ScenarioSpec> specs = new ArrayList<>();
        for (int s = 1; s <= runs; s++) {
            specs.add(Workloads.defaultScenario(s));
        }
        return specs;
    }

    /**
     * Runs every spec on the pool and waits for them all.
     *
     * @param pool the pool
     * @param specs the runs
     * @return the sum of their cumulative outputs, so that nothing is optimized away
     * @throws InterruptedException if interrupted while waiting
     * @throws ExecutionException if a run fails
     */
    public static double sweep(ExecutorService pool, List<ScenarioSpec> specs)
            throws InterruptedException, ExecutionException {
        List<Future<Double>> futures = new ArrayList<>(specs.size());
        for (ScenarioSpec spec : specs) {
            futures.add(pool.submit(() -> OrgSim.run(spec).summaries().get(Summary.CUMULATIVE_OUTPUT)));
        }
        double sum = 0;
        for (Future<Double> f : futures) {
            sum += f.get();
        }
        return sum;
    }
}
