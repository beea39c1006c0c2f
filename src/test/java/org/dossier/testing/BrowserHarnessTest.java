package org.dossier.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The accessibility check must be able to fail, or a green browser test would mean nothing. */
class BrowserHarnessTest {

    @Test
    void axeReportsAnImageWithoutAlternativeText() {
        try (Browser browser = Browser.start()) {
            browser.open("data:text/html,<!DOCTYPE html><html lang=en><title>t</title><main><img src='x.png'></main>");
            assertThat(browser.seriousAccessibilityViolations()).anyMatch(v -> v.startsWith("image-alt"));
        }
    }
}
