// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core;

/**
 * A wave of departures: a share of the agents leave at once, and formal leads and strong
 * informal leaders (propensity to lead of at least 0.5) may leave at rates of their own.
 * Their positions are filled again by ordinary hiring.
 *
 * @param fraction probability that an ordinary agent leaves, in [0, 1]
 * @param leadFraction probability that a formal team lead leaves, in [0, 1]
 * @param informalFraction probability that a strong informal leader leaves, in [0, 1]
 * @since 0.1.0
 */
public record DepartureWave(double fraction, double leadFraction, double informalFraction) implements Shock {

    /** The type's name in result and scenario files. */
    public static final String NAME = "departure-wave";

    /**
     * A wave that hits everyone alike.
     *
     * @param fraction probability that any agent leaves
     * @return the wave
     */
    public static DepartureWave uniform(double fraction) {
        return new DepartureWave(fraction, fraction, fraction);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(ShockTarget target) {
        target.removeAgents(fraction, leadFraction, informalFraction);
    }

    @Override
    public void validate(String field) {
        check(field + ".fraction", fraction);
        check(field + ".leadFraction", leadFraction);
        check(field + ".informalFraction", informalFraction);
        if (fraction == 0 && leadFraction == 0 && informalFraction == 0) {
            throw new SpecException(field + ".fraction", "0", "at least one of the fractions must be positive");
        }
    }

    private static void check(String field, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new SpecException(field, Param.format(value), "must be in [0, 1]");
        }
    }
}
