package org.dossier.mail;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.dossier.system.DossierProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way to send mail. Callers decide to send inside their own transaction and call
 * {@link #enqueue}; the rows commit (or roll back) with that decision, and workers deliver them
 * afterwards. Nothing here talks to SMTP.
 */
@Service
public class Outbox {

    private final OutboxRepository repository;
    private final SmtpServer smtp;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String domain;

    Outbox(OutboxRepository repository, SmtpServer smtp, ApplicationEventPublisher events, Clock clock,
           DossierProperties site) {
        this.repository = repository;
        this.smtp = smtp;
        this.events = events;
        this.clock = clock;
        String host = URI.create(site.origin()).getHost();
        this.domain = host == null || host.isBlank() ? "localhost" : host;
    }

    /**
     * Queues one copy of {@code content} per recipient, in the caller's transaction; returns how many.
     * With no SMTP server configured the copies are kept as "captured" instead.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int enqueue(MailContent content, List<Recipient> recipients, String batch) {
        if (recipients.isEmpty()) {
            return 0;
        }
        var now = clock.instant();
        long contentId = repository.insertContent(content, now);
        String status = smtp.configured() ? "queued" : "captured";
        repository.insertRows(contentId, recipients, batch, status, domain, now);
        events.publishEvent(new OutboxFilled(recipients.size()));
        return recipients.size();
    }

    /** Stops queued copies to this address; with {@code forget} also removes the address from sent rows. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int cancelFor(String recipient, boolean forget) {
        return repository.cancelFor(recipient, forget);
    }

    /** How many copies of a batch are in each state: queued, sending, sent, failed, captured, cancelled. */
    public Map<String, Long> progress(String batch) {
        return repository.counts(batch);
    }

    /** True when mail is really sent; false when it is only captured in the outbox. */
    public boolean delivering() {
        return smtp.configured();
    }
}
