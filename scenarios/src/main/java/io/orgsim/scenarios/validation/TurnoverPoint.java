// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.validation;

/**
 * Figure 4: code knowledge after a fixed horizon with turnover and no turbulence.
 *
 * @param socialization p1
 * @param turnover p3
 * @param codeKnowledge code knowledge at the horizon
 */
public record TurnoverPoint(double socialization, double turnover, Knowledge codeKnowledge) {
}
