// SPDX-License-Identifier: Apache-2.0
package io.orgsim.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The binary distribution as a user gets it: unpacked into an empty directory, {@code bin/orgsim
 * report} runs with nothing but a Java runtime on the PATH (no Maven, no JAVA_HOME, no source
 * tree), and writes the report. The zip holds the same files, the Windows launcher with CRLF.
 */
class DistributionIT {

    static final Path TAR = Path.of(System.getProperty("orgsim.distribution.tar"));
    static final Path ZIP = Path.of(System.getProperty("orgsim.distribution.zip"));
    static final String VERSION = System.getProperty("orgsim.version");
    static final String ROOT = "orgsim-" + VERSION + "/";

    @Test
    void reportRunsFromTheUnpackedArchiveWithOnlyAJavaRuntime(@TempDir Path dir) throws Exception {
        Path unpacked = Files.createDirectory(dir.resolve("install"));
        Commands.Result untar = Commands.run(dir, Map.of(), "tar", "-xzf", TAR.toString(), "-C", unpacked.toString());
        assertThat(untar.exitCode()).as(untar.output()).isZero();
        Path home = unpacked.resolve(ROOT);
        Path launcher = home.resolve("bin/orgsim");
        assertThat(Files.isExecutable(launcher)).as("%s is executable", launcher).isTrue();

        // a PATH with java and the few tools the launcher uses, and no mvn anywhere
        Path tools = Files.createDirectory(dir.resolve("path"));
        try {
            runReport(launcher, tools, Files.createDirectory(dir.resolve("work")));
        } finally {
            Commands.deleteLinks(tools);
        }
    }

    private static void runReport(Path launcher, Path tools, Path work) throws Exception {
        Files.createSymbolicLink(tools.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        for (String tool : List.of("sed", "dirname", "ls")) {
            Files.createSymbolicLink(tools.resolve(tool), which(tool));
        }
        Path out = work.resolve("report");
        Commands.Result r = Commands.run(work, Map.of("PATH", tools.toString()), launcher.toString(), "report",
                "--replications", "2", "--threads", "2", "--out", out.toString());
        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output()).contains("report: " + out.resolve("index.html"));
        assertThat(Files.readString(out.resolve("index.html"))).contains("<html");
        assertThat(out.resolve("results.csv")).isNotEmptyFile(); // the one-row-per-run file (docs/OUTPUTS.md)

        Commands.Result version = Commands.run(work, Map.of("PATH", tools.toString()), launcher.toString(), "--version");
        assertThat(version.output()).as("the version of the archive").contains(VERSION);
    }

    @Test
    void theZipHoldsTheSameFilesAsTheTarball(@TempDir Path dir) throws Exception {
        Commands.Result listing = Commands.run(dir, Map.of(), "tar", "-tzf", TAR.toString());
        assertThat(listing.exitCode()).as(listing.output()).isZero();
        TreeSet<String> inTar = new TreeSet<>(listing.output().lines().filter(n -> !n.endsWith("/")).toList());
        TreeSet<String> inZip = new TreeSet<>();
        try (ZipFile zip = new ZipFile(ZIP.toFile())) {
            zip.stream().filter(e -> !e.isDirectory()).forEach(e -> inZip.add(e.getName()));
            assertThat(inZip).isEqualTo(inTar).contains(ROOT + "bin/orgsim", ROOT + "bin/orgsim.bat",
                    ROOT + "LICENSE", ROOT + "NOTICE", ROOT + "README.md", ROOT + "lib/orgsim-core-" + VERSION + ".jar",
                    ROOT + "lib/orgsim-cli-" + VERSION + ".jar");
            ZipEntry bat = zip.getEntry(ROOT + "bin/orgsim.bat");
            try (InputStream in = zip.getInputStream(bat)) {
                String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
                assertThat(text).contains("io.orgsim.cli.Main").contains("\r\n").doesNotContain("\n\n");
                assertThat(text.replace("\r\n", "")).as("every line ends in CRLF").doesNotContain("\n");
            }
        }
        assertThat(inTar).as("one copy of each library").noneMatch(n -> n.endsWith("/orgsim.jar"));
    }

    static Path which(String tool) {
        List<String> tried = new ArrayList<>();
        for (String d : System.getenv("PATH").split(":")) {
            Path p = Path.of(d, tool);
            if (Files.isExecutable(p)) {
                return p;
            }
            tried.add(d);
        }
        throw new AssertionError(tool + " not found in " + tried);
    }
}
