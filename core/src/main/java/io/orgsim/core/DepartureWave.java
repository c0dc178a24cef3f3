// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core;

/**
 * A wave of departures: a share of the agents leave at once, and the formal leads and the
 * strong informal leaders (propensity to lead of at least 0.5) may leave at a different
 * rate. Their positions are filled again by ordinary hiring.
 *
 * @param fraction probability that an ordinary agent leaves, in [0, 1]
 * @param leaderFraction probability that a formal lead or strong informal leader leaves, in [0, 1]
 */
public record DepartureWave(double fraction, double leaderFraction) implements Shock {

    @Override
    public String name() {
        return "departure-wave";
    }

    @Override
    public void apply(ShockTarget target) {
        target.removeAgents(fraction, leaderFraction);
    }

    @Override
    public void validate(String field) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new SpecException(field + ".fraction", Param.format(fraction), "must be in [0, 1]");
        }
        if (!(leaderFraction >= 0 && leaderFraction <= 1)) {
            throw new SpecException(field + ".leaderFraction", Param.format(leaderFraction), "must be in [0, 1]");
        }
        if (fraction == 0 && leaderFraction == 0) {
            throw new SpecException(field + ".fraction", "0", "fraction or leaderFraction must be positive");
        }
    }
}
