// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.internal;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs one pass of the week over the blocks of the population on a fixed set of threads: the
 * calling thread and {@code threads - 1} helpers take blocks from a shared counter until none
 * are left. Which thread steps which block does not matter to the results: every block writes
 * only its own agents, teams and partial sums, and draws from its own streams keyed by
 * (agent or team, week); {@link Organization} combines the partial sums in block order.
 * Nothing is allocated per pass. The helpers are daemon threads that end when idle.
 */
final class WeekPool {
    private final ForkJoinPool pool;
    private final Helper[] helpers;
    private final AtomicInteger next = new AtomicInteger();
    private IntConsumer pass;
    private int blocks;

    /** @param threads threads that step a pass, the caller's included; 1 steps every block on the caller */
    WeekPool(int threads) {
        if (threads > 1) {
            pool = new ForkJoinPool(threads - 1);
            helpers = new Helper[threads - 1];
            for (int i = 0; i < helpers.length; i++) {
                helpers[i] = new Helper();
            }
        } else {
            pool = null;
            helpers = new Helper[0];
        }
    }

    /** @return threads that step a pass, the caller's included */
    int threads() {
        return helpers.length + 1;
    }

    /**
     * Steps {@code pass} over blocks 0 to {@code blocks - 1} and returns when all are done.
     *
     * @param pass what to do with one block
     * @param blocks number of blocks
     */
    void run(IntConsumer pass, int blocks) {
        int helping = Math.min(helpers.length, blocks - 1);
        if (helping <= 0) {
            for (int b = 0; b < blocks; b++) {
                pass.accept(b);
            }
            return;
        }
        this.pass = pass;
        this.blocks = blocks;
        next.set(0);
        for (int i = 0; i < helping; i++) {
            helpers[i].reinitialize();
            pool.execute(helpers[i]);
        }
        drain();
        for (int i = 0; i < helping; i++) {
            helpers[i].join(); // rethrows what a helper threw
        }
    }

    private void drain() {
        for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
            pass.accept(b);
        }
    }

    /** A helper thread's share of a pass: blocks from the counter until none are left. */
    private final class Helper extends RecursiveAction {
        private static final long serialVersionUID = 1L;

        @Override
        protected void compute() {
            drain();
        }
    }
}
