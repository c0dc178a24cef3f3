// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.validation;

/**
 * March's (1991) model of mutual learning between individuals and an organizational code
 * ("Exploration and Exploitation in Organizational Learning", Organization Science
 * 2(1):71-87), run on MASON like every orgsim model: a thin {@code SimState} whose schedule
 * steps the phases of a period (turnover, turbulence, assessing the superior group,
 * socialization, code learning, recording) over arrays, with the one generator of that state.
 * See docs/VALIDATION.md for the rules and how the results compare with the paper's.
 */
public final class March1991 {

    private March1991() {
    }

    /**
     * Runs one replication for its horizon, a closed system stopping early at equilibrium.
     *
     * @param params the parameters
     * @param seed the seed of MASON's generator (all 64 bits are used)
     * @return the outcome; the same seed and parameters always give the same outcome
     */
    public static MarchRun run(MarchParams params, long seed) {
        return new MarchState(params, seed).runToEnd();
    }
}
