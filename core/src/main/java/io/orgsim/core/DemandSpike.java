// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core;

/**
 * Demand rises above what the organization was sized for: the same people carry more work
 * for a while. The strain lowers engagement, raises frustration and makes errors likelier.
 *
 * @param excess extra demand as a share of normal, in (0, 2]
 * @param weeks how long the spike lasts, at least 1
 * @since 0.1.0
 */
public record DemandSpike(double excess, int weeks) implements Shock {

    /** The type's name in result and scenario files. */
    public static final String NAME = "demand-spike";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(ShockTarget target) {
        target.addStrain(excess, weeks);
    }

    @Override
    public void validate(String field) {
        if (!(excess > 0 && excess <= 2)) {
            throw new SpecException(field + ".excess", Param.format(excess), "must be in (0, 2]");
        }
        if (weeks < 1) {
            throw new SpecException(field + ".weeks", Integer.toString(weeks), "must be at least 1");
        }
    }
}
