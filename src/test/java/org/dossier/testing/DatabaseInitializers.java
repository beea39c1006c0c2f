package org.dossier.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Gives each test Spring context its own data directory (a temp folder) and its own database:
 * an SQLite file inside that folder, or a fresh PostgreSQL database.
 */
public final class DatabaseInitializers {

    private DatabaseInitializers() {
    }

    static Path tempDataDir() {
        try {
            Path dir = Files.createTempDirectory("dossier-test-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SQLite file in a new temp data directory (the embedded default). */
    public static class Sqlite implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("dossier.data-dir=" + tempDataDir(), "spring.datasource.url=")
                    .applyTo(context.getEnvironment());
        }
    }

    /** A new database on the test PostgreSQL server; media and index still go to a temp data directory. */
    public static class Postgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("dossier.data-dir=" + tempDataDir(),
                    "spring.datasource.url=" + TestPostgres.newDatabase()).applyTo(context.getEnvironment());
        }
    }
}
