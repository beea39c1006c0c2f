package org.dossier.mail;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The outbox for the team, as JSON until the back office has screens: the latest mails (with their
 * bodies, as the recipient reads them) and the counts by state. With no SMTP server configured this
 * is where a newcomer finds the confirmation mail.
 */
@RestController
class MailAdminController {

    private static final int MAX = 200;
    private final OutboxRepository repository;
    private final ContentCache contents;
    private final Outbox outbox;

    MailAdminController(OutboxRepository repository, ContentCache contents, Outbox outbox) {
        this.repository = repository;
        this.contents = contents;
        this.outbox = outbox;
    }

    @GetMapping(value = "/admin/mail", produces = "application/json")
    Map<String, Object> latest(@RequestParam(defaultValue = "") String status,
                               @RequestParam(defaultValue = "") String recipient,
                               @RequestParam(defaultValue = "20") int limit) {
        List<Map<String, Object>> mails = repository.latest(status, recipient.trim().toLowerCase(java.util.Locale.ROOT),
                        Math.max(1, Math.min(MAX, limit))).stream()
                .map(this::view).toList();
        return Map.of("delivering", outbox.delivering(), "counts", repository.counts(null), "mails", mails);
    }

    @GetMapping(value = "/admin/api/mail/progress", produces = "application/json")
    Map<String, Long> progress(@RequestParam String batch) {
        return outbox.progress(batch);
    }

    private Map<String, Object> view(OutboxEntry entry) {
        MailContent content = contents.get(entry.contentId()).personalFor(entry.personal());
        Map<String, Object> view = new java.util.LinkedHashMap<>();
        view.put("id", entry.id());
        view.put("status", entry.status());
        view.put("to", entry.recipient());
        view.put("subject", content.subject());
        view.put("kind", content.kind());
        view.put("batch", entry.batch());
        view.put("messageId", entry.messageId());
        view.put("attempts", entry.attempts());
        view.put("lastError", entry.lastError());
        view.put("createdAt", entry.createdAt());
        view.put("sentAt", entry.sentAt());
        view.put("headers", content.headers());
        view.put("text", content.text());
        view.put("html", content.html());
        return view;
    }
}
