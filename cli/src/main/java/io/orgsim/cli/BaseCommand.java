// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import io.orgsim.core.SpecException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What every subcommand shares: {@code --verbose} and its output streams. */
abstract class BaseCommand implements Callable<Integer> {

    @Option(names = "--verbose", description = "on unexpected errors, print the stack trace")
    boolean verbose;

    @Spec
    CommandSpec spec;

    final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    final PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * Fails before any work when the output directory cannot be one.
     *
     * @param dir the directory asked for
     * @throws SpecException when it, or the nearest part of its path that exists, is not a directory
     */
    static void checkOutDir(Path dir) {
        for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new SpecException("--out", dir.toString(), p + " is a file; must be a directory or not exist yet");
                }
                return;
            }
        }
    }
}
