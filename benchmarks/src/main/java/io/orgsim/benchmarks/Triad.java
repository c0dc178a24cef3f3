// SPDX-License-Identifier: Apache-2.0
package io.orgsim.benchmarks;

import io.orgsim.core.Param;
import java.util.Arrays;
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
 * The memory-bandwidth reference: a STREAM triad {@code a[i] = b[i] + s * c[i]} over three
 * double arrays that together are as large as the model's agent state at {@code agents}
 * (see {@link StateTraffic#stateBytesPerAgent}). One op is one pass: {@code 24 * length}
 * bytes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class Triad {

    @org.openjdk.jmh.annotations.Param({"1000", "10000", "100000", "1000000"})
    public int agents;

    private double[] a;
    private double[] b;
    private double[] c;

    /**
     * @param agents agents of the model
     * @return the length of each triad array: a third of the model's state, in doubles
     */
    public static int length(int agents) {
        double state = agents * StateTraffic.stateBytesPerAgent(
                (int) Param.NETWORK_DEGREE.defaultValue(), (int) Param.TEAM_SIZE.defaultValue());
        return (int) Math.ceil(state / 24);
    }

    @Setup
    public void prepare() {
        int n = length(agents);
        a = new double[n];
        b = new double[n];
        c = new double[n];
        Arrays.fill(b, 1.0);
        Arrays.fill(c, 2.0);
    }

    @Benchmark
    public void triad() {
        triad(a, b, c, 3.0);
    }

    /**
     * One pass of the triad.
     *
     * @param a written
     * @param b read
     * @param c read
     * @param s the scalar
     */
    public static void triad(double[] a, double[] b, double[] c, double s) {
        for (int i = 0; i < a.length; i++) {
            a[i] = b[i] + s * c[i];
        }
    }
}
