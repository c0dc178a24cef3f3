// SPDX-License-Identifier: Apache-2.0
package io.orgsim.web;

import java.util.HashMap;
import java.util.Map;

/**
 * A token bucket per key (a student's token, or a client's address): a burst of requests,
 * then a steady rate. Uses the system clock, which is fine here: it never touches the model.
 */
final class RateLimiter {

    private static final int MAX_KEYS = 10_000;

    private final double burst;
    private final double perSecond;
    private final Map<String, double[]> buckets = new HashMap<>(); // {tokens, last nanos}

    /**
     * @param burst requests allowed at once
     * @param perSecond requests allowed per second after the burst
     */
    RateLimiter(double burst, double perSecond) {
        this.burst = burst;
        this.perSecond = perSecond;
    }

    /**
     * Takes one request from the key's bucket.
     *
     * @param key who asks
     * @throws Http.Refused with 429 when the bucket is empty
     */
    synchronized void take(String key) {
        long now = System.nanoTime();
        if (buckets.size() > MAX_KEYS) {
            buckets.clear(); // a flood of fresh keys: forget them all rather than grow
        }
        double[] b = buckets.computeIfAbsent(key, k -> new double[] {burst, now});
        b[0] = Math.min(burst, b[0] + (now - b[1]) / 1e9 * perSecond);
        b[1] = now;
        if (b[0] < 1) {
            throw new Http.Refused(429, "too many requests: wait a moment and try again");
        }
        b[0] -= 1;
    }
}
