package org.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier.jar import jsonl} as an administrator runs it: the real command line and a fresh data directory. */
class ImportCommandTest {

    @TempDir Path dataDir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setProperty("dossier.data-dir", dataDir.toString());
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
        System.clearProperty("dossier.data-dir");
    }

    @Test
    void importsAFileAndPrintsTheSummaryAndTheSkippedLines() throws Exception {
        Path file = dataDir.resolve("sample.jsonl");
        try (InputStream in = getClass().getResourceAsStream("/importer/sample.jsonl")) {
            Files.copy(in, file);
        }

        int exit = Tasks.run(Application.class, new String[] {"import", "jsonl", file.toString(), "--section", "blog"});

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Imported 4, updated 0, skipped 8 in").contains("items/s");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Skipped line 3: no title",
                "Skipped line 4: date is not an ISO date");
        assertThat(count("SELECT COUNT(*) FROM publications")).isEqualTo(4);
        assertThat(count("SELECT COUNT(*) FROM publications p JOIN sections s ON s.id = p.section_id"
                + " WHERE s.slug = 'blog'")).isEqualTo(3);
    }

    @Test
    void aFileThatCannotBeReadExitsNonZeroWithoutTouchingTheDatabase() {
        int exit = Tasks.run(Application.class, new String[] {"import", "jsonl", dataDir.resolve("missing.jsonl").toString()});

        assertThat(exit).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Cannot read").contains("missing.jsonl");
        assertThat(Files.exists(dataDir.resolve("dossier.db"))).isFalse();
    }

    @Test
    void aDataDirectoryThatCannotBeUsedFailsInOneLineWithoutAStackTrace() throws IOException {
        Path notADirectory = dataDir.resolve("plain-file");
        Files.writeString(notADirectory, "not a directory");
        System.setProperty("dossier.data-dir", notADirectory.toString());
        Path file = dataDir.resolve("sample.jsonl");
        try (InputStream in = getClass().getResourceAsStream("/importer/sample.jsonl")) {
            Files.copy(in, file);
        }

        int exit = Tasks.run(Application.class, new String[] {"import", "jsonl", file.toString()});

        assertThat(exit).isNotZero();
        String errors = err.toString(StandardCharsets.UTF_8);
        assertThat(errors).contains("jsonl: failed: Cannot create the data directory").contains("plain-file")
                .doesNotContain("\tat ");
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("\tat ");
    }

    @Test
    void aCorruptGzipFileExitsNonZero() throws IOException {
        Path file = dataDir.resolve("broken.jsonl.gz");
        Files.writeString(file, "this is not gzip");

        int exit = Tasks.run(Application.class, new String[] {"import", "jsonl", file.toString()});

        assertThat(exit).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Cannot read");
    }

    @Test
    void helpDescribesTheFormat() {
        int exit = Tasks.run(Application.class, new String[] {"import", "jsonl", "--help"});
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--section", "--type", "FILE", "external");
    }

    private long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("dossier.db"));
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
