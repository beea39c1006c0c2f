package org.dossier.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.dossier.publications.PublicationRepository;
import org.dossier.publications.Status;
import org.dossier.taxonomy.Section;
import org.dossier.testing.Browser;
import org.dossier.testing.BrowserTest;
import org.dossier.testing.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A reader in a real Chromium: home page → a section → an article, checking what they see and
 * that axe-core finds no serious or critical accessibility violation on any of the three pages.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderJourneyBrowserTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired PublicationRepository repository;
    @Autowired org.dossier.web.IndexSize indexSize;
    private Browser browser;
    private Section blog;

    @BeforeAll
    void content() {
        browser = Browser.start();
        blog = fixtures.section("The Peninsula");
        long author = fixtures.expert("Hana Cho");
        Instant base = Instant.now().minus(30, ChronoUnit.DAYS);
        for (int i = 0; i < 5; i++) {
            fixtures.save(fixtures.post(blog, "Alliance notes " + i, Status.PUBLISHED, base.plus(i, ChronoUnit.DAYS),
                    author));
        }
        fixtures.save(fixtures.post(blog, "DRAFT never shown", Status.DRAFT, null, author));
        // The search index (which "Total Index" counts) follows the database within a second.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> indexSize.publications() == repository.countPublished());
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void readerGoesFromHomeToSectionToArticleAndEveryPageIsAccessible() {
        List<String> problems = new ArrayList<>();
        browser.open("http://localhost:" + port + "/");
        assertThat(browser.driver().findElement(By.cssSelector(".index-total")).getText())
                .isEqualTo("Total Index: " + String.format("%,d", repository.countPublished()) + " publications");
        assertThat(browser.driver().getPageSource()).doesNotContain("DRAFT never shown");
        problems.addAll(prefixed("home", browser.seriousAccessibilityViolations()));

        browser.driver().findElement(By.cssSelector(".site-nav a[href='" + blog.url() + "']")).click();
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("The Peninsula");
        problems.addAll(prefixed("section", browser.seriousAccessibilityViolations()));

        WebElement first = browser.driver().findElement(By.cssSelector(".card-title a"));
        assertThat(first.getText()).isEqualTo("Alliance notes 4");
        first.click();

        var driver = browser.driver();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Alliance notes 4");
        assertThat(driver.findElement(By.cssSelector(".dateline")).getText()).contains("Blog Post", "Published ");
        assertThat(driver.findElement(By.cssSelector(".byline")).getText()).isEqualTo("By Hana Cho");
        assertThat(driver.findElement(By.cssSelector(".featured figcaption")).getText()).contains("Photo: Tester");
        assertThat(driver.findElement(By.cssSelector(".author-bios")).getText()).contains("Hana Cho");
        assertThat(driver.findElement(By.cssSelector(".return a")).getText()).isEqualTo("← Return to The Peninsula");
        assertThat(driver.findElements(By.cssSelector(".related .card"))).hasSize(4);
        assertThat(driver.findElement(By.cssSelector("form.signup-form input[name=email]")).isDisplayed()).isTrue();
        problems.addAll(prefixed("article", browser.seriousAccessibilityViolations()));

        driver.findElement(By.cssSelector(".return a")).click();
        assertThat(driver.getCurrentUrl()).endsWith(blog.url());
        assertThat(problems).isEmpty();
    }

    private static List<String> prefixed(String page, List<String> violations) {
        return violations.stream().map(v -> page + ": " + v).toList();
    }
}
