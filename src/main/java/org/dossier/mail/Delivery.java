package org.dossier.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Clock;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Delivers claimed rows over one SMTP connection (one per worker), and records each outcome:
 * sent (committed just before the final dot), retry later (4xx, connection trouble), failed (5xx or
 * too many attempts).
 */
final class Delivery implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Delivery.class);

    private final SmtpServer server;
    private final OutboxRepository repository;
    private final ContentCache contents;
    private final MessageFactory messages;
    private final MailSettings settings;
    private final MailMetrics metrics;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private CommitBeforeDotTransport transport;

    Delivery(SmtpServer server, OutboxRepository repository, ContentCache contents, MessageFactory messages,
             MailSettings settings, MailMetrics metrics, ApplicationEventPublisher events, Clock clock) {
        this.server = server;
        this.repository = repository;
        this.contents = contents;
        this.messages = messages;
        this.settings = settings;
        this.metrics = metrics;
        this.events = events;
        this.clock = clock;
    }

    void deliver(OutboxRow row, SentMarker marker, SentMarks marks) {
        boolean reused = transport != null;
        boolean[] committed = {false};
        try {
            attempt(row, marker, marks, committed);
        } catch (MessagingException | RuntimeException first) {
            disconnect();
            Exception e = first;
            if (reused && !committed[0] && staleConnection(e)) {
                // A kept-open connection the server had already dropped (idle timeout, 421): the row
                // was certainly not accepted, so it goes out at once on a new connection.
                try {
                    attempt(row, marker, marks, committed);
                    return;
                } catch (MessagingException | RuntimeException again) {
                    disconnect();
                    e = again;
                }
            }
            failed(row, e, committed[0]);
        }
    }

    private void attempt(OutboxRow row, SentMarker marker, SentMarks marks, boolean[] committed)
            throws MessagingException {
        MailContent content = contents.get(row.contentId());
        MimeMessage message = messages.build(server.session(), content, row);
        Address[] to = {new InternetAddress(row.recipient(), false)};
        connection().send(message, to, () -> {
            if (!marker.mark(marks, row)) {
                throw new ClaimLost();
            }
            committed[0] = true;
        });
        metrics.sent();
    }

    private static boolean staleConnection(Exception e) {
        int code = replyCode(e);
        return !causedBy(e, ClaimLost.class) && (code == 0 || code == 421);
    }

    private void failed(OutboxRow row, Exception e, boolean committed) {
        if (causedBy(e, ClaimLost.class)) {
            log.info("Outbox row {} was taken over or cancelled before its final dot; not sent here", row.id());
            return;
        }
        int code = replyCode(e);
        if (committed && code == 0) {
            // The dot may have reached the server; sending again could duplicate. Keep "sent".
            log.warn("Outbox row {}: connection lost after the final dot; the server's answer is unknown", row.id());
            return;
        }
        String error = code == 0 ? String.valueOf(e.getMessage()) : code + " " + e.getMessage();
        if (code >= 500 || row.attempts() >= settings.maxAttempts()) {
            repository.markFailed(row.id(), row.claim(), error);
            metrics.failed();
            events.publishEvent(new MailBounced(row.recipient(), code >= 500, false, error));
            log.warn("Outbox row {} to {} failed permanently: {}", row.id(), row.recipient(), error);
        } else {
            repository.retryLater(row.id(), row.claim(), clock.instant().plus(settings.backoff(row.attempts())),
                    error);
            metrics.retried();
            log.info("Outbox row {} will be retried: {}", row.id(), error);
        }
    }

    /**
     * The worker's open connection, or a new one. An open connection is trusted without the NOOP
     * that Jakarta Mail's {@code isConnected()} sends: that was one more round trip per mail, and a
     * dropped connection is noticed by the send itself and retried once on a new one.
     */
    private CommitBeforeDotTransport connection() throws MessagingException {
        if (transport == null) {
            CommitBeforeDotTransport fresh = server.transport();
            server.connect(fresh);
            transport = fresh;
        }
        return transport;
    }

    /** Closes the connection when the worker goes idle, so no server holds it open for nothing. */
    void disconnect() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // already broken; a new connection is opened for the next mail
            }
            transport = null;
        }
    }

    @Override
    public void close() {
        disconnect();
    }

    private static int replyCode(Throwable e) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof SMTPAddressFailedException failed) {
                return failed.getReturnCode();
            }
            if (t instanceof SMTPSendFailedException failed && failed.getReturnCode() > 0) {
                return failed.getReturnCode();
            }
        }
        return 0;
    }

    private static boolean causedBy(Throwable e, Class<?> type) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t) {
            return m.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    /** The row's claim was lost between claiming and the dot (another worker took it over, or it was cancelled). */
    static final class ClaimLost extends IOException {
        ClaimLost() {
            super("claim lost", null);
        }
    }
}
