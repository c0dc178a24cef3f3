// SPDX-License-Identifier: Apache-2.0
/**
 * Named scenarios: the four leadership/management quadrants, their variants in each sector,
 * and the other presets ({@link io.orgsim.scenarios.Presets}), each a ready {@link
 * io.orgsim.core.ScenarioSpec}.
 */
package io.orgsim.scenarios;
