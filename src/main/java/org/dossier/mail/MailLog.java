package org.dossier.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox as the team reads it in the back office: every mail with its state, one mail as its
 * recipient gets it, and a retry for a mail that failed. Captured mail (no SMTP server) is part of it.
 */
@Service
public class MailLog {

    /** The states a row can be in, for filters. */
    public static final List<String> STATES = List.of("queued", "sending", "sent", "failed", "captured", "cancelled");

    private final OutboxQueries queries;
    private final ContentCache contents;
    private final SmtpServer smtp;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MailLog(OutboxQueries queries, ContentCache contents, SmtpServer smtp, ApplicationEventPublisher events,
            Clock clock) {
        this.queries = queries;
        this.contents = contents;
        this.smtp = smtp;
        this.events = events;
        this.clock = clock;
    }

    /** Which rows to show; empty strings match everything. */
    public record Filter(String status, String recipient, String batch) {

        public Filter {
            status = status == null || !Set.copyOf(STATES).contains(status) ? "" : status;
            recipient = recipient == null ? "" : recipient.strip().toLowerCase(Locale.ROOT);
            batch = batch == null ? "" : batch.strip();
        }
    }

    /** One outbox row with its mail's subject and kind. */
    public record Row(long id, long contentId, String batch, String recipient, String personal, String messageId,
                      String status, int attempts, String lastError, Instant createdAt, Instant sentAt,
                      String subject, String kind) {

        public boolean failed() {
            return status.equals("failed");
        }
    }

    /** A row with the mail as its recipient gets it (their personal links filled in). */
    public record Mail(Row row, MailContent content) {
    }

    public List<Row> page(Filter filter, int limit, int offset) {
        return queries.page(filter, limit, offset);
    }

    public long count(Filter filter) {
        return queries.count(filter);
    }

    public Optional<Mail> mail(long id) {
        return queries.byId(id).map(r -> new Mail(r, contents.get(r.contentId()).personalFor(r.personal())));
    }

    /** Queues a failed mail again and wakes the workers; false if the row is not (or no longer) failed. */
    @Transactional
    public boolean retry(long id) {
        boolean retried = queries.retry(id, smtp.configured() ? "queued" : "captured", clock.instant());
        if (retried) {
            events.publishEvent(new OutboxFilled(1));
        }
        return retried;
    }

    /** True when mail is really sent; false when it is only captured. */
    public boolean delivering() {
        return smtp.configured();
    }
}
