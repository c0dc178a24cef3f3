// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.behaviour;

import java.util.Comparator;
import java.util.List;

/**
 * Whether one behaviour of the model brief holds, with the numbers of each of its claims. A
 * behaviour holds when every claim it rests on ({@link Claim.Role#ASSERTED}: those that held
 * when the model last changed) holds; its other claims are reported alongside.
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

    /** @return true when the behaviour rests on at least one claim and every claim it rests on holds */
    public boolean holds() {
        List<Claim> decisive = decisive();
        return !decisive.isEmpty() && decisive.stream().allMatch(Claim::holds);
    }

    /** @return the claims the behaviour rests on, in order */
    public List<Claim> decisive() {
        return claims.stream().filter(c -> c.role() == Claim.Role.ASSERTED).toList();
    }

    /**
     * The claim that decides the verdict, reported as the behaviour's numbers: when the
     * behaviour fails, the failing claim it rests on with the smallest effect (the most
     * clearly contradicted); when it holds, the weakest such claim (largest p, then smallest
     * effect). A behaviour that rests on no claim is decided by all of them.
     *
     * @return that claim
     */
    public Claim deciding() {
        Comparator<Claim> byEffect = Comparator.comparingDouble(Claim::effect);
        List<Claim> candidates = decisive().isEmpty() ? claims : decisive();
        List<Claim> failing = candidates.stream().filter(c -> !c.holds()).toList();
        if (!failing.isEmpty()) {
            return failing.stream().min(byEffect).orElseThrow();
        }
        return candidates.stream().min(Comparator.comparingDouble(Claim::p).reversed().thenComparing(byEffect))
                .orElseThrow();
    }
}
