// SPDX-License-Identifier: Apache-2.0
package io.orgsim.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgsim.core.Metric;
import io.orgsim.core.OrgSim;
import io.orgsim.core.RunResult;
import io.orgsim.core.ScenarioSpec;
import io.orgsim.core.StrategicPivot;
import io.orgsim.core.Summary;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ResultFilesTest {

    private static final RunResult RUN = OrgSim.run(ScenarioSpec.builder().agents(40).steps(30).seed(3)
            .shock(10, new StrategicPivot(45)).build());

    @Test
    void seriesHasAWeekColumnThenEveryMetricAndOneRowPerWeek() throws IOException {
        StringWriter w = new StringWriter();
        ResultFiles.seriesCsv(RUN, w);

        List<String> lines = w.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("week," + Arrays.stream(Metric.values()).map(Metric::key)
                .collect(Collectors.joining(",")));
        assertThat(lines).hasSize(31);
        assertThat(lines.get(30)).startsWith("29,");
    }

    @Test
    void summaryNamesTheScenarioTheShockAndEverySummary() throws IOException {
        StringWriter w = new StringWriter();
        ResultFiles.summaryJson(RUN, "9.9.9", w);

        String json = w.toString();
        assertThat(json).contains("\"orgsim\" : \"9.9.9\"", "\"seed\" : 3", "\"type\" : \"pivot\"",
                "\"degrees\" : 45.0");
        for (Summary s : Summary.values()) {
            assertThat(json).contains("\"" + s.key() + "\"");
        }
    }
}
