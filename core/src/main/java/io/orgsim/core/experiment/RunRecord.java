// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import io.orgsim.core.RunResult;

/**
 * The outcome of one run of an experiment: its key, seed and parameter values, and either
 * its result or the error that stopped it.
 *
 * @param key which run
 * @param seed the run's seed ({@link Seeds#runSeed})
 * @param values the design point's values as applied (whole-number parameters rounded), in
 *     the design's key order
 * @param result the result, or null when the run failed
 * @param error a one-line description of the failure, or null when the run succeeded
 * @since 0.1.0
 */
public record RunRecord(RunKey key, long seed, double[] values, RunResult result, String error) {

    /** @return true when the run produced a result */
    public boolean ok() {
        return result != null;
    }

    /**
     * Describes a failure in one line: the exception's class and message and where it was
     * thrown.
     *
     * @param t what was thrown
     * @return the description, without line breaks
     */
    public static String describe(Throwable t) {
        StringBuilder s = new StringBuilder(t.getClass().getName());
        if (t.getMessage() != null) {
            s.append(": ").append(t.getMessage());
        }
        StackTraceElement[] trace = t.getStackTrace();
        if (trace.length > 0) {
            s.append(" (at ").append(trace[0]).append(')');
        }
        return s.toString().replaceAll("[\\r\\n]+", " ");
    }
}
