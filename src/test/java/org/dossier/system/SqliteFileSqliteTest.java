package org.dossier.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.testing.OnSqlite;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded database is created in WAL mode with 16 KB pages (long bodies fit without overflow chains). */
@OnSqlite
class SqliteFileSqliteTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewDatabaseFileHasLargePagesAndWriteAheadLogging() {
        assertThat(jdbc.sql("PRAGMA page_size").query(Integer.class).single()).isEqualTo(16384);
        assertThat(jdbc.sql("PRAGMA journal_mode").query(String.class).single()).isEqualToIgnoringCase("wal");
    }

    @Test
    void statementJournalsAndTemporaryTablesStayInMemory() {
        assertThat(jdbc.sql("PRAGMA temp_store").query(Integer.class).single()).isEqualTo(2); // 2 = MEMORY
    }
}
