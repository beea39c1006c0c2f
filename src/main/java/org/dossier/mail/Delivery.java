package org.dossier.mail;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Delivers claimed rows over one SMTP connection (one per worker). With PIPELINING each mail costs
 * one round trip: its content goes out, {@link MarkCommitter} commits its mark and writes the final
 * dot together with the next mail's MAIL, RCPT and DATA, and the replies to all four are read
 * together. Outcomes: sent; retry later (4xx, connection trouble); failed (5xx or too many attempts).
 */
final class Delivery implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Delivery.class);
    private static final byte[] DOT = ".\r\n".getBytes(StandardCharsets.US_ASCII);

    private final SmtpServer server;
    private final ContentCache contents;
    private final MessageFactory messages;
    private final Outcomes outcomes;
    private final Clock clock;
    private final Wire wire = new Wire(16 * 1024);
    private SmtpConnection connection;

    Delivery(SmtpServer server, OutboxRepository repository, ContentCache contents, MessageFactory messages,
             MailSettings settings, MailMetrics metrics, ApplicationEventPublisher events, Clock clock) {
        this.server = server;
        this.contents = contents;
        this.messages = messages;
        this.outcomes = new Outcomes(repository, settings, metrics, events, clock);
        this.clock = clock;
    }

    /** Delivers one claimed batch; rows not begun when {@code running} turns false are given back. */
    void deliver(List<OutboxRow> rows, MarkCommitter committer, RateLimit rate, BooleanSupplier running) {
        ArrayDeque<Copy> todo = new ArrayDeque<>(rows.size());
        rows.forEach(r -> todo.add(new Copy(r)));
        Copy open = null;
        while (open != null || !todo.isEmpty()) {
            if (open == null) {
                if (!running.getAsBoolean()) {
                    outcomes.release(todo.stream().map(c -> c.row).toList());
                    return;
                }
                rate.acquire();
                open = begin(todo.poll(), todo);
            } else {
                open = transfer(open, todo, committer, rate, running);
            }
        }
    }

    /** Renders the copy and opens its transaction (with PIPELINING, MAIL/RCPT/DATA go out now); null if it failed. */
    private Copy begin(Copy copy, ArrayDeque<Copy> todo) {
        if (!render(copy)) {
            return null;
        }
        try {
            SmtpConnection c = connection();
            copy.reused = c.begin() > 0;
            if (c.pipelining()) {
                c.send(c.envelope(messages.fromAddress(), copy.row.recipient()));
            }
            return copy;
        } catch (MessagingException | IOException e) {
            broken(copy, e.getMessage(), todo);
            return null;
        }
    }

    /**
     * Reads the replies to {@code copy}'s MAIL/RCPT/DATA, sends its content, has its mark committed
     * and its dot sent (with the next copy's commands), and reads the dot's reply. Returns the next
     * copy, whose commands are then on their way, or null.
     */
    private Copy transfer(Copy copy, ArrayDeque<Copy> todo, MarkCommitter committer, RateLimit rate,
                          BooleanSupplier running) {
        SmtpConnection c = connection;
        try {
            int code = c.envelopeReplies(messages.fromAddress(), copy.row.recipient());
            if (code != 354) {
                abort();
                if (code == -1) {
                    broken(copy, c.lastReply(), todo);
                } else if (code == 421 && copy.reused && !copy.retried) {
                    retryAtOnce(copy, todo); // the server is closing a kept-open connection: not this mail's fault
                } else {
                    outcomes.refused(copy.row, code, c.lastReply());
                }
                return null;
            }
            c.sendContent(wire);
        } catch (IOException e) {
            abort();
            broken(copy, e.getMessage(), todo);
            return null;
        }
        Copy next = null;
        byte[] tail = DOT;
        if (c.pipelining() && !todo.isEmpty() && running.getAsBoolean()) {
            Copy candidate = todo.poll();
            if (render(candidate)) { // the content just sent is no longer needed in the buffer
                rate.acquire();
                candidate.reused = c.begin() > 0;
                next = candidate;
                tail = c.envelope(".", messages.fromAddress(), candidate.row.recipient());
            }
        }
        MarkCommitter.Mark mark = committer.submit(copy.row, c, tail);
        MarkCommitter.Outcome outcome = committer.await(mark);
        if (outcome != MarkCommitter.Outcome.MARKED) {
            abort(); // no dot: the server discards the message
            if (outcome == MarkCommitter.Outcome.LOST) {
                log.info("Outbox row {} was taken over or cancelled before its final dot; not sent here", copy.row.id());
            } else {
                outcomes.retry(copy.row, 0, "Marking the mail sent failed; not sending it: " + mark.error().getMessage());
            }
            return putBack(next, todo);
        }
        int dot;
        try {
            dot = mark.error() == null ? c.reply() : -1;
        } catch (IOException e) {
            dot = -1;
        }
        if (dot == -1) {
            // The dot may have reached the server; sending again could duplicate. Keep "sent".
            log.warn("Outbox row {}: connection lost after the final dot; the server's answer is unknown", copy.row.id());
            abort();
            return putBack(next, todo);
        }
        if (dot / 100 == 2) {
            outcomes.sent();
        } else {
            outcomes.refused(copy.row, dot, c.lastReply());
        }
        return next;
    }

    /** Writes the copy into the buffer; false (and the row's outcome recorded) if it cannot be built. */
    private boolean render(Copy copy) {
        try {
            messages.write(wire, contents.get(copy.row.contentId()), copy.row, clock.instant());
            return true;
        } catch (RuntimeException e) {
            outcomes.retry(copy.row, 0, "Cannot build the mail for outbox row " + copy.row.id() + ": " + e.getMessage());
            return false;
        }
    }

    /** A connection problem before the dot: the server discarded the mail. A kept-open connection gets one more try at once. */
    private void broken(Copy copy, String error, ArrayDeque<Copy> todo) {
        abort();
        if (copy.reused && !copy.retried) {
            retryAtOnce(copy, todo);
        } else {
            outcomes.retry(copy.row, 0, error);
        }
    }

    private static void retryAtOnce(Copy copy, ArrayDeque<Copy> todo) {
        copy.retried = true;
        todo.addFirst(copy);
    }

    /** A copy whose commands went out on a connection now closed: it was never begun, so it simply goes first. */
    private static Copy putBack(Copy next, ArrayDeque<Copy> todo) {
        if (next != null) {
            todo.addFirst(next);
        }
        return null;
    }

    /**
     * The worker's open connection, or a new one. An open connection is trusted without a NOOP
     * (one more round trip per mail); a dropped one is noticed by the send and retried once.
     */
    private SmtpConnection connection() throws MessagingException {
        if (connection == null) {
            connection = SmtpConnection.open(server);
        }
        return connection;
    }

    private void abort() {
        if (connection != null) {
            connection.abort();
            connection = null;
        }
    }

    /** Drops the connection without a goodbye: after an unexpected error its state is unknown. */
    void reset() {
        abort();
    }

    /** Closes the connection when the worker goes idle, so no server holds it open for nothing. */
    void disconnect() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }

    @Override
    public void close() {
        disconnect();
    }
}
