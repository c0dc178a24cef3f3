// SPDX-License-Identifier: Apache-2.0
package io.orgsim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts a standalone Spark master and worker on 127.0.0.1 as child JVMs, from the Maven jars
 * laid out as a Spark distribution's {@code jars/} folder, submits the sweep with
 * {@code spark-submit} (its main class) and {@code target/orgsim-spark.jar}, and checks that
 * the rows equal the local runner's. Runs in every {@code mvn verify} unless {@code -DskipSparkCluster} is given (failsafe,
 * after the jar is packaged).
 */
class StandaloneClusterIT {

    private final List<Process> started = new ArrayList<>();

    @TempDir
    Path tmp;

    @AfterEach
    void stopAll() throws InterruptedException {
        for (int i = started.size() - 1; i >= 0; i--) {
            Process p = started.get(i);
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void aSweepSubmittedToAStandaloneClusterGivesTheLocalRunnersRows() throws Exception {
        Path home = sparkHome();
        int port = freePort();
        String master = "spark://127.0.0.1:" + port;
        Process m = start(home, "master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                "--port", Integer.toString(port), "--webui-port", Integer.toString(freePort()));
        awaitPort(port, m);
        Path work = Files.createDirectories(tmp.resolve("work"));
        Process w = start(home, "worker", "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                "--cores", "2", "--memory", "2g", "--work-dir", work.toString(),
                "--webui-port", Integer.toString(freePort()), master);
        awaitLog(tmp.resolve("worker.log"), "Successfully registered with master", w);

        Path file = SweepRows.write(tmp);
        Path out = tmp.resolve("out");
        Path jar = Path.of("target", "orgsim-spark.jar").toAbsolutePath();
        assertThat(jar).exists();
        Process submit = start(home, "submit", "org.apache.spark.deploy.SparkSubmit", "--master", master,
                "--deploy-mode", "client", "--class", "io.orgsim.spark.SparkSweep",
                "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.ui.enabled=false",
                "--conf", "spark.executor.memory=1g", "--conf", "spark.sql.shuffle.partitions=4",
                jar.toString(), file.toString(), "--out", out.toString(), "--chunks", "8", "--csv");
        assertThat(submit.waitFor(5, TimeUnit.MINUTES)).as("spark-submit finished").isTrue();
        String log = Files.readString(tmp.resolve("submit.log"));
        assertThat(submit.exitValue()).as(log).isZero();
        assertThat(log).contains("200 runs (0 failed) in 8 chunks");

        List<List<String>> local = SweepRows.local(file, tmp.resolve("local"));
        assertThat(SweepRows.csv(out.resolve(SparkSweep.CSV))).isEqualTo(local);
        try (Stream<Path> dirs = Files.list(out.resolve(SparkSweep.PARQUET))) {
            assertThat(dirs.filter(d -> d.getFileName().toString().startsWith("point="))).hasSize(20);
        }
        // the runs ran in executors the worker started, not in the driver
        try (Stream<Path> apps = Files.list(work)) {
            assertThat(apps.filter(a -> a.getFileName().toString().startsWith("app-"))).hasSize(1);
        }
    }

    /** A Spark "distribution": SPARK_HOME/jars holds the Maven jars of Spark and its dependencies. */
    private Path sparkHome() throws IOException {
        Path jars = Files.createDirectories(tmp.resolve("spark-home").resolve("jars"));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            String s = p.toString().replace(File.separatorChar, '/');
            if (s.endsWith(".jar") && !s.contains("/io/orgsim/") && !s.contains("/orgsim-") && Files.exists(p)) {
                Path link = jars.resolve(p.getFileName());
                if (!Files.exists(link)) {
                    Files.createSymbolicLink(link, p.toAbsolutePath());
                }
            }
        }
        return jars.getParent();
    }

    private Process start(Path home, String name, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", home.resolve("jars") + File.separator + "*", mainClass));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(tmp.resolve(name + ".log").toFile());
        pb.environment().put("SPARK_HOME", home.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process p = pb.start();
        started.add(p);
        return p;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }

    private void awaitPort(int port, Process p) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < end) {
            assertThat(p.isAlive()).as("master alive: %s", Files.readString(tmp.resolve("master.log"))).isTrue();
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException e) {
                Thread.sleep(300);
            }
        }
        throw new AssertionError("master did not open port " + port);
    }

    private static void awaitLog(Path log, String text, Process p) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < end) {
            String s = Files.exists(log) ? Files.readString(log) : "";
            if (s.contains(text)) {
                return;
            }
            assertThat(p.isAlive()).as("alive: %s", s).isTrue();
            Thread.sleep(300);
        }
        throw new AssertionError(log + " never said: " + text);
    }
}
