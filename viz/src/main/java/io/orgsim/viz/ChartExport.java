// SPDX-License-Identifier: Apache-2.0
package io.orgsim.viz;

import io.orgsim.core.io.AtomicFiles;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** Writes a chart as PNG and SVG, atomically, without a display. */
public final class ChartExport {

    private ChartExport() {
    }

    /**
     * @param chart the chart
     * @param file the PNG file
     * @param width width in pixels
     * @param height height in pixels
     * @throws IOException when writing fails
     */
    public static void png(JFreeChart chart, Path file, int width, int height) throws IOException {
        AtomicFiles.write(file, out -> ChartUtils.writeChartAsPNG(out, chart, width, height));
    }

    /**
     * @param chart the chart
     * @param file the SVG file
     * @param width width in user units
     * @param height height in user units
     * @throws IOException when writing fails
     */
    public static void svg(JFreeChart chart, Path file, int width, int height) throws IOException {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        chart.draw(g2, new Rectangle(0, 0, width, height));
        AtomicFiles.writeString(file, g2.getSVGDocument());
    }

    /**
     * Writes {@code dir/name.png} and {@code dir/name.svg} at the default size.
     *
     * @param chart the chart
     * @param dir the folder
     * @param name the file name without extension
     * @throws IOException when writing fails
     */
    public static void both(JFreeChart chart, Path dir, String name) throws IOException {
        png(chart, dir.resolve(name + ".png"), Charts.WIDTH, Charts.HEIGHT);
        svg(chart, dir.resolve(name + ".svg"), Charts.WIDTH, Charts.HEIGHT);
    }
}
