// SPDX-License-Identifier: Apache-2.0
package io.orgsim.benchmarks;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The cost of the random draws one agent-step makes, measured on the model's own generator:
 * {@code io.orgsim.core.internal.RandomStream} (keyed SplitMix64, Commons RNG ziggurat
 * normals), whatever its code is in the build on the class path. The class is
 * package-private, so it is reached by reflection once and called through method handles held
 * in static final fields, which the JIT inlines like direct calls; uniforms go through its
 * public {@link UniformRandomProvider} interface. When the class, its constructor
 * {@code (long seed, String name)}, {@code at(long index, long week)} or {@code gaussian()}
 * is renamed, this fails with the name of what is missing instead of measuring something else.
 *
 * <p>One agent-step draws, as {@code Organization}'s three passes do: a re-key and a normal
 * for the drift (directions); a re-key and a uniform each for ideas, errors and quitting (work,
 * turnover); a re-key and a normal for its team's week, one team per {@link #TEAM} agents. The
 * rare extra draws (an idea implemented, an error reported or caught, a hire) are left out.
 */
final class ModelDraws {

    /** Agents per team of the default organization, whose team draw is shared. */
    static final int TEAM = 8;
    /** What {@link #nanosPerAgentStep} draws per agent-step, for the report. */
    static final String PER_AGENT_STEP = "4.125 re-keys, 1.125 ziggurat normals, 3 uniforms";

    private static final String CLASS = "io.orgsim.core.internal.RandomStream";
    private static final MethodHandle NEW;
    private static final MethodHandle AT;
    private static final MethodHandle GAUSSIAN;

    static {
        try {
            Class<?> stream = Class.forName(CLASS);
            Constructor<?> make = stream.getDeclaredConstructor(long.class, String.class);
            Method at = stream.getDeclaredMethod("at", long.class, long.class);
            Method gaussian = stream.getDeclaredMethod("gaussian");
            make.setAccessible(true);
            at.setAccessible(true);
            gaussian.setAccessible(true);
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            NEW = lookup.unreflectConstructor(make).asType(MethodType.methodType(UniformRandomProvider.class,
                    long.class, String.class));
            AT = lookup.unreflect(at).asType(MethodType.methodType(UniformRandomProvider.class,
                    UniformRandomProvider.class, long.class, long.class));
            GAUSSIAN = lookup.unreflect(gaussian).asType(MethodType.methodType(double.class,
                    UniformRandomProvider.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException(CLASS + " no longer has what ModelDraws measures (a constructor (long, "
                    + "String), at(long, long), gaussian()): " + e + "; update benchmarks/ModelDraws.java", e);
        }
    }

    private ModelDraws() {
    }

    /**
     * @param seed the run's seed
     * @param name the stream's name
     * @return a new stream of the model's kind
     */
    static UniformRandomProvider stream(long seed, String name) {
        try {
            return (UniformRandomProvider) NEW.invokeExact(seed, name);
        } catch (Throwable t) {
            throw new IllegalStateException("cannot make a " + CLASS + ": " + t, t);
        }
    }

    /**
     * One week's draws of {@code agents} agent-steps.
     *
     * @param drift the drift's stream
     * @param team the teams' stream
     * @param ideas the ideas' stream
     * @param errors the errors' stream
     * @param quit the quitting stream
     * @param agents agents to draw for
     * @param week the week
     * @return a sum of the draws, to be sunk
     * @throws Throwable what the generator throws (nothing, in practice)
     */
    static double week(UniformRandomProvider drift, UniformRandomProvider team, UniformRandomProvider ideas,
                       UniformRandomProvider errors, UniformRandomProvider quit, int agents, int week) throws Throwable {
        double s = 0;
        for (int i = 0; i < agents; i++) {
            if (i % TEAM == 0) {
                s += (double) GAUSSIAN.invokeExact((UniformRandomProvider) AT.invokeExact(team, (long) (i / TEAM),
                        (long) week));
            }
            s += (double) GAUSSIAN.invokeExact((UniformRandomProvider) AT.invokeExact(drift, (long) i, (long) week));
            s += ((UniformRandomProvider) AT.invokeExact(ideas, (long) i, (long) week)).nextDouble();
            s += ((UniformRandomProvider) AT.invokeExact(errors, (long) i, (long) week)).nextDouble();
            s += ((UniformRandomProvider) AT.invokeExact(quit, (long) i, (long) week)).nextDouble();
        }
        return s;
    }

    /**
     * @return the median nanoseconds of one agent-step's draws ({@link #PER_AGENT_STEP}) over
     *     1M agents, 5 weeks after 3 of warm-up
     * @throws Exception when the model's generator cannot be reached
     */
    static double nanosPerAgentStep() throws Exception {
        UniformRandomProvider drift = stream(1, "drift");
        UniformRandomProvider team = stream(1, "team");
        UniformRandomProvider ideas = stream(1, "ideas");
        UniformRandomProvider errors = stream(1, "errors");
        UniformRandomProvider quit = stream(1, "turnover");
        int n = 1_000_000;
        double[] sink = new double[1];
        int[] week = {0};
        long[] t = Measure.times(() -> {
            try {
                sink[0] += week(drift, team, ideas, errors, quit, n, week[0]++);
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }, 3, 5);
        return sink[0] == 0 ? 0 : Measure.median(t) / n;
    }
}
