package org.dossier.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) driven by
 * Selenium, with axe-core for accessibility checks. The driver path is given explicitly so that
 * Selenium Manager never tries to download anything.
 *
 * <p>Where Chromium is not installed the calling test is skipped with a message saying so, except
 * under CI ({@code CI=true}), where {@code .ci/run} installs it and a missing browser is a failure.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a fresh browser with an empty profile, at desktop size. */
    public static Browser start() {
        boolean installed = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
        if (!"true".equals(System.getenv("CI"))) {
            assumeTrue(installed, "Chromium is not installed (apt-get install chromium chromium-driver)");
        }
        System.setProperty("SE_OFFLINE", "true");
        try {
            Path profile = Files.createTempDirectory("dossier-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--hide-scrollbars", "--force-device-scale-factor=1",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().window().setSize(new Dimension(1280, 900));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    /**
     * A wait that polls on through the page change a click started: Chromium aborts a look-up that meets the
     * navigation ("aborted by navigation"), which failed a browser test once on a fresh clone. A condition
     * never met still fails, at the time-out, with the last error as its cause.
     */
    public FluentWait<WebDriver> await(Duration timeout) {
        return new WebDriverWait(driver, timeout).ignoring(WebDriverException.class);
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Saves a screenshot of the whole page (as tall as its content) at the given width. */
    public void screenshot(Path file, int width) {
        resize(width, 900);
        Number height = (Number) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollHeight");
        resize(width, Math.min(6000, Math.max(900, height.intValue())));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        resize(1280, 900);
    }

    /**
     * Runs axe-core (WCAG 2.x A/AA rules) on the current page and returns the violations whose
     * impact is serious or critical, each as "rule-id: help (n nodes: first target)".
     */
    @SuppressWarnings("unchecked")
    public List<String> seriousAccessibilityViolations() {
        ((JavascriptExecutor) driver).executeScript(axeSource());
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        String json = (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']},
                                   resultTypes: ['violations']})
                   .then(r => done(JSON.stringify(r.violations)))
                   .catch(e => done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])));
                """);
        List<Map<String, Object>> violations = JSON.readValue(json, List.class);
        List<String> serious = new ArrayList<>();
        for (Map<String, Object> v : violations) {
            Object impact = v.get("impact");
            if ("serious".equals(impact) || "critical".equals(impact)) {
                List<Map<String, Object>> nodes = (List<Map<String, Object>>) v.get("nodes");
                String first = nodes.isEmpty() ? "" : String.valueOf(nodes.get(0).get("target"));
                serious.add(v.get("id") + ": " + v.get("help") + " (" + nodes.size() + " nodes: " + first + ")");
            }
        }
        return serious;
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp profile is harmless
        }
    }
}
