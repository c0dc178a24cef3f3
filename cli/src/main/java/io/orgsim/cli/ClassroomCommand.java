// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import io.orgsim.core.SpecException;
import io.orgsim.web.ClassroomServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code orgsim classroom}: a turn-based game for a whole class, in the browser. */
@Command(name = "classroom", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Starts a classroom game: each student opens the address on a laptop or phone, types the "
                + "join code and gets their own organization (same preset, seed and shocks for everyone). Each "
                + "turn is a quarter: students set leadership and management under a budget, the instructor "
                + "plays the quarter. The instructor's screen shows the join code, a leaderboard, the class's "
                + "choices and, at the end, a debrief; it exports a CSV of every decision and outcome.",
                "The game is saved to --state after every change; --resume carries it on after a restart."})
final class ClassroomCommand extends BaseCommand {

    @Mixin
    WebAddress address;

    @Option(names = "--state", defaultValue = "orgsim-classroom.json",
            description = "file the game is saved to after every change (default: ${DEFAULT-VALUE})")
    Path state;

    @Option(names = "--resume", description = "carry on the game saved in --state")
    boolean resume;

    @Option(names = "--preset", defaultValue = "balanced", description = "organization every student starts from "
            + "(default: ${DEFAULT-VALUE}; orgsim scenarios lists them)")
    String preset;

    @Option(names = "--seed", defaultValue = "1", description = "seed of every organization (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--turns", defaultValue = "40", description = "turns in the game, in [1, 400] (default: "
            + "${DEFAULT-VALUE}: ten years of quarters)")
    int turns;

    @Option(names = "--weeks-per-turn", defaultValue = "13", description = "weeks per turn, in [1, 520] (default: "
            + "${DEFAULT-VALUE}, a quarter)")
    int weeksPerTurn;

    @Option(names = "--budget", defaultValue = "1.2", description = "the most leadership + management may add up "
            + "to, in (0, 2] (default: ${DEFAULT-VALUE})")
    double budget;

    @Option(names = "--max-students", defaultValue = "200", description = "the most students who may join, in "
            + "[1, 1000] (default: ${DEFAULT-VALUE})")
    int maxStudents;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!resume && Files.exists(state)) {
            throw new SpecException("--state", state.toString(), "holds a game already; add --resume to carry it "
                    + "on, or name another file");
        }
        ClassroomServer.Options defaults = ClassroomServer.Options.defaults(state);
        ClassroomServer.Setup setup = new ClassroomServer.Setup(preset, seed, turns, weeksPerTurn, budget, maxStudents);
        ClassroomServer server;
        try {
            server = address.start((host, port) -> ClassroomServer.start(new ClassroomServer.Options(host, port, setup,
                    state, resume, defaults.presets(), defaults.requestsPerSecond())));
        } catch (SpecException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            err().println("orgsim classroom: " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "orgsim-classroom-stop"));
        out().println("orgsim classroom: students open " + server.url() + " and type the code " + server.joinCode());
        out().println("orgsim classroom: your screen (keep this address to yourself): " + server.instructorUrl());
        out().println("orgsim classroom: the game is saved to " + state + " (Ctrl-C stops; --resume carries on)");
        out().flush();
        new CountDownLatch(1).await(); // until Ctrl-C
        return 0;
    }
}
