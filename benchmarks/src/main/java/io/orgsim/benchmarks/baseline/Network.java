// SPDX-License-Identifier: Apache-2.0
package io.orgsim.benchmarks.baseline;

import ec.util.MersenneTwisterFast;

/** The informal network of the array model (a Watts-Strogatz small world), as adjacency lists. */
final class Network {

    private Network() {
    }

    /**
     * The same construction, with the same random draws, as core's SmallWorld.
     *
     * @param n positions
     * @param degree even number of lattice neighbours
     * @param rewiring probability that a lattice edge is rewired to a random position
     * @param rng the model's generator
     * @return for each position, its neighbours in the array model's order
     */
    static int[][] smallWorld(int n, int degree, double rewiring, MersenneTwisterFast rng) {
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
                    int j = rng.nextInt(n);
                    to[e] = (j == i) ? (i + k) % n : j;
                }
                e++;
            }
        }
        int[] count = new int[n];
        for (int k = 0; k < edges; k++) {
            count[from[k]]++;
            count[to[k]]++;
        }
        int[][] adjacency = new int[n][];
        for (int i = 0; i < n; i++) {
            adjacency[i] = new int[count[i]];
        }
        int[] fill = new int[n];
        for (int k = 0; k < edges; k++) {
            adjacency[from[k]][fill[from[k]]++] = to[k];
            adjacency[to[k]][fill[to[k]]++] = from[k];
        }
        return adjacency;
    }
}
