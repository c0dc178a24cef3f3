// SPDX-License-Identifier: Apache-2.0
package io.orgsim.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/embedding, a project outside the build, gets orgsim through the README's
 * coordinates: `mvn install` of the BOM and core into a temporary local repository, then the
 * example's own `mvn package` against it, then the example runs. The temporary repository
 * links to the user's for third-party artifacts and plugins (nothing is downloaded again; a
 * plugin that the main build did not need, such as the install plugin on a new machine, is
 * fetched into the user's repository as usual) but holds io.orgsim in a directory of its own,
 * so the user's repository gets no orgsim artifact. {@code -nsu}: the SNAPSHOTs just installed
 * are never looked for remotely.
 */
class ExampleProjectIT {

    static final Path ROOT = Path.of(System.getProperty("orgsim.root"));
    static final Path USER_REPOSITORY = Path.of(System.getProperty("orgsim.localRepository"));
    static final String MVN = Path.of(System.getProperty("orgsim.maven.home"), "bin", "mvn").toString();

    @Test
    void theExampleBuildsAgainstTheInstalledLibraryAndRuns(@TempDir Path dir) throws Exception {
        Path repository = repositoryWithoutOrgsim(dir.resolve("repository"));
        try {
            installAndBuild(repository, dir);
        } finally {
            Commands.deleteLinks(repository);
        }
    }

    private static void installAndBuild(Path repository, Path dir) throws Exception {
        String local = "-Dmaven.repo.local=" + repository;

        Commands.Result install = Commands.run(ROOT, Map.of(), MVN, "-B", "-q", "-nsu", local, "-pl", "bom,core", "-am",
                "install", "-Dmaven.test.skip=true", "-Dmdep.analyze.skip=true");
        assertThat(install.exitCode()).as(install.output()).isZero();
        Path installed = repository.resolve("io/orgsim/orgsim-core");
        assertThat(Files.isSymbolicLink(repository.resolve("io/orgsim"))).isFalse();
        assertThat(installed).isDirectory();

        Path example = copy(ROOT.resolve("examples/embedding"), dir.resolve("embedding"));
        Commands.Result build = Commands.run(example, Map.of(), MVN, "-B", "-q", "-nsu", local, "package");
        assertThat(build.exitCode()).as(build.output()).isZero();
        String classpath = Files.readString(example.resolve("target/classpath.txt")).strip();
        assertThat(classpath).as("what an embedder gets").contains("orgsim-core", "mason")
                .doesNotContain("progressbar", "jline", "picocli", "orgsim-cli");

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Commands.Result run = Commands.run(example, Map.of(), java, "-cp",
                example.resolve("target/classes") + File.pathSeparator + classpath,
                "io.orgsim.examples.Embedding");
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("week   0: engagement ", "cumulative output ", "pivot at week 52: depth ");
    }

    /** A local repository that sees the user's artifacts, io/orgsim excepted. */
    static Path repositoryWithoutOrgsim(Path repository) throws IOException {
        Files.createDirectories(repository.resolve("io"));
        try (Stream<Path> top = Files.list(USER_REPOSITORY)) {
            for (Path p : top.toList()) {
                if (!p.getFileName().toString().equals("io")) {
                    Files.createSymbolicLink(repository.resolve(p.getFileName().toString()), p);
                }
            }
        }
        Path io = USER_REPOSITORY.resolve("io");
        if (Files.isDirectory(io)) {
            try (Stream<Path> groups = Files.list(io)) {
                for (Path p : groups.toList()) {
                    if (!p.getFileName().toString().equals("orgsim")) {
                        Files.createSymbolicLink(repository.resolve("io").resolve(p.getFileName().toString()), p);
                    }
                }
            }
        }
        return repository;
    }

    /** The example's sources (no build output), so that the checkout stays as it was. */
    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            List<Path> files = all.filter(p -> !from.relativize(p).startsWith("target"))
                    .sorted(Comparator.naturalOrder()).toList();
            for (Path p : files) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
