package org.dossier.mail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
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

    SentMarks(DataSource dataSource) {
        try {
            this.connection = dataSource.getConnection();
            this.sqlite = "SQLite".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
            if (sqlite) {
                pragma("PRAGMA wal_autocheckpoint=0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open a connection for marking mail sent", e);
        }
    }

    /** Marks claimed rows sent in one transaction; element i says whether row i was still ours. */
    boolean[] markAll(List<Long> ids, List<String> claims, Instant now) {
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement ps = connection.prepareStatement(
                    "UPDATE mail_outbox SET status = 'sent', sent_at = ? WHERE id = ? AND claim = ? AND status = 'sending'")) {
                for (int i = 0; i < ids.size(); i++) {
                    ps.setLong(1, now.toEpochMilli());
                    ps.setLong(2, ids.get(i));
                    ps.setString(3, claims.get(i));
                    ps.addBatch();
                }
                int[] counts = ps.executeBatch();
                connection.commit();
                boolean[] done = new boolean[counts.length];
                for (int i = 0; i < counts.length; i++) {
                    done[i] = counts[i] == 1;
                }
                return done;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Marking mail sent failed", e);
        }
    }

    @Override
    public void close() {
        try (connection) {
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
