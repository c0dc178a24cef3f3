// SPDX-License-Identifier: Apache-2.0
/**
 * The instructor's dashboard: a Swing window with lever sliders, a scenario picker, shocks
 * on demand and live charts of a running {@link io.orgsim.core.Simulation}.
 */
package io.orgsim.viz.dashboard;
