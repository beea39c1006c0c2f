package org.dossier.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.dossier.mail.TestSmtp;
import org.dossier.testing.Browser;
import org.dossier.testing.BrowserTest;
import org.dossier.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A reader in a real browser: the sign-up box on a page, the confirmation link, the preference centre. */
@BrowserTest
class SignUpBrowserTest extends SmtpBackedBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;

    @Test
    void readerSignsUpFromTheBoxOnEveryPageAndManagesPreferences() {
        var topic = fixtures.topic("Browser topic");
        String email = Fixtures.unique("browser") + "@example.org";
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            browser.open(site("/"));
            driver.findElement(By.id("signup-email")).sendKeys(email);
            driver.findElement(By.cssSelector(".signup-form button[type=submit]")).click();
            awaitHeading(browser, "Check your inbox");

            String confirm = Readers.link(TestSmtp.text(Readers.awaitMail(email, "Please confirm")), "/subscribe/confirm/");
            browser.open(site(confirm));
            driver.findElement(By.cssSelector("main form button")).click();
            awaitHeading(browser, "You are subscribed");

            driver.findElement(By.linkText("Choose topics and frequency")).click();
            awaitHeading(browser, "Your subscription");
            assertThat(driver.findElement(By.cssSelector(".subscriber-email")).getText()).isEqualTo(email);
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            driver.findElement(By.cssSelector("input[name=topics][value='" + topic.id() + "']")).click();
            driver.findElement(By.cssSelector("input[name=frequency][value=monthly]")).click();
            driver.findElement(By.cssSelector("input[name=paused]")).click();
            driver.findElement(By.xpath("//button[text()='Save preferences']")).click();
            browser.await(WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".form-notice"), "saved"));

            driver.navigate().refresh();
            assertThat(driver.findElement(By.cssSelector("input[name=topics][value='" + topic.id() + "']")).isSelected()).isTrue();
            assertThat(driver.findElement(By.cssSelector("input[name=frequency][value=monthly]")).isSelected()).isTrue();
            assertThat(driver.findElement(By.cssSelector("input[name=paused]")).isSelected()).isTrue();

            driver.findElement(By.xpath("//button[text()='Unsubscribe from everything']")).click();
            awaitHeading(browser, "You are unsubscribed");
        }
    }

    @Test
    void stayInformedPageIsAccessibleAndShowsAClearErrorForABadAddress() {
        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            browser.open(site("/subscribe"));
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            driver.findElement(By.id("sub-email")).sendKeys("not an address");
            driver.findElement(By.xpath("//main//button[text()='Subscribe']")).click();
            browser.await(WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".form-error"), "does not look like"));
            assertThat(driver.findElement(By.id("sub-email")).getAttribute("value")).isEqualTo("not an address");
        }
    }

    /** Form posts navigate asynchronously: wait for the next page's heading instead of racing it. */
    private static void awaitHeading(Browser browser, String heading) {
        browser.await(WAIT).until(ExpectedConditions.textToBe(By.tagName("h1"), heading));
    }

    private String site(String path) {
        return "http://localhost:" + port + path;
    }
}
