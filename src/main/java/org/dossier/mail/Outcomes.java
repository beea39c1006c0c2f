package org.dossier.mail;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/** Records what became of a row that was not simply sent: retried later with back-off, or failed for good. */
final class Outcomes {

    private static final Logger log = LoggerFactory.getLogger(Outcomes.class);

    private final OutboxRepository repository;
    private final MailSettings settings;
    private final MailMetrics metrics;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Outcomes(OutboxRepository repository, MailSettings settings, MailMetrics metrics, ApplicationEventPublisher events,
             Clock clock) {
        this.repository = repository;
        this.settings = settings;
        this.metrics = metrics;
        this.events = events;
        this.clock = clock;
    }

    void sent() {
        metrics.sent();
    }

    /** The server refused the row with {@code code} (its reply line is {@code reply}): 5xx fails it, 4xx retries it. */
    void refused(OutboxRow row, int code, String reply) {
        String error = reply.startsWith(String.valueOf(code)) ? reply : code + " " + reply;
        if (code >= 500 || row.attempts() >= settings.maxAttempts()) {
            failed(row, code, error);
        } else {
            retryLater(row, error);
        }
    }

    /** The row did not reach the server (connection trouble, nothing marked): retried, unless it had its last attempt. */
    void retry(OutboxRow row, int code, String error) {
        String text = String.valueOf(error);
        if (row.attempts() >= settings.maxAttempts()) {
            failed(row, code, text);
        } else {
            retryLater(row, text);
        }
    }

    /** Gives back rows a stopping worker claimed but never began. */
    void release(List<OutboxRow> rows) {
        if (!rows.isEmpty()) {
            repository.release(rows.stream().map(OutboxRow::id).toList(), rows.get(0).claim());
        }
    }

    private void failed(OutboxRow row, int code, String error) {
        repository.markFailed(row.id(), row.claim(), error);
        metrics.failed();
        events.publishEvent(new MailBounced(row.recipient(), code >= 500, false, error));
        log.warn("Outbox row {} to {} failed permanently: {}", row.id(), row.recipient(), error);
    }

    private void retryLater(OutboxRow row, String error) {
        repository.retryLater(row.id(), row.claim(), clock.instant().plus(settings.backoff(row.attempts())), error);
        metrics.retried();
        log.info("Outbox row {} will be retried: {}", row.id(), error);
    }
}
