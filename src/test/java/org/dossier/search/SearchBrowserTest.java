package org.dossier.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.dossier.testing.Browser;
import org.dossier.testing.BrowserTest;
import org.dossier.testing.Fixtures;
import org.dossier.taxonomy.Term;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A reader in a real browser: types, picks a suggestion, searches, applies two facets, goes back. */
@BrowserTest
class SearchBrowserTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired SearchService search;

    @Test
    void typePickASuggestionApplyTwoFacetsAndGoBack() {
        String w = SearchFeaturesContract.word("browse");
        Docs docs = new Docs(fixtures, fixtures.section("Research"));
        Term trade = fixtures.topic("Trade " + w);
        Instant at = Instant.now().minus(3, ChronoUnit.DAYS);
        docs.save("Zebrafish " + w + " report", w, at, "report", List.of(), List.of(trade.id()), List.of());
        docs.save("Zebrafish " + w + " post", w, at, "blog-post", List.of(), List.of(trade.id()), List.of());
        docs.save("Zebrafish " + w + " other", w, at, "report", List.of(), List.of(), List.of());
        await().atMost(Duration.ofSeconds(10)).until(() -> search.search(SearchRequest.of(
                java.util.Map.of("q", new String[] {w}))).total() == 3);
        String base = "http://127.0.0.1:" + port;

        try (Browser browser = Browser.start()) {
            var driver = browser.driver();
            browser.open(base + "/");
            WebElement box = driver.findElement(By.id("site-search-q"));
            box.sendKeys("zebrafish " + w.substring(0, 6));
            await().atMost(Duration.ofSeconds(10)).until(() ->
                    driver.findElements(By.cssSelector("#site-search-suggestions [role=option]")).size() >= 3);
            box.sendKeys(Keys.ARROW_DOWN);
            String picked = driver.findElement(By.cssSelector("#site-search-suggestions [aria-selected=true]"))
                    .getText();
            assertThat(picked).startsWith("Zebrafish " + w);
            box.sendKeys(Keys.ENTER);
            await().atMost(Duration.ofSeconds(10)).until(() -> driver.getCurrentUrl().contains("/zebrafish-"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Zebrafish " + w);

            // Search again from the box on the article page we landed on.
            WebElement again = driver.findElement(By.id("site-search-q"));
            again.clear();
            again.sendKeys(w);
            await().atMost(Duration.ofSeconds(10)).until(() ->
                    !driver.findElements(By.cssSelector("#site-search-suggestions [role=option]")).isEmpty());
            again.sendKeys(Keys.ESCAPE);
            assertThat(driver.findElement(By.id("site-search-suggestions")).isDisplayed()).isFalse();
            assertThat(again.getAttribute("value")).isEqualTo(w);
            again.sendKeys(Keys.ENTER);
            await().atMost(Duration.ofSeconds(10)).until(() -> driver.getCurrentUrl().contains("/search?q="));
            assertThat(driver.findElement(By.id("result-count")).getText()).as("results at %s", driver.getCurrentUrl())
                    .startsWith("3 results");

            driver.findElement(By.cssSelector(".facet[data-dim=type] a[href*='type=report']")).click();
            await().atMost(Duration.ofSeconds(10)).until(() -> driver.getCurrentUrl().contains("type=report"));
            driver.findElement(By.cssSelector(".facet[data-dim=topic] a[href*='topic=']")).click();
            await().atMost(Duration.ofSeconds(10)).until(() -> driver.getCurrentUrl().contains("topic="));
            assertThat(driver.findElement(By.id("result-count")).getText()).startsWith("1 result");
            assertThat(driver.findElements(By.cssSelector(".selected-filters .chip"))).hasSize(2);

            driver.navigate().back();
            await().atMost(Duration.ofSeconds(10)).until(() -> !driver.getCurrentUrl().contains("topic="));
            assertThat(driver.findElement(By.id("result-count")).getText()).startsWith("2 results");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        }
    }
}
