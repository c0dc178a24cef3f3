// SPDX-License-Identifier: Apache-2.0
/**
 * Not API: the {@code orgsim} command-line program ({@link io.orgsim.cli.Main}) and its
 * commands. Its classes may change in any release; embed {@code orgsim-core} instead.
 */
package io.orgsim.cli;
