// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.behaviour;

import java.util.Comparator;
import java.util.List;

/**
 * Whether one behaviour of the model brief holds, with the numbers of each of its claims. A
 * behaviour holds when every one of its claims holds.
 *
 * @param behaviour the behaviour
 * @param claims its claims, in the order the brief states them
 */
public record Verdict(Behaviour behaviour, List<Claim> claims) {

    /** @throws IllegalArgumentException when there is no claim */
    public Verdict {
        claims = List.copyOf(claims);
        if (claims.isEmpty()) {
            throw new IllegalArgumentException("a verdict needs at least one claim");
        }
    }

    /** @return true when every claim holds */
    public boolean holds() {
        return claims.stream().allMatch(Claim::holds);
    }

    /**
     * The claim that decides the verdict, reported as the behaviour's numbers: when the
     * behaviour fails, the failing claim with the smallest effect (the most clearly
     * contradicted); when it holds, the weakest claim (largest p, then smallest effect).
     *
     * @return that claim
     */
    public Claim deciding() {
        Comparator<Claim> byEffect = Comparator.comparingDouble(Claim::effect);
        List<Claim> failing = claims.stream().filter(c -> !c.holds()).toList();
        if (!failing.isEmpty()) {
            return failing.stream().min(byEffect).orElseThrow();
        }
        return claims.stream().min(Comparator.comparingDouble(Claim::p).reversed().thenComparing(byEffect))
                .orElseThrow();
    }
}
