// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.file;

import java.util.Collection;

/**
 * "Did you mean" for misspelt names (keys, presets, commands): the closest name within a small
 * edit distance (Levenshtein, case ignored).
 *
 * @since 0.1.0
 */
public final class Suggest {

    private Suggest() {
    }

    /**
     * @param word what was written
     * @param names the names allowed
     * @return the closest name within distance 3, or null
     */
    public static String closest(String word, Collection<String> names) {
        String best = null;
        int bestD = 4;
        for (String n : names) {
            int d = distance(word.toLowerCase(java.util.Locale.ROOT), n.toLowerCase(java.util.Locale.ROOT));
            if (d < bestD) {
                bestD = d;
                best = n;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
