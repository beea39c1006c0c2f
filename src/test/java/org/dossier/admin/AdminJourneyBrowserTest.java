package org.dossier.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.awaitility.Awaitility;
import org.dossier.accounts.Role;
import org.dossier.accounts.User;
import org.dossier.testing.Accounts;
import org.dossier.testing.Browser;
import org.dossier.testing.BrowserTest;
import org.dossier.testing.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An editor in a real Chromium: signs in, writes an article with live preview and an uploaded
 * image, publishes it, reads it on the site, withdraws it and finds 410 Gone at its address.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminJourneyBrowserTest {

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired Fixtures fixtures;
    private Browser browser;
    private User editor;
    private String sectionName;

    @BeforeAll
    void setUp() {
        browser = Browser.start();
        editor = accounts.create(Role.EDITOR);
        sectionName = "Field Notes " + Fixtures.unique("n");
        fixtures.section(sectionName);
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void editorSignsInWritesPublishesReadsAndWithdrawsAnArticleWithAnImage() throws Exception {
        WebDriver driver = browser.driver();
        browser.open(url("/admin/publications"));
        assertThat(driver.getCurrentUrl()).endsWith("/admin/login");
        driver.findElement(By.id("email")).sendKeys(editor.email());
        driver.findElement(By.id("password")).sendKeys(Accounts.PASSWORD);
        driver.findElement(By.cssSelector("form[action='/admin/login'] button[type=submit]")).click();
        waitFor(driver, "h1", "Dashboard");
        Cookie session = driver.manage().getCookieNamed("SESSION");
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        List<String> problems = new ArrayList<>(browser.seriousAccessibilityViolations());

        driver.findElement(By.linkText("Write a publication")).click();
        String title = "Ports of the Yellow Sea " + Fixtures.unique("t");
        driver.findElement(By.id("title")).sendKeys(title);
        new Select(driver.findElement(By.id("sectionId"))).selectByVisibleText(sectionName);
        driver.findElement(By.id("authors")).sendKeys("Hana Cho, Min Park");
        driver.findElement(By.id("body")).sendKeys("Trade through **Incheon** grew.\n\n> Shipping is the pulse.");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                driver.findElement(By.id("preview")).getAttribute("innerHTML").contains("<strong>Incheon</strong>"));
        driver.findElement(By.id("imageFile")).sendKeys(jpeg().toString());
        driver.findElement(By.id("imageAlt")).sendKeys("Cranes at the container port");
        driver.findElement(By.id("imageCredit")).sendKeys("Photo: Test Desk");
        problems.addAll(browser.seriousAccessibilityViolations().stream().map(v -> "editor: " + v).toList());
        browser.screenshot(Path.of("target/screenshots/admin-editor.png"), 1280);
        driver.findElement(By.cssSelector("button[value=publish]")).click();

        waitFor(driver, ".notice", "Published.");
        browser.open(url("/admin/publications"));
        browser.screenshot(Path.of("target/screenshots/admin-publications.png"), 1280);
        driver.navigate().back();
        String publicUrl = driver.findElement(By.linkText("View on the site")).getAttribute("href");
        assertThat(status(publicUrl)).isEqualTo(200);
        browser.open(publicUrl);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(driver.findElement(By.cssSelector(".article-body strong")).getText()).isEqualTo("Incheon");
        assertThat(driver.findElement(By.cssSelector(".byline")).getText()).isEqualTo("By Hana Cho and Min Park");
        var image = driver.findElement(By.cssSelector(".featured img"));
        assertThat(image.getAttribute("srcset")).contains("480w", "800w", "1200w");
        assertThat(image.getAttribute("alt")).isEqualTo("Cranes at the container port");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> ((Number) ((JavascriptExecutor) driver)
                .executeScript("return arguments[0].naturalWidth", image)).intValue() > 0);

        driver.navigate().back();
        driver.findElement(By.cssSelector("button.danger")).click();
        waitFor(driver, ".notice", "Withdrawn: its address now answers 410 Gone.");
        assertThat(status(publicUrl)).isEqualTo(410);
        browser.open(publicUrl);
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("withdrawn");

        browser.open(url("/admin"));
        driver.findElement(By.cssSelector(".admin-user button")).click();
        waitFor(driver, ".notice", "You have signed out.");
        browser.open(url("/admin/publications"));
        assertThat(driver.getCurrentUrl()).endsWith("/admin/login");
        assertThat(problems).isEmpty();
    }

    /** Waits for the page a click leads to: the element shows the text (or the page shows what went wrong). */
    private static void waitFor(WebDriver driver, String css, String text) {
        Awaitility.await().atMost(Duration.ofSeconds(15)).ignoreExceptions()
                .untilAsserted(() -> assertThat(driver.findElement(By.cssSelector(css)).getText())
                        .as(driver.getCurrentUrl()).isEqualTo(text));
    }

    private static int status(String url) throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.discarding());
        return response.statusCode();
    }

    private static Path jpeg() throws Exception {
        BufferedImage image = new BufferedImage(1400, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(20, 60, 110));
        g.fillRect(0, 0, 1400, 800);
        g.setColor(Color.YELLOW);
        g.fillRect(300, 200, 800, 400);
        g.dispose();
        Path file = Files.createTempFile("port-", ".jpg");
        ImageIO.write(image, "jpeg", file.toFile());
        return file;
    }
}
