// SPDX-License-Identifier: Apache-2.0
package io.orgsim.viz;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgsim.core.RunResult;
import io.orgsim.core.Summary;
import io.orgsim.core.experiment.Estimate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesAnOfflineReportWithEveryChartTableAndSeed() throws IOException {
        ReportInput input = Fixtures.Shared.INPUT;
        Path index = ReportWriter.write(dir, input);
        String html = Files.readString(index);

        // every image and link resolves to a file written next to it; nothing comes from the network
        Matcher m = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(html);
        int images = 0;
        while (m.find()) {
            String ref = m.group(1);
            if (ref.startsWith("#")) {
                assertThat(html).as("anchor %s", ref).contains("id=\"" + ref.substring(1) + "\"");
                continue;
            }
            assertThat(ref).doesNotContain("://").doesNotStartWith("//");
            assertThat(dir.resolve(ref)).as("referenced file %s", ref).isRegularFile();
            images += ref.endsWith(".png") ? 1 : 0;
        }
        // time series, the shock, the bars and the paired output against the first scenario, the map, the budget
        int expected = ReportWriter.TIME_SERIES.size() + 1 + ReportWriter.BARS.size() + 1 + 2 + 1;
        assertThat(images).isEqualTo(expected);
        assertThat(html.split("<figcaption>", -1)).hasSize(expected + 1);
        assertThat(html).contains("<b>Figure 1.</b>").contains("<b>Figure " + expected + ".</b>")
                .contains("<h2>Contents</h2>").contains("orgsim dev &middot; ")
                .contains("<code>{week: 40, type: pivot, degrees: 60}</code>").doesNotContain("StrategicPivot[");

        // tables of means with 95% intervals, in the charts' units
        ScenarioRuns balanced = input.scenarios().get(0);
        Estimate out = balanced.estimate(Summary.CUMULATIVE_OUTPUT);
        Labels.Axis axis = Labels.of(Summary.CUMULATIVE_OUTPUT);
        assertThat(html).contains(axis.text(out.mean()) + "<br><span class=\"ci\">" + axis.text(out.ciLow()) + " to "
                + axis.text(out.ciHigh()));

        // the scenarios run on common seeds, so output compares organization by organization
        for (ScenarioRuns other : input.scenarios()) {
            for (int r = 0; r < balanced.runs().size(); r++) {
                assertThat(other.runs().get(r).seed()).isEqualTo(balanced.runs().get(r).seed());
            }
        }
        assertThat(html).contains("on the same organization");

        // seeds and parameters
        assertThat(html).contains("Master seed <code>" + input.settings().masterSeed() + "</code>");
        for (RunResult r : balanced.runs()) {
            assertThat(html).contains(Long.toString(r.seed()));
        }
        assertThat(html).contains("leadership.vision").contains("org.agents");

        // a sentence under the resilience chart names the scenarios that recover fastest and slowest
        assertThat(html).contains("recovers fastest");
        assertThat(Files.readAllLines(dir.resolve("results.csv"))).hasSize(1 + input.scenarios().stream()
                .mapToInt(ScenarioRuns::replications).sum());
        try (var files = Files.walk(dir)) {
            assertThat(files.map(Path::toString)).noneMatch(f -> f.endsWith(".tmp"));
        }
    }

    @Test
    void resultsDoNotDependOnThreadCount() {
        List<ScenarioRuns> one = ReportInput.run(Fixtures.presets().subList(0, 2), Fixtures.small(0.5, 0.5),
                Fixtures.settings(1).withGrid(new double[0], 1).withBudget(1, 0, 1)).scenarios();
        List<ScenarioRuns> two = Fixtures.Shared.INPUT.scenarios();
        for (int s = 0; s < one.size(); s++) {
            for (int r = 0; r < one.get(s).replications(); r++) {
                RunResult a = one.get(s).runs().get(r);
                RunResult b = two.get(s).runs().get(r);
                assertThat(a.seed()).isEqualTo(b.seed());
                assertThat(a.summaries().asMap()).isEqualTo(b.summaries().asMap());
            }
        }
        assertThat(one.get(0).seeds()).doesNotHaveDuplicates();
    }

    @Test
    void escapesHtml() {
        assertThat(ReportWriter.esc("a<b & \"c\">")).isEqualTo("a&lt;b &amp; &quot;c&quot;&gt;");
    }
}
