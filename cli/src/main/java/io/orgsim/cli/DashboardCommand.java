// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import io.orgsim.viz.dashboard.Dashboard;
import java.awt.GraphicsEnvironment;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;

/** {@code orgsim dashboard}: the instructor's window, with sliders, shock buttons and live charts. */
@Command(name = "dashboard", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Opens the instructor dashboard: MASON's Console (play, pause, step, stop, speed; "
                + "the Model tab has sliders for leadership, management and their parts), a scenario window "
                + "(picker, 'pivot now' and 'capacity cut now' buttons) and live charts. Closing the Console quits.",
                "Needs a display."})
final class DashboardCommand extends BaseCommand {

    @Override
    public Integer call() throws InterruptedException {
        if (GraphicsEnvironment.isHeadless()) {
            err().println("orgsim dashboard: needs a display, and none is available (is DISPLAY set?)");
            return Main.EXIT_FAILURE;
        }
        Dashboard.open();
        new CountDownLatch(1).await(); // the Console ends the program when it is closed
        return 0;
    }
}
