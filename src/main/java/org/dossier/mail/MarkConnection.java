package org.dossier.mail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The connection {@link MarkCommitter} commits "sent" marks on. Its commits must return at once:
 * on SQLite the commit that fills the write-ahead log past its limit also copies it back into the
 * database file (an automatic checkpoint, with an fsync), so this connection never checkpoints; the
 * claims on the pool's other connections keep doing it. The mark sets only {@code sent_at}, which
 * no index holds, so a commit writes the rows' pages and nothing else.
 */
final class MarkConnection implements AutoCloseable {

    private static final int SQLITE_DEFAULT_AUTOCHECKPOINT = 1000;

    private final Connection connection;
    private final boolean sqlite;
    private final PreparedStatement update;

    MarkConnection(DataSource dataSource) throws SQLException {
        this.connection = dataSource.getConnection();
        this.sqlite = "SQLite".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        if (sqlite) {
            execute("PRAGMA wal_autocheckpoint=0");
        } else {
            connection.setAutoCommit(false);
        }
        this.update = connection.prepareStatement("""
                UPDATE mail_outbox SET sent_at = ?
                WHERE id = ? AND claim = ? AND status = 'sending' AND sent_at IS NULL""");
    }

    /**
     * On SQLite the transaction is begun and ended by statements: with auto-commit off the driver
     * would begin the next transaction (IMMEDIATE, as the pool is set up) right after each commit,
     * and so hold the write lock while the committer waits for marks.
     */
    void begin() throws SQLException {
        if (sqlite) {
            execute("BEGIN IMMEDIATE");
        }
    }

    /** Marks one claimed row sent (in the open transaction); false if the row is no longer ours. */
    boolean mark(OutboxRow row, long now) throws SQLException {
        update.setLong(1, now);
        update.setLong(2, row.id());
        update.setString(3, row.claim());
        return update.executeUpdate() == 1;
    }

    void commit() throws SQLException {
        if (sqlite) {
            execute("COMMIT");
        } else {
            connection.commit();
        }
    }

    @Override
    public void close() {
        try (Connection c = connection) {
            if (sqlite) {
                try {
                    execute("ROLLBACK");
                } catch (SQLException e) {
                    // no transaction was open
                }
                execute("PRAGMA wal_autocheckpoint=" + SQLITE_DEFAULT_AUTOCHECKPOINT);
            } else {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            // the pool validates the connection before lending it again
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}
