// SPDX-License-Identifier: Apache-2.0
package io.orgsim.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgsim.core.Metric;
import io.orgsim.core.OrgSim;
import io.orgsim.core.Param;
import io.orgsim.core.RunResult;
import io.orgsim.core.Simulation;
import io.orgsim.core.StrategicPivot;
import io.orgsim.scenarios.Preset;
import io.orgsim.scenarios.Presets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The dashboard page in real headless Chromium: presets, sliders, shocks, compare mode and a
 * lesson are used as an instructor would, and every line the charts hold is compared with a
 * run of the same spec, with the same lever changes and shocks at the same weeks, through the
 * engine's API. Screenshots land in target/screenshots.
 */
class DashboardPageTest {

    private static final Path SHOTS = Path.of("target", "screenshots");
    private DashboardServer server;
    private Browser browser;

    /** The four quadrants on a small organization and a two-year horizon, pivot in the middle. */
    static List<Preset> small() {
        return Presets.builtIn().quadrants().stream().map(p -> new Preset(p.name(), p.description(),
                p.spec().toBuilder().agents(80).steps(104).clearShocks()
                        .shock(52, new StrategicPivot(StrategicPivot.DEFAULT_DEGREES)).build())).toList();
    }

    @BeforeEach
    void start() throws Exception {
        Browser.assumeInstalled();
        server = DashboardServer.start(new DashboardServer.Options("127.0.0.1", 0, 7, small(), null));
    }

    @AfterEach
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private void open(int w, int h) throws Exception {
        browser = Browser.open(w, h);
        browser.driver.get(server.url().toString());
        browser.await("the charts to draw", d -> browser.js("return document.querySelectorAll('.uplot').length")
                .equals(6L));
    }

    private long week() {
        return ((Number) browser.js("return window.orgsim.state().week")).longValue();
    }

    private void click(String css) {
        browser.find(css).click();
    }

    private void runToTheEnd() {
        new org.openqa.selenium.support.ui.Select(browser.find("#speed")).selectByValue("260");
        click("#play");
        browser.await("the run to reach its horizon", d -> week() == 104
                && "false".equals(browser.js("return document.body.dataset.playing")));
    }

    /** What each chart holds: its metric and one array per organization, as uPlot draws it. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> plotted() {
        return (List<Map<String, Object>>) browser.js("return window.orgsim.plotted()");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> marks(int lane) {
        Map<String, Object> state = (Map<String, Object>) browser.js("return window.orgsim.state()");
        List<Map<String, Object>> lanes = (List<Map<String, Object>>) state.get("lanes");
        return (List<Map<String, Object>>) lanes.get(lane).get("marks");
    }

    /** Checks every chart's line for one organization against a result of the API. */
    @SuppressWarnings("unchecked")
    private void assertChartsShow(int lane, RunResult expected) {
        List<Map<String, Object>> charts = plotted();
        assertThat(charts).hasSize(6);
        for (Map<String, Object> c : charts) {
            Metric m = java.util.Arrays.stream(Metric.values()).filter(x -> x.key().equals(c.get("metric")))
                    .findFirst().orElseThrow();
            double scale = ((Number) c.get("scale")).doubleValue();
            List<Object> ys = ((List<List<Object>>) c.get("data")).get(1 + lane);
            double[] want = expected.series().column(m);
            assertThat(ys).as("weeks drawn of %s", m).hasSize(want.length);
            for (int w = 0; w < want.length; w++) {
                assertThat(((Number) ys.get(w)).doubleValue()).as("%s at week %d", m, w)
                        .isCloseTo(want[w] * scale, org.assertj.core.data.Offset.offset(1e-9 * (1 + Math.abs(want[w]))));
            }
        }
    }

    @Test
    void presetsSlidersAndShocksDrawTheModelsNumbers() throws Exception {
        open(1280, 720);
        // the preset buttons
        click("#presetButtons button[data-preset='too-much-management']");
        browser.await("the preset to load", d -> browser.js("return window.orgsim.state().lanes[0].preset")
                .equals("too-much-management"));
        assertThat(browser.find("#lanes .lane").getText()).contains("too-much-management");
        // play, pause somewhere in the first year
        new org.openqa.selenium.support.ui.Select(browser.find("#speed")).selectByValue("26");
        click("#play");
        browser.await("a few weeks", d -> week() >= 10);
        click("#pause");
        browser.await("the pause", d -> "false".equals(browser.js("return document.body.dataset.playing")));
        click("#step");
        // the leadership slider to its top (a real key press on the range input), and a shock
        WebElement leadership = browser.find("input[data-lever='leadership']");
        leadership.sendKeys(Keys.END);
        browser.await("the lever to move", d -> ((Number) browser.js(
                "return window.orgsim.state().lanes[0].levers['leadership.vision']")).doubleValue() == 1.0);
        assertThat(browser.find("#lanes .lane").getText()).contains("levers moved");
        click("#shocks button[data-shock='capacity-cut']");
        browser.await("the shock mark", d -> marks(0).stream().anyMatch(mk -> "shock".equals(mk.get("kind"))));
        runToTheEnd();
        assertThat(browser.find("#week").getText()).contains("done");

        // the same run through the API, with the lever change and the shock at the weeks marked
        int leverWeek = markWeek(0, "lever");
        int shockWeek = markWeek(0, "shock");
        assertThat(leverWeek).isGreaterThanOrEqualTo(11);
        Preset p = small().get(2);
        Simulation sim = new Simulation(p.spec().toBuilder().seed(7).build());
        while (!sim.isDone()) {
            if (sim.week() == leverWeek) {
                sim.setLever(Param.LEADERSHIP, 1.0);
            }
            if (sim.week() == shockWeek) {
                sim.shockNow(ShockLibrary.get("capacity-cut").shock());
            }
            sim.step();
        }
        assertChartsShow(0, sim.result());
        // and it differs from the untouched preset, so the comparison can fail
        RunResult plain = OrgSim.run(p.spec().toBuilder().seed(7).build());
        assertThat(plain.series().get(Metric.ENGAGEMENT, 103)).isNotEqualTo(
                sim.result().series().get(Metric.ENGAGEMENT, 103));

        // replay makes the same changes at the same weeks: the same lines
        Object run = browser.js("return window.orgsim.state().lanes[0].run");
        click("#replay");
        browser.await("the replay to start", d -> !run.equals(browser.js("return window.orgsim.state().lanes[0].run")));
        browser.await("the replay to finish", d -> week() == 104
                && "false".equals(browser.js("return document.body.dataset.playing")));
        assertChartsShow(0, sim.result());
        browser.screenshotAt(1920, 1080, SHOTS, "dashboard");
        browser.screenshotAt(1280, 720, SHOTS, "dashboard");
        browser.assertFits();
        // every resource came from this server
        assertThat((List<?>) browser.js("return performance.getEntriesByType('resource').map(e => e.name)"
                + ".filter(n => !n.startsWith(location.origin))")).isEmpty();
    }

    private int markWeek(int lane, String kind) {
        return marks(lane).stream().filter(mk -> kind.equals(mk.get("kind")))
                .mapToInt(mk -> ((Number) mk.get("week")).intValue()).findFirst().orElseThrow();
    }

    @Test
    void compareModeStepsOrganizationsInLockstepOnTheSameAxes() throws Exception {
        open(1920, 1080);
        click("#compare");
        browser.await("a second organization", d -> d.findElements(By.cssSelector("#lanes .lane")).size() == 2);
        // the second lane shows too-much-management; a lever change on it shows against the first
        List<WebElement> chips = browser.driver.findElements(By.cssSelector("#lanes .lane"));
        chips.get(1).click();
        click("#presetButtons button[data-preset='too-much-management']");
        browser.await("the preset in lane 2", d -> browser.js("return window.orgsim.state().lanes[1].preset")
                .equals("too-much-management"));
        click("#shocks button[data-shock='demand-spike']"); // on both, at week 0
        browser.find("input[data-lever='management']").sendKeys(Keys.HOME);
        browser.await("the lever to move", d -> ((Number) browser.js(
                "return window.orgsim.state().lanes[1].levers['management.process']")).doubleValue() == 0.0);
        runToTheEnd();
        List<Map<String, Object>> charts = plotted();
        assertThat(charts.get(0).get("lanes")).isEqualTo(List.of("balanced", "too-much-management"));
        assertThat(browser.js("return window.orgsim.state().lanes.map(l => l.color)"))
                .as("each organization in its preset's colour in the report")
                .isEqualTo(List.of("#0072b2", "#009e73"));

        Simulation first = new Simulation(small().get(0).spec().toBuilder().seed(7).build());
        first.shockNow(ShockLibrary.get("demand-spike").shock());
        assertChartsShow(0, first.run());
        Simulation second = new Simulation(small().get(2).spec().toBuilder().seed(7).build());
        second.shockNow(ShockLibrary.get("demand-spike").shock());
        second.setLever(Param.MANAGEMENT, 0.0);
        assertChartsShow(1, second.run());
        browser.screenshot(SHOTS.resolve("dashboard-compare-1920x1080.png"));
        browser.viewport(1280, 720);
        Thread.sleep(300);
        browser.screenshot(SHOTS.resolve("dashboard-compare-1280x720.png"));
        browser.assertFits();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOrganizationViewShowsEveryAgentAndTheVacanciesAWaveLeaves() throws Exception {
        open(1280, 720);
        click("#shocks button[data-shock='departure-wave']");
        browser.await("the wave", d -> marks(0).stream().anyMatch(mk -> "shock".equals(mk.get("kind"))));
        click("#step");
        browser.await("week 1", d -> week() == 1);
        click("#view");
        browser.await("the picture", d -> browser.js("const o = window.orgsim.organization(); return o && o.week")
                != null && ((Number) browser.js("return window.orgsim.organization().week")).intValue() == 1);
        Map<String, Object> o = (Map<String, Object>) browser.js("return window.orgsim.organization()");
        Simulation sim = new Simulation(small().get(0).spec().toBuilder().seed(7).build());
        sim.shockNow(ShockLibrary.get("departure-wave").shock());
        sim.step();
        io.orgsim.core.AgentSnapshot a = sim.agents();
        List<Number> engagement = (List<Number>) o.get("engagement");
        List<Number> flags = (List<Number>) o.get("flags");
        assertThat(engagement).hasSize(a.size());
        int vacant = 0;
        for (int i = 0; i < a.size(); i++) {
            assertThat(engagement.get(i).doubleValue()).isCloseTo(a.engagement()[i],
                    org.assertj.core.data.Offset.offset(0.0005));
            assertThat((flags.get(i).intValue() & 1) == 1).isEqualTo(a.present()[i]);
            vacant += a.present()[i] ? 0 : 1;
        }
        assertThat(vacant).as("positions the wave left vacant").isPositive();
        assertThat((List<?>) o.get("ties")).isNotEmpty();
        browser.screenshot(SHOTS.resolve("dashboard-organization-1280x720.png"));
        browser.assertFits();
        browser.screenshotAt(1920, 1080, SHOTS, "dashboard-organization");
    }

    @Test
    void theEqualBudgetPresetsAreAFamilyOfButtonsOnTheBuiltInCatalog() throws Exception {
        try (DashboardServer full = DashboardServer.start(DashboardServer.Options.defaults())) {
            browser = Browser.open(1280, 720);
            browser.driver.get(full.url().toString());
            browser.await("the charts to draw", d -> browser.js("return document.querySelectorAll('.uplot').length")
                    .equals(6L));
            new org.openqa.selenium.support.ui.Select(browser.find("#families")).selectByValue("equal budget");
            assertThat(browser.driver.findElements(By.cssSelector("#presetButtons button[data-preset]")).stream()
                    .map(WebElement::getText).toList())
                    .containsExactly("balanced", "leadership-heavy", "management-heavy");
            click("#presetButtons button[data-preset='budget-leadership-heavy']");
            browser.await("the preset to load", d -> browser.js("return window.orgsim.state().lanes[0].preset")
                    .equals("budget-leadership-heavy"));
            browser.assertFits();
            browser.screenshot(SHOTS.resolve("dashboard-equal-budget-1280x720.png"));
        }
    }

    @Test
    void aPhoneGetsOneColumn() throws Exception {
        open(390, 844);
        assertThat((Boolean) browser.js("return document.documentElement.scrollWidth <= innerWidth"))
                .as("no sideways scrolling on a phone").isTrue();
        browser.screenshot(SHOTS.resolve("dashboard-phone-390x844.png"));
    }
}
