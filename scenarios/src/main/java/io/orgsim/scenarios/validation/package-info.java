// SPDX-License-Identifier: Apache-2.0
/**
 * March (1991), "Exploration and exploitation in organizational learning", reproduced on the
 * engine: its model, the study over its parameters and the findings checked against the
 * paper (docs/VALIDATION.md).
 */
package io.orgsim.scenarios.validation;
