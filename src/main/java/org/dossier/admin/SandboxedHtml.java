package org.dossier.admin;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A mail's HTML as its own response, for an {@code <iframe sandbox>} on our pages. The policy is
 * sandboxed too (so even opened directly it runs no script and gets no origin), allows the inline
 * styles mail relies on and nothing that fetches beyond images; only our own pages may frame it.
 * The site-wide {@code X-Frame-Options: DENY} stays on the response: browsers ignore it when the
 * policy has {@code frame-ancestors} (HTML standard, X-Frame-Options processing), which is what lets
 * our own admin page show the frame while every other site is still refused.
 */
final class SandboxedHtml {

    static final String POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data: https:; "
            + "frame-ancestors 'self'; form-action 'none'; base-uri 'none'";

    private SandboxedHtml() {
    }

    static ResponseEntity<String> of(String html) {
        return ResponseEntity.ok().contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Security-Policy", POLICY)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").header("Referrer-Policy", "no-referrer").body(html);
    }
}
