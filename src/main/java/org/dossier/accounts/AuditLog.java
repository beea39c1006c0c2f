package org.dossier.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who changed what and when: publish, withdraw, delete, role changes, sends, sign-ins. Written in
 * the caller's transaction so an entry exists exactly when the change does.
 */
@Repository
public class AuditLog {

    /** One line of the log. */
    public record Entry(long id, Instant at, String actor, String action, String subject, String detail) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Appends an entry; {@code actor} is the user's email (or "system"/"cli"). */
    public void record(String actor, String action, String subject, String detail) {
        jdbc.sql("INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (:at, :actor, :action, :subject, :detail)")
                .param("at", clock.millis()).param("actor", actor).param("action", action)
                .param("subject", subject == null ? "" : subject).param("detail", detail == null ? "" : detail)
                .update();
    }

    /** The newest entries first, optionally only those whose action starts with {@code action}. */
    public List<Entry> recent(String action, int limit, int offset) {
        String where = action == null || action.isBlank() ? "" : " WHERE action LIKE :action";
        var spec = jdbc.sql("SELECT id, at, actor, action, subject, detail FROM audit_log" + where
                        + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .param("limit", limit).param("offset", offset);
        if (!where.isEmpty()) {
            spec = spec.param("action", action.strip() + "%");
        }
        return spec.query((rs, n) -> new Entry(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6))).list();
    }
}
