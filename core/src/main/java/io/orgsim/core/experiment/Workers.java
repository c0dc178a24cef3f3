// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import io.orgsim.core.RunResult;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.Simulation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntPredicate;

/**
 * The one kind of thread pool for parallel runs (sweeps, replications, the March study): a
 * fixed number of daemon threads, so a pool left behind by an error never keeps the JVM
 * alive, named after their task so a thread dump says what runs. Results never depend on
 * the number of threads: every run draws from its own seed ({@link Seeds}).
 *
 * <p>{@link #forEach} is how {@link Sweep} and {@link Replications} run: every thread takes
 * the next run's index from one shared counter until none is left, so there is no queue, no
 * future and no submitting thread to wait on, nothing is held per run that the run itself
 * does not keep, and both threads of a 2-core machine step runs until the last one.
 *
 * @since 0.1.0
 */
public final class Workers {

    private Workers() {
    }

    /**
     * The threads each run of an experiment steps its week on, when {@code runThreads} runs go
     * at once: one below {@link Simulation#PARALLEL_AGENTS} agents (as a lone run), else the
     * processors left to each run, at least one, so that a sweep of large organizations keeps
     * every core busy without running more threads than cores. Results do not depend on it.
     *
     * @param spec a run's spec
     * @param runThreads runs stepped at once, at least 1
     * @return the threads of its week, at least 1
     */
    public static int weekThreads(ScenarioSpec spec, int runThreads) {
        if (Simulation.defaultThreads(spec.agents()) == 1) {
            return 1;
        }
        return Math.max(1, Runtime.getRuntime().availableProcessors() / Math.max(1, runThreads));
    }

    /**
     * Runs a spec to its horizon as one of {@code runThreads} runs that go at once: {@link
     * io.orgsim.core.OrgSim#run} with the week on {@link #weekThreads} threads.
     *
     * @param spec a validated spec
     * @param runThreads runs stepped at once
     * @return the result, bit-identical to {@code OrgSim.run(spec)}
     */
    static RunResult run(ScenarioSpec spec, int runThreads) {
        return new Simulation(spec, weekThreads(spec, runThreads)).run();
    }

    /**
     * @param name the threads' name prefix, for example {@code orgsim-run}
     * @param threads the number of threads, at least 1
     * @return a fixed pool; the caller shuts it down
     * @throws IllegalArgumentException when threads is below 1
     */
    public static ExecutorService pool(String name, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Runs {@code task} for every index in {@code [0, count)} on {@code threads} threads of
     * this class's kind; each thread takes the next index from a shared counter, so indices
     * start in increasing order and no task waits in a queue. The task does its own output
     * (for example it writes its row, or stores its result at its index). Once a task returns
     * false or throws, no further index is started; those already started finish. The thrown
     * exception of the lowest index is rethrown (a runtime exception or error as it is, any
     * other wrapped in an {@link IllegalStateException}): every lower index had started, so it
     * is the one a run in index order would have thrown first.
     *
     * @param name the threads' name prefix
     * @param threads the most threads to use, at least 1 (no more than {@code count} are started)
     * @param count the number of indices
     * @param task runs one index; returns false to start no further index
     * @throws InterruptedException when the calling thread is interrupted while it waits: the
     *     threads are then interrupted and no further index is started
     * @throws IllegalArgumentException when threads is below 1 or count negative
     */
    public static void forEach(String name, int threads, int count, IntPredicate task) throws InterruptedException {
        if (count < 0) {
            throw new IllegalArgumentException("count must be at least 0, got " + count);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (count == 0) {
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failedAt = new AtomicInteger(Integer.MAX_VALUE);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicBoolean stop = new AtomicBoolean();
        int started = Math.min(threads, count);
        CountDownLatch finished = new CountDownLatch(started); // its await sees every task's writes
        Runnable drain = () -> {
            try {
                for (int i = next.getAndIncrement(); i < count && !stop.get(); i = next.getAndIncrement()) {
                    try {
                        if (!task.test(i)) {
                            stop.set(true);
                        }
                    } catch (Throwable t) {
                        stop.set(true);
                        synchronized (failure) { // keep the lowest index's
                            if (i < failedAt.get()) {
                                failedAt.set(i);
                                failure.set(t);
                            }
                        }
                    }
                }
            } finally {
                finished.countDown();
            }
        };
        ExecutorService pool = pool(name, started);
        try {
            for (int t = 0; t < started; t++) {
                pool.execute(drain);
            }
            pool.shutdown();
            finished.await();
        } catch (InterruptedException e) {
            stop.set(true);
            pool.shutdownNow();
            throw e;
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error err) {
            throw err;
        }
        if (t != null) {
            throw new IllegalStateException("a run failed: " + t, t);
        }
    }

    /**
     * Runs every task on a pool of at most {@code threads} threads and returns the results in
     * the tasks' order. The first failing task in that order is rethrown (a runtime exception as
     * it is, any other wrapped in an {@link IllegalStateException}); the other tasks are then
     * cancelled.
     *
     * @param name the threads' name prefix
     * @param threads the most threads to use, at least 1
     * @param tasks the tasks
     * @param <T> a task's result
     * @return the results, in task order
     */
    public static <T> List<T> map(String name, int threads, List<? extends Callable<T>> tasks) {
        Object[] results = new Object[tasks.size()];
        try {
            forEach(name, threads, tasks.size(), i -> {
                try {
                    results[i] = tasks.get(i).call();
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException("a run failed: " + e, e);
                }
                return true;
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + name, e);
        }
        List<T> list = new ArrayList<>(results.length);
        for (Object r : results) {
            @SuppressWarnings("unchecked") // each slot holds its task's result
            T t = (T) r;
            list.add(t);
        }
        return list;
    }
}
