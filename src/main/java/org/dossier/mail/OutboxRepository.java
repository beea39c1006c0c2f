package org.dossier.mail;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox tables. Every state change is a conditional update, so two workers can never both own a row.
 * The workers' writes (claims, marks, folds, outcomes) take turns through {@link #writeTurn()} in this
 * process rather than through SQLite's busy handler, whose sleeps (a millisecond and up) would hold
 * up every worker's next mark.
 */
@Repository
class OutboxRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ReentrantLock writeTurn = new ReentrantLock();

    OutboxRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Where {@link MarkCommitter} takes its own connection. */
    DataSource dataSource() {
        return template.getDataSource();
    }

    /** The lock the workers' writes take turns with. */
    Lock writeTurn() {
        return writeTurn;
    }

    private <T> T inTurn(Supplier<T> write) {
        writeTurn.lock();
        try {
            return write.get();
        } finally {
            writeTurn.unlock();
        }
    }

    long insertContent(MailContent content, Instant now) {
        StringBuilder headers = new StringBuilder();
        content.headers().forEach((k, v) -> headers.append(k).append(": ").append(v).append('\n'));
        return jdbc.sql("""
                INSERT INTO mail_contents (kind, subject, html, text, headers, created_at)
                VALUES (:kind, :subject, :html, :text, :headers, :now) RETURNING id""")
                .param("kind", content.kind()).param("subject", content.subject()).param("html", content.html())
                .param("text", content.text()).param("headers", headers.toString()).param("now", now.toEpochMilli())
                .query(Long.class).single();
    }

    Optional<MailContent> content(long id) {
        return jdbc.sql("SELECT kind, subject, html, text, headers FROM mail_contents WHERE id = :id").param("id", id)
                .query((rs, n) -> new MailContent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        parseHeaders(rs.getString(5))))
                .optional();
    }

    /** Adds one row per recipient; a JDBC batch so that 100,000 rows take seconds, not minutes. */
    void insertRows(long contentId, List<Recipient> recipients, String batch, String status, String domain,
                    Instant now) {
        long millis = now.toEpochMilli();
        template.batchUpdate("""
                INSERT INTO mail_outbox (content_id, batch, recipient, personal, message_id, status, next_attempt_at,
                                         created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                recipients, 1000, (ps, r) -> {
                    ps.setLong(1, contentId);
                    ps.setString(2, batch);
                    ps.setString(3, r.email());
                    ps.setString(4, r.token() == null ? "" : r.token());
                    ps.setString(5, "<" + UUID.randomUUID() + "@" + domain + ">");
                    ps.setString(6, status);
                    ps.setLong(7, millis);
                    ps.setLong(8, millis);
                });
    }

    /**
     * Claims up to {@code limit} due rows for one worker: queued rows whose time has come, and rows
     * claimed by a worker that has been silent longer than the lease (it died before the final dot,
     * so the server never accepted them). The status test is repeated outside the sub-select so that
     * PostgreSQL, re-checking a row another worker just claimed, skips it. The two kinds are selected
     * separately so that each is a walk along the (status, next_attempt_at) index that stops after
     * {@code limit} rows; one OR-ed query made SQLite fetch and sort every queued row on each claim,
     * which for a 100,000-recipient send cost more than the sending. For the same reason the outer
     * re-check writes {@code status || ''}: on the bare column SQLite answered the OR from the
     * index too, walking every queued row on each claim, instead of looking up the chosen ids.
     */
    List<OutboxRow> claim(String claim, int limit, Instant now, Instant staleBefore) {
        List<Long> ids = inTurn(() -> jdbc.sql("""
                UPDATE mail_outbox SET status = 'sending', claim = :claim, claimed_at = :now, attempts = attempts + 1
                WHERE id IN (SELECT id FROM (SELECT id FROM mail_outbox
                                             WHERE status = 'queued' AND next_attempt_at <= :now
                                             ORDER BY next_attempt_at LIMIT :limit) due
                             UNION ALL
                             SELECT id FROM (SELECT id FROM mail_outbox
                                             WHERE status = 'sending' AND claimed_at < :stale AND sent_at IS NULL
                                             LIMIT :limit) stale)
                  AND ((status || '' = 'queued' AND next_attempt_at <= :now)
                       OR (status || '' = 'sending' AND claimed_at < :stale AND sent_at IS NULL))
                RETURNING id""")
                .param("claim", claim).param("now", now.toEpochMilli()).param("stale", staleBefore.toEpochMilli())
                .param("limit", limit).query(Long.class).list());
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT id, content_id, recipient, personal, message_id, attempts, claim FROM mail_outbox
                WHERE id IN (:ids) AND claim = :claim ORDER BY id""")
                .param("ids", ids).param("claim", claim)
                .query((rs, n) -> new OutboxRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getString(7)))
                .list();
    }

    /**
     * Turns rows marked sent just before their final dot ({@link MarkCommitter}: still "sending", with
     * {@code sent_at}) into "sent", in one statement for a whole batch. Always correct to run, by any
     * worker at any time: a marked row is sent, and a later refusal after the dot still moves it
     * back to "queued" or "failed".
     */
    int foldMarks() {
        return inTurn(() -> jdbc.sql(
                "UPDATE mail_outbox SET status = 'sent' WHERE status = 'sending' AND sent_at IS NOT NULL").update());
    }

    /** Puts a row back in the queue for a later attempt. */
    void retryLater(long id, String claim, Instant at, String error) {
        inTurn(() -> jdbc.sql("""
                UPDATE mail_outbox SET status = 'queued', next_attempt_at = :at, claim = NULL, claimed_at = NULL,
                       sent_at = NULL, last_error = :error
                WHERE id = :id AND claim = :claim AND status IN ('sending', 'sent')""")
                .param("id", id).param("claim", claim).param("at", at.toEpochMilli()).param("error", cut(error))
                .update());
    }

    void markFailed(long id, String claim, String error) {
        inTurn(() -> jdbc.sql("""
                UPDATE mail_outbox SET status = 'failed', sent_at = NULL, last_error = :error
                WHERE id = :id AND claim = :claim AND status IN ('sending', 'sent')""")
                .param("id", id).param("claim", claim).param("error", cut(error)).update());
    }

    /** Gives back rows a stopping worker claimed but never started. */
    void release(List<Long> ids, String claim) {
        if (!ids.isEmpty()) {
            inTurn(() -> jdbc.sql("""
                    UPDATE mail_outbox SET status = 'queued', claim = NULL, claimed_at = NULL, attempts = attempts - 1
                    WHERE id IN (:ids) AND claim = :claim AND status = 'sending' AND sent_at IS NULL""")
                    .param("ids", ids).param("claim", claim).update());
        }
    }

    /** Stops every unsent copy to this address (it was erased or unsubscribed) and forgets the address on sent ones. */
    int cancelFor(String recipient, boolean forget) {
        int cancelled = jdbc.sql("""
                UPDATE mail_outbox SET status = 'cancelled'
                WHERE recipient = :recipient AND (status = 'queued' OR (status = 'sending' AND sent_at IS NULL))""")
                .param("recipient", recipient).update();
        if (forget) {
            jdbc.sql("UPDATE mail_outbox SET recipient = 'erased', personal = '' WHERE recipient = :recipient")
                    .param("recipient", recipient).update();
        }
        return cancelled;
    }

    /** Number of rows in each status for one batch (or all rows when batch is null). */
    Map<String, Long> counts(String batch) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String status : List.of("queued", "sending", "sent", "failed", "captured", "cancelled")) {
            counts.put(status, 0L);
        }
        String where = batch == null ? "" : " WHERE batch = :batch";
        var spec = jdbc.sql("SELECT status, COUNT(*) FROM mail_outbox" + where + " GROUP BY status");
        if (batch != null) {
            spec = spec.param("batch", batch);
        }
        spec.query(rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }

    long countDue() {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE status IN ('queued', 'sending')").query(Long.class)
                .single();
    }

    /** The newest rows, for the captured-mail view. */
    List<OutboxEntry> latest(String status, String recipient, int limit) {
        return jdbc.sql("""
                SELECT o.id, o.content_id, o.batch, o.recipient, o.personal, o.message_id, o.status, o.attempts,
                       o.last_error, o.created_at, o.sent_at
                FROM mail_outbox o
                WHERE (:status = '' OR o.status = :status) AND (:recipient = '' OR o.recipient = :recipient)
                ORDER BY o.id DESC LIMIT :limit""")
                .param("status", status).param("recipient", recipient).param("limit", limit)
                .query((rs, n) -> new OutboxEntry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getString(9),
                        rs.getLong(10), nullableLong(rs, 11)))
                .list();
    }

    private static Long nullableLong(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static Map<String, String> parseHeaders(String lines) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : lines.split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                headers.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        return headers;
    }

    private static String cut(String error) {
        String text = error == null ? "" : error;
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
