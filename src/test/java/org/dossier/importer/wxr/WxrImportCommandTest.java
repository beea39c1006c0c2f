package org.dossier.importer.wxr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.dossier.Application;
import org.dossier.system.TaskContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code import wxr} command's failure paths: clear messages, non-zero exit codes, nothing written. */
class WxrImportCommandTest {

    @TempDir Path temp;

    private record Run(int exit, String err) {
    }

    private Run run(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        System.setProperty("dossier.data-dir", temp.resolve("data").toString());
        try (TaskContext context = new TaskContext(Application.class)) {
            int exit = new CommandLine(new WxrImportCommand(context)).execute(args);
            return new Run(exit, buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.clearProperty("dossier.data-dir");
            System.setErr(err);
        }
    }

    @Test
    void aMissingFileIsReportedWithoutStartingTheApplication() {
        Run run = run(temp.resolve("nowhere.xml").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Cannot read").contains("nowhere.xml");
        assertThat(temp.resolve("data")).doesNotExist();
    }

    @Test
    void aMalformedExportStopsWithItsLineAndWritesNothing() throws Exception {
        Path bad = WxrData.file("wordpress-importer-fixtures/phpunit_data_malformed.xml");
        Run run = run(bad.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("nothing was written").contains("phpunit_data_malformed.xml")
                .contains("line 90");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + temp.resolve("data/dossier.db"));
             ResultSet rs = db.createStatement().executeQuery("SELECT COUNT(*) FROM publications")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
        assertThat(Files.exists(temp.resolve("data/dossier.db"))).isTrue();
    }
}
