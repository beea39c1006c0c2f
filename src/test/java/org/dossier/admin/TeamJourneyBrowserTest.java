package org.dossier.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.dossier.accounts.Role;
import org.dossier.accounts.User;
import org.dossier.publications.Status;
import org.dossier.subscriptions.SubscriberCsv;
import org.dossier.testing.Accounts;
import org.dossier.testing.Browser;
import org.dossier.testing.BrowserTest;
import org.dossier.testing.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An editor in a real Chromium composes a newsletter, previews it in its sandboxed frame, sends it,
 * watches the delivery bar reach 100% (moved by jobs.js, and still there after a reload) and finds
 * the mail in the outbox viewer. No SMTP server is set, so the copies are captured.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamJourneyBrowserTest {

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired Fixtures fixtures;
    @Autowired SubscriberCsv csv;
    private Browser browser;
    private User editor;
    private String story;
    private String reader;

    @BeforeAll
    void setUp() {
        browser = Browser.start();
        editor = accounts.create(Role.EDITOR);
        story = "Harbour trade " + Fixtures.unique("s");
        fixtures.save(fixtures.post(fixtures.section("Letters desk"), story, Status.PUBLISHED,
                Instant.now().minusSeconds(600)));
        reader = Fixtures.unique("reader") + "@example.org";
        csv.importCsv(new java.io.StringReader("email,name,consent\n" + reader + ",Browser Reader,yes\n"), "browser");
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void editorComposesSendsWatchesTheBarAndFindsTheMailInTheOutbox() {
        WebDriver driver = browser.driver();
        browser.open(url("/admin/newsletters"));
        driver.findElement(By.id("email")).sendKeys(editor.email());
        driver.findElement(By.id("password")).sendKeys(Accounts.PASSWORD);
        driver.findElement(By.cssSelector("form[action='/admin/login'] button[type=submit]")).click();
        waitFor(driver, "h1", "Dashboard");
        List<String> problems = new ArrayList<>();

        driver.findElement(By.linkText("Newsletters")).click();
        driver.findElement(By.linkText("Write a newsletter")).click();
        String subject = "Letter " + Fixtures.unique("l");
        driver.findElement(By.id("subject")).sendKeys(subject);
        driver.findElement(By.id("intro")).sendKeys("Dear reader, the **harbour** issue.");
        driver.findElement(By.xpath("//label[contains(., '" + story + "')]/input")).click();
        problems.addAll(browser.seriousAccessibilityViolations().stream().map(v -> "compose: " + v).toList());
        driver.findElement(By.cssSelector("form.panel button[type=submit]")).click();
        waitFor(driver, ".notice", "Newsletter saved as a draft.");

        driver.switchTo().frame(driver.findElement(By.cssSelector("iframe.mail-frame")));
        Awaitility.await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() ->
                driver.findElement(By.tagName("body")).getText().contains(story));
        assertThat(driver.findElement(By.tagName("strong")).getText()).isEqualTo("harbour");
        driver.switchTo().defaultContent();
        problems.addAll(browser.seriousAccessibilityViolations().stream().map(v -> "newsletter: " + v).toList());
        browser.screenshot(Path.of("target/screenshots/admin-newsletter.png"), 1280);

        driver.findElement(By.id("send-now")).click();
        Awaitility.await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            assertThat(driver.findElement(By.cssSelector(".job-state")).getText()).isEqualTo("done");
            assertThat(driver.findElement(By.cssSelector("progress.job-bar")).getAttribute("value")).isEqualTo("100");
        });
        assertThat(driver.findElement(By.cssSelector(".job-message")).getText()).contains("captured");
        driver.navigate().refresh();
        assertThat(driver.findElement(By.cssSelector("progress.job-bar")).getAttribute("value")).isEqualTo("100");
        assertThat(driver.findElement(By.cssSelector(".job-state")).getText()).isEqualTo("done");

        browser.open(url("/admin"));
        assertThat(driver.findElement(By.xpath("//h2[.='Last sends']/following-sibling::ul")).getText())
                .contains(subject);
        browser.open(url("/admin/newsletters"));
        driver.findElement(By.linkText(subject)).click();
        assertThat(driver.findElement(By.cssSelector("progress.job-bar")).getAttribute("value")).isEqualTo("100");
        driver.findElement(By.linkText("See these mails in the outbox")).click();
        driver.findElement(By.id("f-recipient")).sendKeys(reader);
        driver.findElement(By.cssSelector("form[role=search] button")).click();
        waitFor(driver, "table.data tbody tr td:nth-child(2)", reader);
        problems.addAll(browser.seriousAccessibilityViolations().stream().map(v -> "outbox: " + v).toList());
        driver.findElement(By.linkText(subject)).click();
        waitFor(driver, "h1", subject);
        assertThat(driver.findElement(By.cssSelector("pre.mail-text")).getText()).contains(story);
        driver.switchTo().frame(driver.findElement(By.cssSelector("iframe.mail-frame")));
        Awaitility.await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() ->
                driver.findElement(By.tagName("body")).getText().contains(story));
        driver.switchTo().defaultContent();
        browser.screenshot(Path.of("target/screenshots/admin-mail.png"), 1280);
        assertThat(problems).isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void waitFor(WebDriver driver, String css, String text) {
        Awaitility.await().atMost(Duration.ofSeconds(15)).ignoreExceptions()
                .untilAsserted(() -> assertThat(driver.findElement(By.cssSelector(css)).getText())
                        .as(driver.getCurrentUrl()).isEqualTo(text));
    }
}
