// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.internal;

import java.io.Serializable;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The informal network: an undirected Watts-Strogatz small world over agent positions,
 * stored as compressed rows (offsets into one neighbour array). Positions are ordered by
 * team, so the ring lattice links mostly teammates and neighbouring teams before rewiring
 * adds the long ties.
 */
final class SmallWorld implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * neighbours of i are {@code neighbours[offsets[i]] .. neighbours[offsets[i+1]-1]}; from an
     * organization's first week, its walks' reads in their place (see Organization's
     * {@code walksLaidOut})
     */
    final int[] offsets;
    final int[] neighbours;

    private SmallWorld(int[] offsets, int[] neighbours) {
        this.offsets = offsets;
        this.neighbours = neighbours;
    }

    /**
     * @param n positions
     * @param degree even number of lattice neighbours, less than n
     * @param rewiring probability that a lattice edge is rewired to a random position
     * @param rng the network's random stream
     */
    static SmallWorld build(int n, int degree, double rewiring, UniformRandomProvider rng) {
        int half = degree / 2;
        int edges = n * half;
        int[] from = new int[edges];
        int[] to = new int[edges];
        int e = 0;
        for (int i = 0; i < n; i++) {
            for (int k = 1; k <= half; k++) {
                from[e] = i;
                to[e] = (i + k) % n;
                if (rng.nextDouble() < rewiring) {
                    // a long tie; self-loops are skipped, duplicate ties only add weight
                    int j = rng.nextInt(n);
                    to[e] = (j == i) ? (i + k) % n : j;
                }
                e++;
            }
        }
        int[] count = new int[n + 1];
        for (int k = 0; k < edges; k++) {
            count[from[k] + 1]++;
            count[to[k] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            count[i + 1] += count[i];
        }
        int[] offsets = Arrays.copyOf(count, n + 1);
        int[] fill = Arrays.copyOf(count, n);
        int[] neighbours = new int[2 * edges];
        for (int k = 0; k < edges; k++) {
            neighbours[fill[from[k]]++] = to[k];
            neighbours[fill[to[k]]++] = from[k];
        }
        return new SmallWorld(offsets, neighbours);
    }
}
