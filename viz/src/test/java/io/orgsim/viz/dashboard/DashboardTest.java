// SPDX-License-Identifier: Apache-2.0
package io.orgsim.viz.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.orgsim.core.Metric;
import io.orgsim.core.Param;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.StrategicPivot;
import io.orgsim.scenarios.Preset;
import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JLabel;
import javax.swing.JSlider;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import sim.display.Console;

/**
 * Starts the dashboard on a real display (Xvfb in CI), moves the Leadership slider in MASON's
 * inspector, steps the model, and checks a screenshot and the model's lever. Skipped only when
 * there is no display.
 */
class DashboardTest {

    private Dashboard dashboard;

    @AfterEach
    void close() {
        if (dashboard != null) {
            dashboard.close();
        }
    }

    private static Preset small(String name, double l, double m) {
        ScenarioSpec spec = ScenarioSpec.builder().name(name).agents(60).steps(104).leadership(l).management(m)
                .shock(52, new StrategicPivot(StrategicPivot.DEFAULT_DEGREES)).build();
        return new Preset(name, "a small " + name + " organization", spec);
    }

    @Test
    void sliderMovesTheModelsLeverAndTheChartsDraw() throws Exception {
        assumeTrue(System.getenv("DISPLAY") != null && !GraphicsEnvironment.isHeadless(),
                "no display: start Xvfb and set DISPLAY to run the dashboard test");
        dashboard = Dashboard.open(List.of(small("too-much-management", 0.2, 0.9), small("balanced", 0.8, 0.8)));
        Console console = dashboard.console();
        DashboardState state = dashboard.state();

        // start paused, then step ten weeks with Console's step button
        SwingUtilities.invokeAndWait(console::pressPause);
        for (int i = 0; i < 10; i++) {
            SwingUtilities.invokeAndWait(console::pressPlay);
        }
        assertThat(state.lever(Param.VISION)).isEqualTo(0.2);

        // move the Leadership slider of the Model tab, as a person would
        AtomicReference<JSlider> slider = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> slider.set(sliderAfterLabel(console.getModelInspector(), "Leadership")));
        assertThat(slider.get()).as("a Leadership slider in the Model tab").isNotNull();
        SwingUtilities.invokeAndWait(() -> slider.get().setValue(
                (int) Math.round(0.75 * (slider.get().getMaximum() - slider.get().getMinimum()))
                        + slider.get().getMinimum()));
        assertThat(state.lever(Param.VISION)).as("vision follows the leadership slider").isCloseTo(0.75,
                org.assertj.core.data.Offset.offset(0.01));
        assertThat(state.lever(Param.SAFETY)).isCloseTo(0.75, org.assertj.core.data.Offset.offset(0.01));
        assertThat(state.lever(Param.PLANNING)).as("management untouched").isEqualTo(0.9);
        assertThat(state.lever(Param.LEADERSHIP)).as("the model's top lever moved").isCloseTo(0.75,
                org.assertj.core.data.Offset.offset(0.01));
        assertThat(state.levers().getLeadership()).as("the slider reads the model's top lever")
                .isCloseTo(state.lever(Param.LEADERSHIP), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(state.levers().getManagement()).isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-6));

        // the Model tab shows the sub-levers that moved with it
        AtomicReference<Integer> visionSlider = new AtomicReference<>();
        for (int tries = 0; tries < 20; tries++) {
            Thread.sleep(50);
            SwingUtilities.invokeAndWait(() -> visionSlider.set(sliderAfterLabel(console.getModelInspector(), "Vision")
                    .getValue()));
        }
        assertThat(visionSlider.get()).isEqualTo(slider.get().getValue());

        // fire a pivot from the scenario window, then step on
        SwingUtilities.invokeAndWait(() -> state.controls().pivotButton().doClick());
        for (int i = 0; i < 30; i++) {
            SwingUtilities.invokeAndWait(console::pressPlay);
        }
        assertThat(state.simulation().week()).isEqualTo(40);
        assertThat(state.simulation().result().resilience()).as("the pivot was recorded").hasSize(1);
        assertThat(state.simulation().lever(Param.INSPIRATION)).isCloseTo(0.75,
                org.assertj.core.data.Offset.offset(0.01));

        // the live charts got every week, on the Swing thread, with the model's values
        AtomicInteger points = new AtomicInteger();
        AtomicReference<Double> last = new AtomicReference<>();
        for (int tries = 0; tries < 50 && points.get() < 40; tries++) {
            Thread.sleep(50);
            SwingUtilities.invokeAndWait(() -> {
                points.set(state.charts().series(Metric.OUTPUT).getItemCount());
                last.set(state.charts().series(Metric.OUTPUT).getY(points.get() - 1).doubleValue());
            });
        }
        assertThat(points.get()).isEqualTo(40);
        assertThat(last.get()).isEqualTo(state.simulation().result().series().get(Metric.OUTPUT, 39));

        // screenshot: not blank, and showing the scenario colour of the live lines
        Thread.sleep(300);
        Path png = Path.of("target", "dashboard-screenshot.png");
        BufferedImage shot = dashboard.screenshot(png);
        assertThat(Files.size(png)).isPositive();
        BufferedImage read = ImageIO.read(png.toFile());
        assertThat(read.getWidth()).isGreaterThan(800);
        assertThat(distinctColours(read)).as("the screenshot is not blank").isGreaterThan(50);
        assertThat(countColour(shot, io.orgsim.viz.Palette.GREEN)).as("live lines in the scenario's colour")
                .isGreaterThan(100);

        // stop resets to the scenario's start with its levers; picking a scenario switches to it
        SwingUtilities.invokeAndWait(console::pressStop);
        SwingUtilities.invokeAndWait(() -> state.controls().picker().setSelectedItem("balanced"));
        assertThat(state.scenario().name()).isEqualTo("balanced");
        assertThat(state.lever(Param.VISION)).isEqualTo(0.8);
        assertThat(state.simulation().week()).isZero();
    }

    private static JSlider sliderAfterLabel(Container root, String label) {
        List<Component> all = new ArrayList<>();
        collect(root, all);
        boolean seen = false;
        for (Component c : all) {
            if (c instanceof JLabel l && l.getText() != null && label.equals(l.getText().trim())) {
                seen = true;
            } else if (seen && c instanceof JSlider s) {
                return s;
            }
        }
        return null;
    }

    private static void collect(Component c, List<Component> out) {
        out.add(c);
        if (c instanceof Container k) {
            for (Component child : k.getComponents()) {
                collect(child, out);
            }
        }
    }

    private static int distinctColours(BufferedImage img) {
        java.util.Set<Integer> seen = new java.util.TreeSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                seen.add(img.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return seen.size();
    }

    private static int countColour(BufferedImage img, Color c) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 0xFF) - c.getRed()) < 12 && Math.abs(((rgb >> 8) & 0xFF) - c.getGreen()) < 12
                        && Math.abs((rgb & 0xFF) - c.getBlue()) < 12) {
                    n++;
                }
            }
        }
        return n;
    }
}
