package org.dossier.importer.wxr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 100,000-item export (posts, pages, attachments and menu entries in a real site's proportions)
 * imported by the real command ({@code dossier import wxr}) in a separate JVM whose heap is capped far
 * below the file size: it can only finish if the import streams. Runs on SQLite only; the memory
 * profile of the import does not depend on the database.
 */
class LargeWxrImportTest {

    private static final int ITEMS = Integer.getInteger("dossier.test.large-wxr-items", 100_000);
    private static final int HEAP_MB = 64;

    @TempDir Path temp;

    @Test
    void aHundredThousandItemExportImportsWithAHeapFarSmallerThanTheFile() throws Exception {
        Path file = temp.resolve("large.xml");
        int padding = (int) Math.max(2_500, 5L * HEAP_MB * 1024 * 1024 / ITEMS);
        long bytes = SyntheticWxr.writeMixed(file, ITEMS, padding);
        assertThat(bytes).isGreaterThan(4L * HEAP_MB * 1024 * 1024);
        Path data = Files.createDirectories(temp.resolve("data"));
        Path log = temp.resolve("import.log");

        ProcessBuilder command = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + HEAP_MB + "m",
                "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                "org.dossier.Application", "import", "wxr", file.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile())
                .directory(new File(System.getProperty("user.dir")));
        command.environment().put("DOSSIER_DATA_DIR", data.toString());
        command.environment().remove("SPRING_DATASOURCE_URL");
        Process process = command.start();
        boolean done = process.waitFor(15, TimeUnit.MINUTES);
        String output = Files.readString(log);

        assertThat(done).as(output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        int publications = ITEMS / 10 * 4;
        assertThat(output).contains("Found: ").contains("items=" + ITEMS)
                .contains("Publications: " + publications + " created");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("dossier.db"));
             ResultSet rs = db.createStatement().executeQuery(
                     "SELECT COUNT(*), SUM(status = 'published'), SUM(image_url IS NOT NULL) FROM publications")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(publications);
            assertThat(rs.getLong(3)).as("posts whose featured image exists").isEqualTo(ITEMS / 10 - 1);
        }
    }
}
