package org.dossier.webhooks;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /admin/api/webhooks} (admins and editors only, by the security configuration): register a URL,
 * list them, remove one. The secret is shown once, when the webhook is created.
 */
@RestController
class WebhookAdminController {

    private final WebhookRepository repository;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    WebhookAdminController(WebhookRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    record Registration(String url) {
    }

    record Listed(long id, String url, long createdAt, List<String> deliveries) {
    }

    @GetMapping("/admin/api/webhooks")
    List<Listed> list() {
        return repository.all().stream()
                .map(w -> new Listed(w.id(), w.url(), w.createdAt(), repository.statuses(w.id()))).toList();
    }

    @PostMapping("/admin/api/webhooks")
    ResponseEntity<Map<String, Object>> register(@RequestBody(required = false) Registration registration) {
        String problem = problem(registration == null ? null : registration.url());
        if (problem != null) {
            return ResponseEntity.badRequest().body(Map.of("status", 400, "error", "Bad request", "message", problem));
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = HexFormat.of().formatHex(bytes);
        long id = repository.create(registration.url().strip(), secret, clock.millis());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Map.of("id", id, "url", registration.url().strip(), "secret", secret));
    }

    @DeleteMapping("/admin/api/webhooks/{id}")
    ResponseEntity<Void> remove(@PathVariable long id) {
        return repository.delete(id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    private static String problem(String url) {
        if (url == null || url.isBlank()) {
            return "Send a JSON object with the 'url' to notify.";
        }
        try {
            URI uri = URI.create(url.strip());
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                return "The url must be an absolute http or https address.";
            }
        } catch (IllegalArgumentException e) {
            return "The url is not a valid address.";
        }
        return url.length() > 2000 ? "The url is longer than 2000 characters." : null;
    }
}
