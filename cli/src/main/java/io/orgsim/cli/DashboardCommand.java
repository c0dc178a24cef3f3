// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import io.orgsim.web.DashboardServer;
import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code orgsim dashboard}: the instructor's dashboard, a page served to a browser. */
@Command(name = "dashboard", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Starts the instructor's dashboard: a local web server with one page (presets, lever "
                + "sliders, a button for every shock, play/pause/step/reset/replay/speed, live charts, compare "
                + "mode for 2 to 4 organizations, lessons). Prints the address and opens it in the default "
                + "browser when there is one. Ctrl-C stops it.",
                "The page works offline: nothing is fetched from the network."})
final class DashboardCommand extends BaseCommand {

    @Mixin
    WebAddress address;

    @Option(names = "--seed", defaultValue = "1", description = "seed of every organization shown (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--lessons", paramLabel = "DIR", description = "a directory of lesson files (*.yaml) to offer "
            + "besides the shipped ones (docs/DASHBOARD.md shows the format)")
    Path lessons;

    @Option(names = "--no-browser", description = "print the address only; do not open a browser")
    boolean noBrowser;

    @Override
    public Integer call() throws IOException, InterruptedException {
        DashboardServer.Options options = DashboardServer.Options.defaults().seed(seed);
        if (lessons != null) {
            try {
                options = options.withLessons(lessons);
            } catch (IllegalArgumentException e) {
                err().println("orgsim dashboard: " + e.getMessage());
                return Main.EXIT_USAGE;
            }
        }
        DashboardServer.Options chosen = options;
        DashboardServer server = address.start((host, port) -> DashboardServer.start(chosen.at(host, port)));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "orgsim-dashboard-stop"));
        out().println("orgsim dashboard: open " + server.url() + "  (Ctrl-C stops)");
        out().flush();
        if (!noBrowser) {
            openBrowser(server.url());
        }
        new CountDownLatch(1).await(); // until Ctrl-C
        return 0;
    }

    private void openBrowser(java.net.URI url) {
        try {
            if (!GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(url);
                return;
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // fall through: say so
        }
        err().println("orgsim dashboard: no default browser here; open the address above by hand");
    }
}
