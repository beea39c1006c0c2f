package org.dossier.mail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The connection a worker marks rows "sent" on during one batch ({@link SentMarker}). The mark is committed between the
 * message body and SMTP's final dot, so that commit must return at once: on SQLite the commit that
 * fills the write-ahead log past its limit also copies it back into the database file (an
 * automatic checkpoint, with an fsync) before returning, which can take tens of milliseconds and
 * would widen the window in which a crash loses a mail. This connection therefore never
 * checkpoints; the site's other connections, and the claim of the next batch, keep doing it.
 */
final class SentMarks implements AutoCloseable {

    private static final int SQLITE_DEFAULT_AUTOCHECKPOINT = 1000;

    private final Connection connection;
    private final boolean sqlite;
    private PreparedStatement update;

    SentMarks(DataSource dataSource) {
        try {
            this.connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            this.sqlite = "SQLite".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
            if (sqlite) {
                pragma("PRAGMA wal_autocheckpoint=0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open a connection for marking mail sent", e);
        }
    }

    /**
     * Marks one claimed row sent: a single auto-committed update on a statement prepared once per
     * batch. It sets only {@code sent_at}, which no index holds, so the commit writes the row's one
     * page; changing {@code status} as well moved entries in two indexes and wrote about seven
     * pages (29 KB of write-ahead log) per mail. A "sending" row with {@code sent_at} set counts as
     * sent; {@link OutboxRepository#foldMarks()} turns such rows into "sent" a batch at a time.
     * False if the row was no longer ours.
     */
    boolean mark(long id, String claim, Instant now) {
        try {
            if (update == null) {
                update = connection.prepareStatement(
                        """
                        UPDATE mail_outbox SET sent_at = ?
                        WHERE id = ? AND claim = ? AND status = 'sending' AND sent_at IS NULL""");
            }
            update.setLong(1, now.toEpochMilli());
            update.setLong(2, id);
            update.setString(3, claim);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Marking mail sent failed", e);
        }
    }

    @Override
    public void close() {
        try (connection) {
            if (update != null) {
                update.close();
            }
            if (sqlite) {
                pragma("PRAGMA wal_autocheckpoint=" + SQLITE_DEFAULT_AUTOCHECKPOINT);
            }
        } catch (SQLException e) {
            // the pool validates the connection before lending it again
        }
    }

    private void pragma(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}
