package org.dossier.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.dossier.system.DossierProperties;
import org.springframework.stereotype.Service;

/**
 * A consistent backup while the site runs: SQLite's online backup API copies the database page by page
 * under its own locking (sqlite-jdbc exposes it as the {@code backup to FILE} statement), then the copy
 * and the media folder go into one zip with a manifest of hashes that {@link Restore} checks.
 */
@Service
public class BackupService {

    static final String DATABASE_ENTRY = "dossier.db";
    static final String MANIFEST_ENTRY = "MANIFEST.txt";
    static final String PG_DUMP_ADVICE = """
            This installation uses PostgreSQL, whose own tools make consistent online backups:
              pg_dump --format=custom --file=dossier.dump "$DATABASE_URL"
            and restore into an empty database with:
              pg_restore --no-owner --dbname="$NEW_DATABASE_URL" dossier.dump
            Copy the media folder (DATA_DIR/media) alongside it.""";

    private final DataSource dataSource;
    private final DossierProperties properties;

    BackupService(DataSource dataSource, DossierProperties properties) {
        this.dataSource = dataSource;
        this.properties = properties;
    }

    /** What a backup wrote. */
    public record Result(Path file, long databaseBytes, int mediaFiles) {
    }

    /** Writes the backup zip; throws {@link UnsupportedOperationException} with pg_dump advice on PostgreSQL. */
    public Result backup(Path zip) throws IOException, SQLException {
        Path absolute = zip.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path copy = Files.createTempFile(absolute.getParent(), "dossier-backup-", ".db");
        try {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                if (!c.getMetaData().getDatabaseProductName().toLowerCase().contains("sqlite")) {
                    throw new UnsupportedOperationException(PG_DUMP_ADVICE);
                }
                Files.delete(copy);
                s.executeUpdate("backup to \"" + copy.toString().replace("\"", "") + "\"");
            }
            Map<String, String> media = DataHash.files(properties.mediaDir());
            try (OutputStream out = Files.newOutputStream(absolute); ZipOutputStream zipOut = new ZipOutputStream(out)) {
                zipOut.putNextEntry(new ZipEntry(DATABASE_ENTRY));
                Files.copy(copy, zipOut);
                for (String file : media.keySet()) {
                    zipOut.putNextEntry(new ZipEntry("media/" + file));
                    Files.copy(properties.mediaDir().resolve(file), zipOut);
                }
                zipOut.putNextEntry(new ZipEntry(MANIFEST_ENTRY));
                zipOut.write(Manifest.of(copy, media).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return new Result(absolute, Files.size(copy), media.size());
        } finally {
            Files.deleteIfExists(copy);
        }
    }
}
