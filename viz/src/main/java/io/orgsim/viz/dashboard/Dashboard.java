// SPDX-License-Identifier: Apache-2.0
package io.orgsim.viz.dashboard;

import io.orgsim.core.io.AtomicFiles;
import io.orgsim.scenarios.Preset;
import io.orgsim.scenarios.Presets;
import java.awt.AWTException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import sim.display.Console;

/**
 * The instructor dashboard: MASON's Console (play, pause, step, stop = reset, speed, and the
 * lever sliders in its Model tab), a scenario window (picker, pivot and capacity-cut buttons)
 * and a window of live charts. Needs a display.
 *
 * <pre>{@code
 * Dashboard.open();   // returns once the windows are up; closing the Console quits
 * }</pre>
 */
public final class Dashboard {

    private final DashboardState state;
    private final Console console;

    private Dashboard(DashboardState state, Console console) {
        this.state = state;
        this.console = console;
    }

    /**
     * Opens the dashboard with every built-in preset.
     *
     * @return the open dashboard
     * @throws java.awt.HeadlessException when there is no display
     */
    public static Dashboard open() {
        return open(Presets.builtIn().all());
    }

    /**
     * Opens the dashboard.
     *
     * @param scenarios the scenarios the picker offers, at least one
     * @return the open dashboard
     * @throws java.awt.HeadlessException when there is no display
     */
    public static Dashboard open(List<Preset> scenarios) {
        if (GraphicsEnvironment.isHeadless()) {
            throw new java.awt.HeadlessException("the dashboard needs a display (set DISPLAY, or run Xvfb)");
        }
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("the dashboard needs at least one scenario");
        }
        AtomicReference<Dashboard> made = new AtomicReference<>();
        onSwingAndWait(() -> {
            enlargeFonts();
            DashboardState state = new DashboardState(scenarios);
            Console console = new Console(state);
            console.setLocation(0, 0);
            console.setSize(Math.max(console.getWidth(), 520), Math.max(console.getHeight(), 640));
            int model = console.getTabPane().indexOfTab("Model");
            if (model >= 0) {
                console.getTabPane().setSelectedIndex(model);
            }
            console.setVisible(true);
            state.controls().frame().setLocation(0, console.getHeight() + 10);
            state.charts().frame().setLocation(Math.max(console.getWidth(), state.controls().frame().getWidth()) + 10,
                    0);
            made.set(new Dashboard(state, console));
        });
        return made.get();
    }

    /** @return the GUI state (the scenario, levers and run being shown) */
    public DashboardState state() {
        return state;
    }

    /** @return MASON's Console */
    public Console console() {
        return console;
    }

    /** @return the dashboard's windows: the Console, the scenario window and the charts */
    public List<Window> windows() {
        return List.of(console, state.controls().frame(), state.charts().frame());
    }

    /**
     * Captures the dashboard's windows as they are on screen.
     *
     * @return the image of the smallest rectangle holding all windows
     * @throws AWTException when the screen cannot be read
     */
    public BufferedImage screenshot() throws AWTException {
        AtomicReference<Rectangle> area = new AtomicReference<>();
        onSwingAndWait(() -> {
            Rectangle r = null;
            for (Window w : windows()) {
                r = r == null ? w.getBounds() : r.union(w.getBounds());
            }
            area.set(r.intersection(w0().getGraphicsConfiguration().getBounds()));
        });
        BufferedImage shot = new Robot().createScreenCapture(area.get());
        BufferedImage rgb = new BufferedImage(shot.getWidth(), shot.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(Color.WHITE);
        g.drawImage(shot, 0, 0, null);
        g.dispose();
        return rgb;
    }

    /**
     * @param file the PNG to write
     * @return the image written
     * @throws AWTException when the screen cannot be read
     * @throws IOException when writing fails
     */
    public BufferedImage screenshot(Path file) throws AWTException, IOException {
        BufferedImage img = screenshot();
        AtomicFiles.write(file, out -> ImageIO.write(img, "png", out));
        return img;
    }

    /** Stops the run and closes the windows without quitting the program. */
    public void close() {
        onSwingAndWait(() -> {
            console.pressStop();
            state.quit();
            console.setVisible(false);
            console.dispose();
            Console.allControllers.remove(console);
        });
    }

    /** Larger Swing fonts, so that MASON's Console and inspector read on a projector. */
    private static void enlargeFonts() {
        for (String key : new String[] {"Label.font", "Button.font", "TextField.font", "TabbedPane.font",
            "ComboBox.font", "CheckBox.font", "ToggleButton.font", "List.font", "Slider.font"}) {
            java.awt.Font f = javax.swing.UIManager.getFont(key);
            if (f != null && f.getSize() < 15) {
                javax.swing.UIManager.put(key, new javax.swing.plaf.FontUIResource(f.deriveFont(15f)));
            }
        }
    }

    private Window w0() {
        return console;
    }

    static void onSwingAndWait(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) {
            r.run();
            return;
        }
        try {
            SwingUtilities.invokeAndWait(r);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        }
    }
}
