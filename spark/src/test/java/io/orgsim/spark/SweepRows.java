// SPDX-License-Identifier: Apache-2.0
package io.orgsim.spark;

import io.orgsim.core.experiment.ResultsFile;
import io.orgsim.core.experiment.Sweep;
import io.orgsim.scenarios.file.ExperimentFiles;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The 200-run test experiment, its local run, and rows read back in canonical order. */
final class SweepRows {

    /** 4 x 5 grid points x 10 replications of a small organization, with a shock. */
    static final String YAML = """
            name: spark-test
            base:
              params: {org.agents: 30, run.steps: 40}
              shocks: [{week: 20, type: pivot}]
            design:
              type: grid
              factors:
                leadership: [0.2, 0.4, 0.6, 0.8]
                management: [0.2, 0.4, 0.6, 0.8, 1.0]
            replications: 10
            seed: 11
            """;

    private SweepRows() {
    }

    static Path write(Path dir) throws IOException {
        Path f = dir.resolve("spark-test.yaml");
        Files.writeString(f, YAML);
        return f;
    }

    /** Runs the file on this machine and returns header and rows sorted by (point, replication). */
    static List<List<String>> local(Path file, Path out) throws IOException {
        Sweep sweep = ExperimentFiles.load(file).sweep().out(out).threads(2).build();
        sweep.run();
        List<List<String>> rows = new ArrayList<>();
        ResultsFile.read(out.resolve(Sweep.RESULTS), rows::add);
        rows.sort(ORDER);
        rows.add(0, sweep.columns().header());
        return rows;
    }

    /** Reads the one CSV file Spark wrote under dir: header, then rows as written. */
    static List<List<String>> csv(Path dir) throws IOException {
        Path file;
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> parts = s.filter(p -> p.getFileName().toString().endsWith(".csv")).toList();
            if (parts.size() != 1) {
                throw new IllegalStateException("expected one CSV file in " + dir + ", found " + parts);
            }
            file = parts.get(0);
        }
        List<List<String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = ResultsFile.FORMAT.parse(in)) {
            for (CSVRecord r : p) {
                rows.add(r.toList());
            }
        }
        return rows;
    }

    static final Comparator<List<String>> ORDER = Comparator.<List<String>>comparingInt(r -> Integer.parseInt(r.get(0)))
            .thenComparingInt(r -> Integer.parseInt(r.get(1)));
}
