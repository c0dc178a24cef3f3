// SPDX-License-Identifier: Apache-2.0
package io.orgsim.viz;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The rows of a small CSV file with a header, each as a map from column to cell. */
final class CsvRows {

    private CsvRows() {
    }

    /**
     * @param file the file
     * @param required the columns it must have
     * @return its rows in file order
     * @throws IOException when it cannot be read or lacks a column (the message names both)
     */
    static List<Map<String, String>> read(Path file, List<String> required) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            List<String> missing = new ArrayList<>(required);
            missing.removeAll(p.getHeaderNames());
            if (!missing.isEmpty()) {
                throw new IOException(file + ": no column " + String.join(", ", missing) + " (written by an older "
                        + "orgsim? run it again)");
            }
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord r : p) {
                rows.add(r.toMap());
            }
            return rows;
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new IOException(file + ": not a CSV file with a header (" + e.getMessage() + ")", e);
        }
    }

    /** @return the cell as a number; empty or NaN is NaN, Infinity as written */
    static double number(String cell) throws IOException {
        if (cell == null || cell.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw new IOException("'" + cell + "' is not a number");
        }
    }
}
