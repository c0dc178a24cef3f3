// SPDX-License-Identifier: Apache-2.0
package io.orgsim.viz;

import io.orgsim.core.Param;
import io.orgsim.scenarios.Preset;
import io.orgsim.scenarios.Presets;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A named scenario's lever setting on a leadership x management heatmap: a ring in the
 * scenario's colour centred at (leadership, management), and its name in a box beside it,
 * placed between rows of cells so that it hides no cell's number.
 */
public final class PresetMarker extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;
    private static final Color INK = new Color(0x222222);
    /** Ring size as a share of a cell. */
    static final double RING = 0.62;

    private final String name;
    private final double leadership;
    private final double management;
    private final Color color;
    private final double step;

    /**
     * @param name the scenario's name, shown as the label
     * @param leadership its leadership lever (x)
     * @param management its management lever (y)
     * @param color its palette colour
     * @param step the heatmap's cell size in lever units
     */
    public PresetMarker(String name, double leadership, double management, Color color, double step) {
        if (!(step > 0)) {
            throw new IllegalArgumentException("step must be positive: " + step);
        }
        this.name = name;
        this.leadership = leadership;
        this.management = management;
        this.color = color;
        this.step = step;
    }

    /**
     * The four quadrant presets of the comparison, in their palette colours.
     *
     * @param step the heatmap's cell size in lever units
     * @return their markers, balanced first
     */
    public static List<PresetMarker> quadrants(double step) {
        List<Preset> q = Presets.builtIn().quadrants();
        Palette palette = Palette.forScenarios(q.stream().map(Preset::name).toList());
        return q.stream().map(p -> new PresetMarker(p.name(), p.spec().get(Param.LEADERSHIP),
                p.spec().get(Param.MANAGEMENT), palette.color(p.name()), step)).toList();
    }

    /** @return the scenario's name */
    public String name() {
        return name;
    }

    /** @return the leadership lever, the marker's x */
    public double leadership() {
        return leadership;
    }

    /** @return the management lever, the marker's y */
    public double management() {
        return management;
    }

    /** @return the ring's colour */
    public Color color() {
        return color;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        RectangleEdge xEdge = plot.getDomainAxisEdge();
        RectangleEdge yEdge = plot.getRangeAxisEdge();
        double cx = domainAxis.valueToJava2D(leadership, dataArea, xEdge);
        double cy = rangeAxis.valueToJava2D(management, dataArea, yEdge);
        double cellW = Math.abs(domainAxis.valueToJava2D(leadership + step, dataArea, xEdge) - cx);
        double cellH = Math.abs(rangeAxis.valueToJava2D(management + step, dataArea, yEdge) - cy);
        Ellipse2D ring = new Ellipse2D.Double(cx - RING * cellW / 2, cy - RING * cellH / 2, RING * cellW,
                RING * cellH);
        // a band of the colour between a white and a dark edge, visible on every cell colour
        g2.setPaint(Color.WHITE);
        g2.setStroke(new BasicStroke(12f));
        g2.draw(ring);
        g2.setPaint(INK);
        g2.setStroke(new BasicStroke(8f));
        g2.draw(ring);
        g2.setPaint(color);
        g2.setStroke(new BasicStroke(5f));
        g2.draw(ring);

        g2.setFont(Charts.NOTE);
        FontMetrics fm = g2.getFontMetrics();
        double w = fm.stringWidth(name) + 12;
        double h = fm.getAscent() + fm.getDescent() + 6;
        boolean rightHalf = leadership > mid(domainAxis);
        boolean topHalf = management > mid(rangeAxis);
        double bx;
        double by;
        if (onRow(management, rangeAxis)) {
            // on a row of cells: the box goes on the line between this row and the next one
            // towards the middle, where no number is written
            bx = cx - w / 2;
            by = (topHalf ? cy + cellH / 2 : cy - cellH / 2) - h / 2;
        } else {
            // between two rows already: the box goes beside the ring, towards the middle
            bx = rightHalf ? cx - RING * cellW / 2 - 6 - w : cx + RING * cellW / 2 + 6;
            by = cy - h / 2;
        }
        bx = Math.max(dataArea.getMinX() + 2, Math.min(dataArea.getMaxX() - w - 2, bx));
        by = Math.max(dataArea.getMinY() + 2, Math.min(dataArea.getMaxY() - h - 2, by));
        RoundRectangle2D box = new RoundRectangle2D.Double(bx, by, w, h, 8, 8);
        g2.setPaint(new Color(255, 255, 255, 235));
        g2.fill(box);
        g2.setPaint(color);
        g2.setStroke(new BasicStroke(3f));
        g2.draw(box);
        g2.setPaint(INK);
        g2.drawString(name, (float) (bx + 6), (float) (by + 3 + fm.getAscent()));
    }

    private static double mid(ValueAxis axis) {
        return (axis.getLowerBound() + axis.getUpperBound()) / 2;
    }

    /** @return whether v is at a cell centre of the axis (cells start half a step above its lower bound) */
    private boolean onRow(double v, ValueAxis axis) {
        double k = (v - (axis.getLowerBound() + step / 2)) / step;
        return Math.abs(k - Math.rint(k)) < 0.25;
    }
}
