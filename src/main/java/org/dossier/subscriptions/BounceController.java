package org.dossier.subscriptions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bounce and complaint notifications from a mail provider or a bounce-processing script:
 * {@code POST /api/mail/bounces} with {@code Authorization: Bearer <dossier.subscriptions.bounce-token>}
 * and a JSON body {@code {"email": "a@b.org", "type": "hard" | "soft" | "complaint", "reason": "…"}}.
 * Answers {@code {"email": …, "status": "suppressed" | "confirmed" | … | "unknown"}}.
 */
@RestController
class BounceController {

    private final Bounces bounces;
    private final SubscriptionSettings settings;

    BounceController(Bounces bounces, SubscriptionSettings settings) {
        this.bounces = bounces;
        this.settings = settings;
    }

    @PostMapping(value = "/api/mail/bounces", produces = "application/json")
    ResponseEntity<Map<String, Object>> bounce(@RequestHeader(value = "Authorization", required = false) String auth,
                                               @RequestBody(required = false) Map<String, Object> body) {
        if (settings.bounceToken().isBlank()) {
            return error(HttpStatus.NOT_FOUND, "The bounce endpoint is off: set dossier.subscriptions.bounce-token.");
        }
        String expected = "Bearer " + settings.bounceToken();
        if (auth == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                auth.getBytes(StandardCharsets.UTF_8))) {
            return error(HttpStatus.UNAUTHORIZED, "A valid bearer token is required.");
        }
        if (body == null || !(body.get("email") instanceof String email)) {
            return error(HttpStatus.BAD_REQUEST, "The body needs a string field 'email'.");
        }
        Bounces.Kind kind = kind(body.get("type"));
        if (kind == null) {
            return error(HttpStatus.BAD_REQUEST, "The field 'type' must be hard, soft or complaint.");
        }
        Object reason = body.get("reason");
        try {
            String status = bounces.record(email, kind, reason instanceof String r ? r : "");
            return ResponseEntity.ok(Map.of("email", email, "status", status));
        } catch (InvalidInputException e) {
            return error(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    private static Bounces.Kind kind(Object type) {
        if (!(type instanceof String t)) {
            return null;
        }
        for (Bounces.Kind k : Bounces.Kind.values()) {
            if (k.name().equalsIgnoreCase(t.strip())) {
                return k;
            }
        }
        return null;
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("status", status.value(), "message", message));
    }
}
