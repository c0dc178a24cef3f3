// SPDX-License-Identifier: Apache-2.0
package io.orgsim.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgsim.core.SpecException;
import io.orgsim.scenarios.file.ScenarioFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job on a local[2] master gives the local runner's rows. */
class SparkSweepTest {

    private static SparkSession spark;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("orgsim-test")
                .config("spark.ui.enabled", false)
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", 4)
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void twoHundredRunsOnLocal2GiveTheLocalRunnersRows() throws IOException {
        Path file = SweepRows.write(tmp);
        List<List<String>> local = SweepRows.local(file, tmp.resolve("local"));
        assertThat(local).hasSize(201);

        String out = tmp.resolve("spark").toString();
        SparkSweep.Report r = SparkSweep.run(spark, new SparkSweep.Job(file.toString(), SweepRows.YAML, null, null,
                8, out, "point", true));
        assertThat(r.runs()).isEqualTo(200);
        assertThat(r.failed()).isZero();
        assertThat(r.chunks()).isEqualTo(8);

        // the CSV: the same header and the same fields, byte for byte, in (point, replication) order
        List<List<String>> csv = SweepRows.csv(tmp.resolve("spark").resolve(SparkSweep.CSV));
        assertThat(csv.get(0)).isEqualTo(local.get(0));
        assertThat(csv).isEqualTo(local);

        // the Parquet: typed values that format back to the same fields
        List<String> header = local.get(0);
        List<List<String>> parquet = new ArrayList<>();
        for (Row row : spark.read().parquet(r.parquet()).selectExpr(header.stream().map(h -> "`" + h + "`")
                .toArray(String[]::new)).collectAsList()) {
            parquet.add(SparkSweep.text(row));
        }
        parquet.sort(SweepRows.ORDER);
        parquet.add(0, header);
        assertThat(parquet).isEqualTo(local);
        assertThat(spark.read().parquet(r.parquet()).schema().apply("seed").dataType().typeName()).isEqualTo("long");

        // one folder per point, one file in each
        try (Stream<Path> dirs = Files.list(Path.of(r.parquet()))) {
            List<Path> points = dirs.filter(Files::isDirectory).toList();
            assertThat(points).hasSize(20).allSatisfy(p -> {
                assertThat(p.getFileName().toString()).startsWith("point=");
                try (Stream<Path> files = Files.list(p)) {
                    assertThat(files.filter(f -> f.toString().endsWith(".parquet")).count()).isEqualTo(1);
                }
            });
        }
    }

    @Test
    void overridesAndUnpartitionedOutput() throws IOException {
        Path file = SweepRows.write(tmp);
        String out = tmp.resolve("o").toString();
        SparkSweep.Report r = SparkSweep.run(spark, new SparkSweep.Job(file.toString(), SweepRows.YAML, 5L, 2, 0,
                out, null, false));
        assertThat(r.runs()).isEqualTo(40);
        assertThat(r.csv()).isNull();
        assertThat(spark.read().parquet(r.parquet()).select("replication").distinct().count()).isEqualTo(2);
        assertThat(Files.exists(tmp.resolve("o").resolve(SparkSweep.CSV))).isFalse();
    }

    @Test
    void badFilesAndSettingsFailOnTheDriverBeforeAnyTask() {
        assertThatThrownBy(() -> SparkSweep.run(spark, new SparkSweep.Job("x.yaml", "desing: {}", null, null, 0,
                tmp.resolve("x").toString(), null, false))).isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("did you mean design");
        assertThatThrownBy(() -> SparkSweep.run(spark, new SparkSweep.Job("x.yaml", SweepRows.YAML, null, null, 0,
                tmp.resolve("y").toString(), "nope", false))).isInstanceOf(SpecException.class)
                .hasMessageContaining("--partition-by");
        assertThat(Files.exists(tmp.resolve("x"))).isFalse();
        assertThat(Files.exists(tmp.resolve("y"))).isFalse();
    }
}
