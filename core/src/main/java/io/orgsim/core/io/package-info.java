// SPDX-License-Identifier: Apache-2.0
/**
 * File output that readers never see half-written ({@link io.orgsim.core.io.AtomicFiles}).
 */
package io.orgsim.core.io;
