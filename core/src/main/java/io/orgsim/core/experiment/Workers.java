// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one kind of thread pool for parallel runs (sweeps, replications, the March study): a
 * fixed number of daemon threads, so a pool left behind by an error never keeps the JVM
 * alive, named after their task so a thread dump says what runs. Results never depend on
 * the number of threads: every run draws from its own seed ({@link Seeds}).
 *
 * @since 0.1.0
 */
public final class Workers {

    private Workers() {
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
        ExecutorService pool = pool(name, Math.max(1, Math.min(threads, tasks.size())));
        try {
            List<Future<T>> futures = new ArrayList<>(tasks.size());
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(task));
            }
            List<T> results = new ArrayList<>(tasks.size());
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + name, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("a run failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
