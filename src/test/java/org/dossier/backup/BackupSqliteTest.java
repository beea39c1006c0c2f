package org.dossier.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.dossier.publications.Status;
import org.dossier.system.DossierProperties;
import org.dossier.testing.Fixtures;
import org.dossier.testing.OnSqlite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** Online backup of the running SQLite site and restore elsewhere, compared table by table and file by file. */
@OnSqlite
class BackupSqliteTest {

    @Autowired BackupService backups;
    @Autowired Fixtures fixtures;
    @Autowired DataSource dataSource;
    @Autowired DossierProperties properties;
    @TempDir Path temp;

    @Test
    void backupRestoredElsewhereHoldsIdenticalTablesAndMedia() throws Exception {
        var section = fixtures.section("Backed up");
        for (int i = 0; i < 20; i++) {
            fixtures.save(fixtures.post(section, "Backed up " + i, i % 3 == 0 ? Status.DRAFT : Status.PUBLISHED,
                    i % 3 == 0 ? null : Instant.now().minusSeconds(1000 + i), fixtures.expert("Keeper " + i)));
        }
        Files.createDirectories(properties.mediaDir().resolve("2024/03"));
        Files.write(properties.mediaDir().resolve("2024/03/report.pdf"), new byte[] {37, 80, 68, 70, 1, 2, 3});
        Files.writeString(properties.mediaDir().resolve("chart.svg"), "<svg/>");

        // Other test classes sharing this Spring context may have stored media of their own.
        int mediaFiles = DataHash.files(properties.mediaDir()).size();
        assertThat(mediaFiles).isGreaterThanOrEqualTo(2);

        Path zip = temp.resolve("site.zip");
        var result = backups.backup(zip);
        assertThat(result.mediaFiles()).isEqualTo(mediaFiles);

        Path elsewhere = temp.resolve("restored");
        assertThat(Restore.restore(zip, elsewhere)).isEqualTo(mediaFiles + 1);

        try (Connection live = dataSource.getConnection();
             Connection restored = DriverManager.getConnection("jdbc:sqlite:" + elsewhere.resolve("dossier.db"))) {
            var liveHashes = new java.util.TreeMap<>(DataHash.tables(live));
            assertThat(liveHashes).containsKeys("publications", "experts", "redirects", "flyway_schema_history");
            var restoredHashes = new java.util.TreeMap<>(DataHash.tables(restored));
            // Background jobs of other tests in this shared context may write these between backup and compare.
            liveHashes.keySet().removeAll(ExportContract.BACKGROUND_TABLES);
            restoredHashes.keySet().removeAll(ExportContract.BACKGROUND_TABLES);
            assertThat(restoredHashes).isEqualTo(liveHashes);
        }
        assertThat(DataHash.files(elsewhere.resolve("media"))).isEqualTo(DataHash.files(properties.mediaDir()))
                .containsKeys("2024/03/report.pdf", "chart.svg");
    }

    @Test
    void restoreRefusesANonEmptyDirectoryAndForeignOrDamagedZips() throws Exception {
        Path zip = temp.resolve("site.zip");
        backups.backup(zip);
        Path used = temp.resolve("used");
        Files.createDirectories(used);
        Files.writeString(used.resolve("dossier.db"), "existing");
        assertThatThrownBy(() -> Restore.restore(zip, used)).hasMessageContaining("empty data directory");
        assertThat(Files.readString(used.resolve("dossier.db"))).isEqualTo("existing");

        Path evil = temp.resolve("evil.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(evil))) {
            out.putNextEntry(new ZipEntry("media/../../escape.txt"));
            out.write(1);
        }
        assertThatThrownBy(() -> Restore.restore(evil, temp.resolve("fresh1"))).hasMessageContaining("unexpected entry");
        assertThat(temp.resolve("escape.txt")).doesNotExist();

        Path noManifest = temp.resolve("plain.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(noManifest))) {
            out.putNextEntry(new ZipEntry("dossier.db"));
            out.write(1);
        }
        assertThatThrownBy(() -> Restore.restore(noManifest, temp.resolve("fresh2")))
                .hasMessageContaining("not a Dossier backup");
    }
}
