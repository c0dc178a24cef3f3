// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.validation;

/**
 * Figure 5: code knowledge over time under turbulence, with or without turnover.
 *
 * @param turnover p3
 * @param period the period, from 0 (before any learning)
 * @param codeKnowledge code knowledge after that period
 */
public record TurbulencePoint(double turnover, int period, Knowledge codeKnowledge) {
}
