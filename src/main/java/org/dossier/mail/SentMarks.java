package org.dossier.mail;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The connection a worker marks rows "sent" on during one batch. The mark is committed between the
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
    private final JdbcClient jdbc;

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
        this.jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
    }

    JdbcClient jdbc() {
        return jdbc;
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
