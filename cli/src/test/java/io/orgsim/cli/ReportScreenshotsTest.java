// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The reports as a reader sees them: each kind (the default comparison, a comparison
 * directory, a calibration, an ablation), made here from small runs, opened in Debian's
 * headless Chromium at 1280 and 1920 px. Checks that nothing needs a horizontal scroll and
 * every figure loads, and saves the whole page of each as screenshots under
 * {@code target/screenshots/} to look at. Skipped, saying why, when chromium is not installed.
 */
class ReportScreenshotsTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    Path tmp;

    @Test
    void everyKindOfReportFitsTheWindowAndLoadsItsFigures() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "the screenshot test needs Debian's "
                + "chromium and chromium-driver (apt-get install -y chromium chromium-driver; .ci/run installs them)");
        Map<String, Path> reports = new java.util.LinkedHashMap<>();
        reports.put("default", run(tmp.resolve("default"), "report", "-r", "2", "--agents", "30", "--steps", "80",
                "--threads", "2", "-q", "--out", tmp.resolve("default").toString()));
        Path compare = tmp.resolve("compare");
        run(compare, "compare", "-r", "3", "--agents", "30", "--steps", "80", "--threads", "2", "-q", "--series",
                "--out", compare.toString());
        reports.put("comparison", run(compare.resolve("report"), "report", compare.toString()));
        Path targets = tmp.resolve("targets.yaml");
        Files.writeString(targets, """
                population:
                  units: 8
                  params: {org.agents: 20, run.steps: 60, run.warmup: 10}
                  sample: {leadership: {min: 0.1, max: 0.9}, management: {min: 0.1, max: 0.9}}
                  seed: 3
                targets:
                  leadership-engagement:
                    correlation: {x: leadership, y: late_engagement}
                    relation: true-score
                    value: 0.4
                    tolerance: 0.1
                  management-output:
                    correlation: {x: management, y: mean_output}
                    relation: true-score
                    value: 0.2
                    tolerance: 0.1
                  turnover: {mean: turnover_rate, value: 0.15, tolerance: 0.03}
                """);
        Path cal = tmp.resolve("calibration");
        run(cal, "calibrate", targets.toString(), "--fit", "turnover.base=0.001:0.01", "--budget", "6",
                "--replications", "3", "--threads", "2", "-q", "--out", cal.toString());
        reports.put("calibration", run(cal.resolve("report"), "report", cal.toString()));
        Path ablationFile = Fixtures.smallAblation(tmp);
        Path abl = tmp.resolve("ablation");
        run(abl, "ablate", ablationFile.toString(), "--threads", "2", "-q", "--out", abl.toString());
        reports.put("ablation", run(abl.resolve("report"), "report", abl.toString()));

        try (Chromium browser = Chromium.open()) {
            for (var report : reports.entrySet()) {
                for (int width : new int[] {1280, 1920}) {
                    browser.open(report.getValue().resolve("index.html"), width, 1000);
                    String at = report.getKey() + " at " + width + " px";
                    assertThat(browser.js("return document.documentElement.scrollWidth <= "
                            + "document.documentElement.clientWidth")).as(at + ": no horizontal scrollbar")
                            .isEqualTo(true);
                    List<?> wide = (List<?>) browser.js("return [...document.body.querySelectorAll('*')]"
                            + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)"
                            + ".map(e => e.tagName + ' ' + e.textContent.substring(0, 40))");
                    assertThat(wide).as(at + ": elements past the right edge").isEmpty();
                    List<?> broken = (List<?>) browser.js("return [...document.images]"
                            + ".filter(i => !i.complete || i.naturalWidth === 0).map(i => i.getAttribute('src'))");
                    long images = ((Number) browser.js("return document.images.length")).longValue();
                    assertThat(images).as(at + ": figures").isPositive();
                    assertThat(broken).as(at + ": figures that do not load").isEmpty();
                    browser.fullPage(SHOTS, "report-" + report.getKey() + "-" + width);
                }
            }
        }
    }

    /** Runs the cli; returns the report folder it was told to write. */
    private static Path run(Path reportDir, String... args) {
        Cli c = Cli.run(args);
        assertThat(c.exitCode()).as(String.join(" ", args) + ": " + c.err()).isZero();
        return reportDir;
    }

    /** Debian's headless Chromium through its chromium-driver: nothing is downloaded. */
    private static final class Chromium implements AutoCloseable {
        static final int TILE = 2400;
        private final ChromeDriver driver;
        private final Path profile;

        private Chromium(ChromeDriver driver, Path profile) {
            this.driver = driver;
            this.profile = profile;
        }

        static Chromium open() throws IOException {
            Path profile = Files.createTempDirectory("orgsim-report-chromium-");
            ChromeOptions o = new ChromeOptions();
            o.setBinary(CHROMIUM.toString());
            o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                    "--allow-file-access-from-files", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(DRIVER.toFile()).build();
            return new Chromium(new ChromeDriver(service, o), profile);
        }

        /** Loads a page with a viewport of exactly width x height and waits for its images. */
        void open(Path page, int width, int height) {
            driver.manage().window().setSize(new Dimension(width, height));
            long innerW = ((Number) js("return window.innerWidth")).longValue();
            long innerH = ((Number) js("return window.innerHeight")).longValue();
            driver.manage().window().setSize(new Dimension(2 * width - (int) innerW, 2 * height - (int) innerH));
            driver.get(page.toUri().toString());
            new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30))
                    .withMessage("images of " + page + " still loading")
                    .until(d -> (Boolean) js("return [...document.images].every(i => i.complete)"));
        }

        Object js(String script) {
            return driver.executeScript(script);
        }

        /**
         * Saves the whole page, not only the viewport: one PNG per {@value #TILE} px of height
         * (NAME-1.png, NAME-2.png, ...), each small enough to be looked at.
         */
        void fullPage(Path dir, String name) throws IOException {
            long w = ((Number) js("return document.documentElement.clientWidth")).longValue();
            long h = ((Number) js("return document.documentElement.scrollHeight")).longValue();
            Files.createDirectories(dir);
            for (long y = 0, n = 1; y < h; y += TILE, n++) {
                Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format",
                        "png", "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", y, "width", w,
                                "height", Math.min(TILE, h - y), "scale", 1)));
                Files.write(dir.resolve(name + "-" + n + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
            }
        }

        @Override
        public void close() throws IOException {
            try {
                driver.quit();
            } finally {
                try (var s = Files.walk(profile)) {
                    s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }
}
