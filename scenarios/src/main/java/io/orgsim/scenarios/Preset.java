// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios;

import io.orgsim.core.ScenarioSpec;

/**
 * A named, documented scenario: a starting spec that users run as is or vary.
 *
 * @param name the name used on the command line, for example {@code balanced}
 * @param description one line on what it represents
 * @param spec the spec, with the default seed
 * @since 0.1.0
 */
public record Preset(String name, String description, ScenarioSpec spec) {
}
