// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core;

/**
 * How the organization absorbed and recovered from one shock, measured on weekly output
 * against the mean of the weeks before it (the resilience triangle of Bruneau et al. 2003).
 *
 * @param shock the shock's name
 * @param week the week it hit
 * @param baseline mean output over the weeks before the shock
 * @param depth the deepest drop below baseline, as a share of baseline (0 = no drop)
 * @param recoveryWeeks weeks until the 4-week mean output is back at 95% of baseline; when not
 *     recovered, the weeks observed (up to the next shock or the horizon)
 * @param areaLost output lost below baseline until recovery, in weeks of baseline output
 * @param recovered whether output recovered before the next shock or the horizon
 * @since 0.1.0
 */
public record ShockResilience(String shock, int week, double baseline, double depth, int recoveryWeeks,
                              double areaLost, boolean recovered) {
}
