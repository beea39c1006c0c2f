package org.dossier.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read-side queries of the outbox for the team's viewer, and the one write it allows: retrying a failed row. */
@Repository
class OutboxQueries {

    private static final String COLUMNS = """
            SELECT o.id, o.content_id, o.batch, o.recipient, o.personal, o.message_id, o.status, o.attempts,
                   o.last_error, o.created_at, o.sent_at, c.subject, c.kind
            FROM mail_outbox o JOIN mail_contents c ON c.id = o.content_id""";
    private static final String WHERE = " " + """
             WHERE (:status = '' OR o.status = :status) AND (:recipient = '' OR o.recipient LIKE :like)
               AND (:batch = '' OR o.batch = :batch)""";

    private final JdbcClient jdbc;

    OutboxQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<MailLog.Row> page(MailLog.Filter filter, int limit, int offset) {
        return params(jdbc.sql(COLUMNS + WHERE + " ORDER BY o.id DESC LIMIT :limit OFFSET :offset"), filter)
                .param("limit", limit).param("offset", offset).query(this::row).list();
    }

    long count(MailLog.Filter filter) {
        return params(jdbc.sql("SELECT COUNT(*) FROM mail_outbox o" + WHERE), filter).query(Long.class).single();
    }

    Optional<MailLog.Row> byId(long id) {
        return jdbc.sql(COLUMNS + " WHERE o.id = :id").param("id", id).query(this::row).optional();
    }

    /** Puts a failed row back in the queue (or among the captured mail when nothing is sent); false if it was not failed. */
    boolean retry(long id, String status, Instant now) {
        return jdbc.sql("""
                UPDATE mail_outbox SET status = :status, next_attempt_at = :now, claim = NULL, claimed_at = NULL
                WHERE id = :id AND status = 'failed'""")
                .param("id", id).param("status", status).param("now", now.toEpochMilli()).update() == 1;
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, MailLog.Filter f) {
        return spec.param("status", f.status()).param("recipient", f.recipient())
                .param("like", "%" + f.recipient() + "%").param("batch", f.batch());
    }

    private MailLog.Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long sent = rs.getLong("sent_at");
        Instant sentAt = rs.wasNull() ? null : Instant.ofEpochMilli(sent);
        return new MailLog.Row(rs.getLong("id"), rs.getLong("content_id"), rs.getString("batch"),
                rs.getString("recipient"), rs.getString("personal"), rs.getString("message_id"), rs.getString("status"),
                rs.getInt("attempts"), rs.getString("last_error"), Instant.ofEpochMilli(rs.getLong("created_at")),
                sentAt, rs.getString("subject"), rs.getString("kind"));
    }
}
