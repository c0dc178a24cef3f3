// SPDX-License-Identifier: Apache-2.0
/**
 * Scenario and experiment files in YAML: reading them into specs and experiments with errors
 * that name the file, line and field ({@link io.orgsim.scenarios.file.ExperimentFiles},
 * {@link io.orgsim.scenarios.file.ScenarioFileException}), and writing a spec back as a file
 * ({@link io.orgsim.scenarios.file.ScenarioWriter}). The shock types files know, with their
 * fields, are registered once in {@link io.orgsim.scenarios.file.ShockTypes}.
 *
 * @since 0.1.0
 */
package io.orgsim.scenarios.file;
