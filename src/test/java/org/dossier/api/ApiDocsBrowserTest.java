package org.dossier.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.dossier.testing.Browser;
import org.dossier.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The browsable API documentation works in a real browser under the site's content security policy. */
@BrowserTest
class ApiDocsBrowserTest {

    @LocalServerPort int port;

    @Test
    void swaggerUiListsTheApiOperations() {
        try (Browser browser = Browser.start()) {
            browser.open("http://localhost:" + port + "/api/docs");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions
                    .presenceOfElementLocated(By.cssSelector(".opblock-summary-path")));
            String paths = browser.driver().findElement(By.cssSelector(".swagger-ui")).getText();
            assertThat(paths).contains("/api/v1/publications", "/api/v1/publications/{id}", "/api/v1/experts");
        }
    }
}
