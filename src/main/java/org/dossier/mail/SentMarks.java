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
     * batch, so the mark costs one call into the database and nothing else. False if the row was no
     * longer ours.
     */
    boolean mark(long id, String claim, Instant now) {
        try {
            if (update == null) {
                update = connection.prepareStatement(
                        "UPDATE mail_outbox SET status = 'sent', sent_at = ? WHERE id = ? AND claim = ? AND status = 'sending'");
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
