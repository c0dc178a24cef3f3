// SPDX-License-Identifier: Apache-2.0
/**
 * Not API: the model itself (the organization as primitive arrays, the informal network, the
 * MASON adapter, recording and analysis of a run). Anything here may change in any release;
 * use {@link io.orgsim.core.OrgSim} and {@link io.orgsim.core.Simulation} instead.
 */
package io.orgsim.core.internal;
