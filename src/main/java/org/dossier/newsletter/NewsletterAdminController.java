package org.dossier.newsletter;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON endpoints for editors until the back office has screens; all logic is in {@link Newsletters}.
 * Body of create and update: {@code {"subject", "introMd", "publicationIds": [..], "topicIds": [..]}}.
 */
@RestController
class NewsletterAdminController {

    private final Newsletters newsletters;

    NewsletterAdminController(Newsletters newsletters) {
        this.newsletters = newsletters;
    }

    @GetMapping("/admin/api/newsletters")
    List<Newsletter> list() {
        return newsletters.latest(100);
    }

    @PostMapping("/admin/api/newsletters")
    Map<String, Object> create(@RequestBody NewsletterInput in) {
        return Map.of("id", newsletters.create(in));
    }

    @GetMapping("/admin/api/newsletters/{id}")
    Newsletter get(@PathVariable long id) {
        return newsletters.get(id);
    }

    @PostMapping("/admin/api/newsletters/{id}")
    Newsletter update(@PathVariable long id, @RequestBody NewsletterInput in) {
        newsletters.update(id, in);
        return newsletters.get(id);
    }

    @GetMapping(value = "/admin/api/newsletters/{id}/preview.html", produces = MediaType.TEXT_HTML_VALUE)
    String previewHtml(@PathVariable long id) {
        return newsletters.preview(id).html();
    }

    @GetMapping(value = "/admin/api/newsletters/{id}/preview.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    String previewText(@PathVariable long id) {
        return newsletters.preview(id).text();
    }

    @PostMapping("/admin/api/newsletters/{id}/test")
    Map<String, Object> test(@PathVariable long id, @RequestBody Map<String, String> body) {
        newsletters.testSend(id, body.get("email"));
        return Map.of("queued", 1);
    }

    /** {@code {"at": "2026-12-01T08:00:00Z"}} schedules; an empty body sends now. */
    @PostMapping("/admin/api/newsletters/{id}/send")
    Map<String, Object> send(@PathVariable long id, @RequestBody(required = false) Map<String, String> body) {
        String at = body == null ? null : body.get("at");
        if (at == null || at.isBlank()) {
            return Map.of("recipients", newsletters.sendNow(id), "batch", "newsletter-" + id);
        }
        try {
            newsletters.schedule(id, Instant.parse(at));
        } catch (DateTimeParseException e) {
            throw new InvalidNewsletterException("'at' must be an ISO-8601 instant such as 2026-12-01T08:00:00Z.");
        }
        return Map.of("scheduledFor", at);
    }

    /** Takes a scheduled newsletter off the schedule; it stays as a draft. */
    @PostMapping("/admin/api/newsletters/{id}/unschedule")
    Map<String, Object> unschedule(@PathVariable long id) {
        newsletters.cancelSchedule(id);
        return Map.of("status", "draft");
    }

    @GetMapping("/admin/api/newsletters/{id}/progress")
    Map<String, Long> progress(@PathVariable long id) {
        return newsletters.progress(id);
    }

    @ExceptionHandler(InvalidNewsletterException.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidNewsletterException e) {
        return ResponseEntity.badRequest().body(Map.of("status", 400, "message", e.getMessage()));
    }

}
