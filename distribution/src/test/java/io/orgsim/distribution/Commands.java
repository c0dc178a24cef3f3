// SPDX-License-Identifier: Apache-2.0
package io.orgsim.distribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs a command as a user would type it, and keeps its exit code and output. */
final class Commands {

    private Commands() {
    }

    record Result(int exitCode, String output) {
    }

    /**
     * @param dir the working directory
     * @param env the whole environment when not empty (HOME is set to {@code dir}); the test's
     *            own environment when empty
     * @param command the program and its arguments
     * @return exit code and merged standard output and error
     */
    static Result run(Path dir, Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        if (!env.isEmpty()) {
            pb.environment().clear();
            pb.environment().putAll(env);
            pb.environment().put("HOME", dir.toString());
        }
        Process p = pb.start();
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in 5 minutes");
        }
        return new Result(p.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    /**
     * Removes the symbolic links under {@code dir} (not their targets), so that JUnit's clean-up
     * of a temporary directory has none to warn about.
     */
    static void deleteLinks(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isSymbolicLink).toList()) {
                Files.delete(p);
            }
        }
    }
}
