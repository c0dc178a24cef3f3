// SPDX-License-Identifier: Apache-2.0
package io.orgsim.scenarios.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The figures' CSV files: one row per point, the header's width everywhere, numbers that parse. */
class MarchCsvTest {

    @Test
    void everyFigureWritesOneRowPerPoint() throws IOException {
        MarchStudy s = MarchStudy.of(4, 5, 2);
        MarchFigures f = new MarchFigures(4, 5, MarchRules.ACTIONS,
                s.figure1(new double[] {0.1, 0.9}, new double[] {0.5}), s.figures2and3(new int[] {0, 25, 50}),
                s.figure4(new double[] {0.9}, new double[] {0, 0.1}, 30), s.figure5(new double[] {0, 0.1}, 0.02, 10));
        int[] rows = {2, 3, 3, 2, 22};
        for (int fig = 1; fig <= 5; fig++) {
            StringWriter w = new StringWriter();
            MarchCsv.write(f, fig, w);
            List<String> lines = w.toString().lines().toList();
            assertThat(lines).as("figure %d", fig).hasSize(rows[fig - 1] + 1);
            int width = lines.get(0).split(",", -1).length;
            assertThat(lines).allSatisfy(l -> assertThat(l.split(",", -1)).hasSize(width));
            for (String line : lines.subList(1, lines.size())) {
                for (String cell : line.split(",", -1)) {
                    if (!cell.isEmpty()) {
                        Double.parseDouble(cell);
                    }
                }
            }
        }
        StringWriter w = new StringWriter();
        MarchCsv.write(f, 1, w);
        assertThat(w.toString()).startsWith("p2,p1,code_knowledge_n,code_knowledge_mean,code_knowledge_sd,"
                + "code_knowledge_ci_low,code_knowledge_ci_high,code_score_n,code_score_mean,code_score_sd,code_score_ci_low,"
                + "code_score_ci_high,periods_n").contains("\n0.5,0.1,4,");
        StringWriter w3 = new StringWriter();
        MarchCsv.write(f, 3, w3);
        assertThat(w3.toString().lines().toList().get(1)).as("no fast learners: empty fast columns")
                .startsWith("0,20,4,").contains(",0,,,,,0,,,,,");
    }
}
