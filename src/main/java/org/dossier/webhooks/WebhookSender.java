package org.dossier.webhooks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due deliveries from the outbox. Each POST is signed: {@code X-Dossier-Signature: sha256=HEX} is the
 * HMAC-SHA256, keyed with the webhook's secret, of {@code TIMESTAMP + "." + BODY}, where TIMESTAMP is the
 * {@code X-Dossier-Timestamp} header (epoch seconds), so receivers can reject replays. Any 2xx counts as
 * delivered; anything else is retried with doubling pauses up to the attempt limit.
 */
@Component
class WebhookSender {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    private static final int BATCH = 50;

    private final WebhookRepository repository;
    private final WebhookProperties settings;
    private final Clock clock;
    private final HttpClient http;

    WebhookSender(WebhookRepository repository, WebhookProperties settings, Clock clock) {
        this.repository = repository;
        this.settings = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(settings.timeoutMillis()))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(fixedDelayString = "${dossier.webhooks.poll-millis:5000}")
    void sendDue() {
        for (WebhookRepository.Delivery d : repository.due(clock.millis(), BATCH)) {
            send(d);
        }
    }

    private void send(WebhookRepository.Delivery d) {
        long timestamp = clock.millis() / 1000;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(d.url()))
                    .timeout(Duration.ofMillis(settings.timeoutMillis()))
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Dossier-Webhooks/1")
                    .header("X-Dossier-Event", d.event())
                    .header("X-Dossier-Delivery", String.valueOf(d.id()))
                    .header("X-Dossier-Timestamp", String.valueOf(timestamp))
                    .header("X-Dossier-Signature", "sha256=" + sign(d.secret(), timestamp + "." + d.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(d.payload(), StandardCharsets.UTF_8)).build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                repository.delivered(d.id(), response.statusCode(), clock.millis());
            } else {
                retry(d, response.statusCode(), "HTTP " + response.statusCode());
            }
        } catch (java.io.IOException | IllegalArgumentException e) {
            retry(d, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void retry(WebhookRepository.Delivery d, Integer code, String error) {
        int attempt = d.attempts() + 1;
        boolean giveUp = attempt >= settings.maxAttempts();
        long pause = settings.retryBaseMillis() << Math.min(attempt - 1, 20);
        repository.failedAttempt(d.id(), code, error, clock.millis() + pause, giveUp);
        if (giveUp) {
            log.warn("Webhook delivery {} to {} failed after {} attempts: {}", d.id(), d.url(), attempt, error);
        }
    }

    /** Hex HMAC-SHA256 of {@code message} keyed with {@code secret}. */
    static String sign(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
