package org.dossier.backup;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.dossier.testing.OnPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** On PostgreSQL the backup command explains pg_dump instead of producing a partial backup. */
@OnPostgres
class BackupPostgresTest {

    @Autowired BackupService backups;
    @TempDir Path temp;

    @Test
    void backupOnPostgresGivesPgDumpGuidance() {
        assertThatThrownBy(() -> backups.backup(temp.resolve("x.zip")))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("pg_dump")
                .hasMessageContaining("pg_restore");
    }
}
