// SPDX-License-Identifier: Apache-2.0
package io.orgsim.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgsim.core.Metric;
import io.orgsim.core.Simulation;
import io.orgsim.scenarios.Presets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * A shipped lesson played in headless Chromium on the built-in presets: each step pauses at
 * its week with its caption shown, the next step carries on the same organizations, and the
 * lesson's shock lands at its week in the charts' numbers.
 */
class LessonPageTest {

    @Test
    void theWhyAndTheHowPlaysStepByStep() throws Exception {
        Browser.assumeInstalled();
        try (DashboardServer server = DashboardServer.start(DashboardServer.Options.defaults());
             Browser b = Browser.open(1280, 720)) {
            server.session().speed(260);
            b.driver.get(server.url().toString());
            b.await("the charts", d -> b.js("return document.querySelectorAll('.uplot').length").equals(6L));
            new Select(b.find("#lessons")).selectByValue("why-and-how");
            b.await("step 1 to pause at week 200", d -> week(b) == 200 && !playing(b));
            assertThat(b.find("#lesson").isDisplayed()).isTrue();
            assertThat(b.find("#lessonCaption").getText()).contains("Both have strong management");
            assertThat(b.js("return window.orgsim.state().lanes.map(l => l.preset)"))
                    .isEqualTo(List.of("balanced", "too-much-management"));
            Object run = b.js("return window.orgsim.state().lanes[0].run");
            b.find("#lessonNext").click();
            b.await("step 2 to pause at week 400", d -> week(b) == 400 && !playing(b));
            assertThat(b.js("return window.orgsim.state().lanes[0].run")).as("step 2 carries on").isEqualTo(run);
            b.screenshot(Path.of("target", "screenshots", "dashboard-lesson-1280x720.png"));
            b.assertFits();
            b.find("#lessonNext").click();
            b.await("step 3 to the horizon", d -> week(b) == 520 && !playing(b));
            assertThat(b.find("#lessonNext").isEnabled()).isFalse();
            b.screenshot(Path.of("target", "screenshots", "dashboard-lesson-end-1280x720.png"));

            @SuppressWarnings("unchecked")
            List<Map<String, Object>> charts = (List<Map<String, Object>>) b.js("return window.orgsim.plotted()");
            @SuppressWarnings("unchecked")
            List<Object> drawn = ((List<List<Object>>) charts.get(0).get("data")).get(1);
            Simulation sim = new Simulation(Presets.builtIn().get("balanced").spec());
            while (!sim.isDone()) {
                if (sim.week() == 420) {
                    sim.shockNow(ShockLibrary.get("capacity-cut").shock());
                }
                sim.step();
            }
            double[] want = sim.result().series().column(Metric.OUTPUT);
            assertThat(charts.get(0).get("metric")).isEqualTo("output");
            for (int w = 0; w < want.length; w++) {
                assertThat(((Number) drawn.get(w)).doubleValue()).as("output at week %d", w).isEqualTo(want[w]);
            }
            assertThat(charts.get(5).get("metric")).as("step 3 shows exhaustion in the last chart")
                    .isEqualTo(Metric.EXHAUSTION.key());
            @SuppressWarnings("unchecked")
            List<Object> strain = ((List<List<Object>>) charts.get(5).get("data")).get(1);
            double scale = ((Number) charts.get(5).get("scale")).doubleValue();
            double[] exhaustion = sim.result().series().column(Metric.EXHAUSTION);
            for (int w = 0; w < exhaustion.length; w++) {
                assertThat(((Number) strain.get(w)).doubleValue()).as("exhaustion at week %d", w)
                        .isCloseTo(exhaustion[w] * scale, org.assertj.core.data.Offset.offset(1e-9));
            }
            b.screenshotAt(1920, 1080, Path.of("target", "screenshots"), "dashboard-lesson-end");
            b.find("#lessonEnd").click();
            b.await("the six default charts back", d -> Metric.IDEAS_IMPLEMENTED.key().equals(
                    b.js("return window.orgsim.plotted()[5].metric")));
        }
    }

    private static long week(Browser b) {
        return ((Number) b.js("return window.orgsim.state().week")).longValue();
    }

    private static boolean playing(Browser b) {
        return (Boolean) b.js("return window.orgsim.state().playing");
    }
}
