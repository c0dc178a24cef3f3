// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgsim.core.OrgSim;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.SpecException;
import io.orgsim.core.StrategicPivot;
import io.orgsim.core.io.OutputLock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The findings of issue 14 about output directories, one test each: results of another
 * experiment are never adopted, two writers never share a directory, outputs never follow
 * links, huge designs need to be asked for, the row order does not depend on threads.
 */
class IntegrityTest {

    @TempDir
    Path dir;

    private static Sweep.Builder sweep(Path out, long seed, int agents) {
        ScenarioSpec base = ScenarioSpec.builder().name("small").agents(agents).steps(60).seed(5)
                .shock(30, new StrategicPivot(60)).build();
        return Sweep.builder().base(base).design(Fixtures.smallGrid()).replications(3).seed(seed).threads(2).out(out);
    }

    private Path finished(String name, long seed, int agents) throws IOException {
        Path out = dir.resolve(name);
        sweep(out, seed, agents).build().run();
        return out;
    }

    private static List<String> dataLines(Path results, int n) throws IOException {
        List<String> lines = Files.readAllLines(results);
        return lines.subList(0, Math.min(lines.size(), n + 1));
    }

    @Test
    void resultsOfAnotherSeedAreRefusedWithTheLineAndNothingChanges() throws IOException {
        Path a = finished("seed42", 42, 40);
        Path b = finished("seed43", 43, 40);
        Files.copy(a.resolve(Sweep.RESULTS), b.resolve(Sweep.RESULTS), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        byte[] before = Files.readAllBytes(b.resolve(Sweep.RESULTS));
        byte[] summary = Files.readAllBytes(b.resolve(Sweep.SUMMARY));

        assertThatThrownBy(() -> sweep(b, 43, 40).build().run()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("results.csv line 2, field seed = ")
                .hasMessageContaining("this experiment gives run (0, 0) the seed " + Seeds.runSeed(43, 0, 0))
                .hasMessageContaining("nothing was changed");
        assertThat(Files.readAllBytes(b.resolve(Sweep.RESULTS))).isEqualTo(before);
        assertThat(Files.readAllBytes(b.resolve(Sweep.SUMMARY))).isEqualTo(summary);

        // half the file: the old rows are refused, not mixed with new ones
        Files.write(b.resolve(Sweep.RESULTS), dataLines(a.resolve(Sweep.RESULTS), 6));
        assertThatThrownBy(() -> sweep(b, 43, 40).build().run()).hasMessageContaining("field seed");
    }

    @Test
    void resultsOfAnotherBaseThatRowsDoNotShowAreCaughtByRunningOneAgain() throws IOException {
        Path a = finished("agents40", 7, 40);
        Path b = finished("agents48", 7, 48);
        Files.copy(a.resolve(Sweep.RESULTS), b.resolve(Sweep.RESULTS), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        byte[] before = Files.readAllBytes(b.resolve(Sweep.RESULTS));
        assertThatThrownBy(() -> sweep(b, 7, 48).build().run()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("results.csv line 2, field ").hasMessageContaining("run again gives");
        assertThat(Files.readAllBytes(b.resolve(Sweep.RESULTS))).isEqualTo(before);
    }

    @Test
    void resultsWithoutAManifestAreNotAdopted() throws IOException {
        Path a = finished("whole", 42, 40);
        Path b = dir.resolve("copied");
        Files.createDirectories(b);
        Files.copy(a.resolve(Sweep.RESULTS), b.resolve(Sweep.RESULTS));
        assertThatThrownBy(() -> sweep(b, 42, 40).build().run()).hasMessageContaining("no manifest.json");
        try (Stream<Path> files = Files.list(b)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(Sweep.RESULTS, Sweep.LOCK);
        }
    }

    @Test
    void theManifestIsJsonWithTheVersionTheParametersAndADigest() throws IOException {
        Path out = dir.resolve("m");
        sweep(out, 42, 40).version("9.9.9").build().run();
        String m = Files.readString(out.resolve(Sweep.MANIFEST));
        assertThat(m).startsWith("{\n  \"format\": \"orgsim-sweep-manifest/1\",\n  \"orgsim\": \"9.9.9\",\n"
                + "  \"digest\": \"sha256:").contains("\"master_seed\": 42,").contains("\"org.agents\": 40,")
                .contains("\"design_keys\": [\"leadership\", \"management\"],").endsWith("}\n");
        String digest = m.substring(m.indexOf("sha256:"), m.indexOf("sha256:") + 71);
        Path other = dir.resolve("m2");
        sweep(other, 42, 40).version("1.0").build().run();
        assertThat(Files.readString(other.resolve(Sweep.MANIFEST))).as("the version is outside the digest")
                .contains(digest);
        Path third = dir.resolve("m3");
        sweep(third, 42, 41).build().run();
        assertThat(Files.readString(third.resolve(Sweep.MANIFEST))).doesNotContain(digest);
    }

    @Test
    void aDamagedResultsFileNamesItsLineAndField() throws IOException {
        Path out = finished("damaged", 42, 40);
        Path results = out.resolve(Sweep.RESULTS);
        List<String> lines = new ArrayList<>(Files.readAllLines(results));
        ResultColumns cols = sweep(out, 42, 40).build().columns();
        String[] f = lines.get(4).split(",", -1);
        f[cols.indexOf("cumulative_output")] = "12x4";
        lines.set(4, String.join(",", f));
        Files.write(results, lines);
        assertThatThrownBy(() -> sweep(out, 42, 40).build().run()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("results.csv line 5, field cumulative_output = \"12x4\": must be a number")
                .hasMessageNotContaining("NumberFormatException");
    }

    @Test
    void aSecondWriterOfADirectoryIsRefusedAtOnceNamingTheHolder() throws IOException {
        Path out = dir.resolve("locked");
        Files.createDirectories(out);
        try (OutputLock held = OutputLock.acquire(out.resolve(Sweep.LOCK), out)) {
            assertThatThrownBy(() -> sweep(out, 42, 40).build().run()).isInstanceOf(OutputLock.LockedException.class)
                    .hasMessageContaining("is being written by another process (pid " + ProcessHandle.current().pid()
                            + " on host ");
        }
        assertThat(out.resolve(Sweep.RESULTS)).doesNotExist();
        sweep(out, 42, 40).build().run(); // released: runs
    }

    @Test
    void outputsNeverFollowSymbolicLinks() throws IOException {
        Path out = dir.resolve("links");
        Files.createDirectories(out);
        Path victim = dir.resolve("victim.txt");
        Files.writeString(victim, "precious\n");
        Files.createSymbolicLink(out.resolve(Sweep.SUMMARY), victim);
        Files.createSymbolicLink(out.resolve(Sweep.SUMMARY + ".tmp"), victim); // the old fixed temporary name
        sweep(out, 42, 40).build().run();
        assertThat(Files.readString(victim)).isEqualTo("precious\n");
        assertThat(Files.isSymbolicLink(out.resolve(Sweep.SUMMARY))).as("replaced, not written through").isFalse();
        assertThat(Files.readString(out.resolve(Sweep.SUMMARY))).startsWith("point,");

        Path linked = dir.resolve("linked");
        Files.createDirectories(linked);
        Path elsewhere = finished("elsewhere", 42, 40).resolve(Sweep.RESULTS);
        byte[] before = Files.readAllBytes(elsewhere);
        Files.copy(dir.resolve("elsewhere").resolve(Sweep.MANIFEST), linked.resolve(Sweep.MANIFEST));
        Files.createSymbolicLink(linked.resolve(Sweep.RESULTS), elsewhere);
        assertThatThrownBy(() -> sweep(linked, 42, 40).build().run()).hasMessageContaining("is a symbolic link");
        assertThat(Files.readAllBytes(elsewhere)).isEqualTo(before);
    }

    @Test
    void aHugeDesignIsRefusedAtOnceUnlessAllowed() {
        List<Factor> factors = new ArrayList<>();
        for (String k : List.of("leadership", "management", "leadership.vision")) {
            double[] levels = new double[1000];
            for (int i = 0; i < levels.length; i++) {
                levels[i] = i / 1000.0;
            }
            factors.add(Factor.levels(k, levels));
        }
        Design huge = Design.grid(factors); // 10^9 points
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> Sweep.builder().base(Fixtures.smallBase()).design(huge).replications(1)
                .out(dir.resolve("huge")).build()).isInstanceOf(SpecException.class)
                .hasMessageContaining("1000000000 points x 1 replications = 1000000000 runs")
                .hasMessageContaining("more than the 1000000 runs").hasMessageContaining("--allow-large");
        // before the fix this took 65 s on an idle machine; the refusal takes milliseconds, and
        // the limit leaves room for a loaded one
        assertThat((System.nanoTime() - t0) / 1e9).as("seconds to refuse: nothing is hashed").isLessThan(20);
        assertThat(Sweep.builder().base(Fixtures.smallBase()).design(huge).replications(1).allowLarge(true)
                .out(dir.resolve("huge")).build().design().size()).isEqualTo(1_000_000_000);
        assertThat(dir.resolve("huge")).doesNotExist();
    }

    @Test
    void resultsFilesAreByteIdenticalWhateverTheThreadCount() throws IOException {
        Path one = dir.resolve("t1");
        Path three = dir.resolve("t3");
        // runs that end in an order unrelated to their number
        sweep(one, 42, 40).threads(1).build().run();
        sweep(three, 42, 40).threads(3).runner((key, spec) -> {
            Thread.sleep((11 - key.point() * 3 - key.replication()) * 3L);
            return OrgSim.run(spec);
        }).build().run();
        assertThat(Files.readAllBytes(three.resolve(Sweep.RESULTS))).isEqualTo(Files.readAllBytes(one.resolve(Sweep.RESULTS)));
        assertThat(Files.readString(one.resolve(Sweep.RESULTS), StandardCharsets.UTF_8).lines().skip(1)
                .map(l -> l.substring(0, l.indexOf(',', l.indexOf(',') + 1)))).startsWith("0,0", "0,1", "0,2", "1,0");
    }

    @Test
    void temporariesOfDeadWritersAreRemovedWhenTheDirectoryIsOpenedAgain() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path out = dir.resolve("stale");
        Files.createDirectories(out);
        String host = java.net.InetAddress.getLocalHost().getHostName().replaceAll("[^A-Za-z0-9-]", "_");
        Path dead = out.resolve(".summary.csv." + host + "." + gone.pid() + ".0123456789abcdef.tmp");
        Path alive = out.resolve(".summary.csv." + host + "." + ProcessHandle.current().pid() + ".0123456789abcdef.tmp");
        Path notOurs = out.resolve("notes.tmp");
        for (Path p : List.of(dead, alive, notOurs)) {
            Files.writeString(p, "half");
        }
        sweep(out, 42, 40).build().run();
        assertThat(dead).doesNotExist();
        assertThat(alive).as("a live writer's").exists();
        assertThat(notOurs).as("not an orgsim temporary").exists();
    }
}
