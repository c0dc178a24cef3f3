// SPDX-License-Identifier: Apache-2.0
package io.orgsim.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through chromium-driver, with nothing fetched from the
 * network (the driver is the system's, so Selenium Manager never downloads one). Tests that
 * need it are skipped, saying why, only when chromium or chromium-driver is not installed.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Skips the calling test unless chromium and chromium-driver are installed. */
    static void assumeInstalled() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "browser tests need Debian's chromium and chromium-driver (apt-get install -y chromium "
                        + "chromium-driver; .ci/run installs them)");
    }

    static Browser open(int width, int height) throws IOException {
        assumeInstalled();
        Path profile = Files.createTempDirectory("orgsim-chromium-");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toString());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .build();
        ChromeDriver d = new ChromeDriver(service, o);
        Browser b = new Browser(d, profile);
        b.viewport(width, height);
        return b;
    }

    /** Sizes the window so that the page's viewport is exactly width x height. */
    void viewport(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        long innerW = ((Number) js("return window.innerWidth")).longValue();
        long innerH = ((Number) js("return window.innerHeight")).longValue();
        driver.manage().window().setSize(new Dimension(width + (int) (width - innerW),
                height + (int) (height - innerH)));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    <T> T await(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(60)).withMessage(what).until(condition);
    }

    /** Saves a screenshot of the viewport. */
    Path screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /**
     * Sizes the viewport, gives the page a moment to redraw, and saves a screenshot named
     * {@code name-WxH.png} in {@code dir}.
     */
    Path screenshotAt(int width, int height, Path dir, String name) throws IOException, InterruptedException {
        viewport(width, height);
        Thread.sleep(500);
        return screenshot(dir.resolve(name + "-" + width + "x" + height + ".png"));
    }

    /** Asserts that nothing of the page is cut off or needs a scroll. */
    void assertFits() {
        org.assertj.core.api.Assertions.assertThat((Boolean) js("return document.documentElement.scrollHeight"
                + " <= innerHeight && document.documentElement.scrollWidth <= innerWidth"))
                .as("page fits the window").isTrue();
        org.assertj.core.api.Assertions.assertThat((Boolean) js("const a = document.querySelector('aside');"
                + " return !a || a.scrollHeight <= a.clientHeight + 1")).as("side panel needs no scrolling").isTrue();
        org.assertj.core.api.Assertions.assertThat((java.util.List<?>) js("return [...document.querySelectorAll("
                + "'button, input, select')].filter(e => e.offsetParent !== null).filter(e => {"
                + " const r = e.getBoundingClientRect();"
                + " return r.right > innerWidth + 1 || r.bottom > innerHeight + 1 || r.left < -1; })"
                + ".map(e => e.outerHTML.substring(0, 80))")).as("controls outside the window").isEmpty();
        org.assertj.core.api.Assertions.assertThat((java.util.List<?>) js("const rem = parseFloat(getComputedStyle("
                + "document.documentElement).fontSize); return ['header', '#presets'].map(s => document.querySelector(s))"
                + ".filter(e => e && e.offsetHeight > 3.5 * rem).map(e => e.tagName + '#' + e.id)"))
                .as("the bars above the charts on one line each").isEmpty();
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
