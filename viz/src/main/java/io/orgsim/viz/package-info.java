// SPDX-License-Identifier: Apache-2.0
/**
 * Charts (JFreeChart, drawn without a window, exported as PNG and SVG) and the HTML report
 * that opens offline: tables with confidence intervals, seeds and parameters.
 */
package io.orgsim.viz;
