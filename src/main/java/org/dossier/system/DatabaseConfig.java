package org.dossier.system;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Chooses the database. With no {@code spring.datasource.url} the site runs on an SQLite file in
 * the data directory, which is created if missing (sqlite-jdbc will not create it). Otherwise the
 * configured server (PostgreSQL in production) is used as Spring Boot would.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfig.class);

    @Bean
    DataSource dataSource(DataSourceProperties properties, DossierProperties dossier) {
        if (StringUtils.hasText(properties.getUrl())) {
            log.info("Database: {}", properties.getUrl());
            return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        }
        Path file = dossier.dataDir().toAbsolutePath().normalize().resolve("dossier.db");
        createDirectories(file.getParent());
        log.info("Data directory: {} (SQLite database {})", file.getParent(), file.getFileName());
        if (!Files.exists(file)) {
            create(file);
        }
        return sqlite("jdbc:sqlite:" + file);
    }

    /**
     * An SQLite pool: WAL so readers never wait for the writer, IMMEDIATE so writers queue politely,
     * temporary storage in memory. Each insert inside a transaction keeps a statement journal (the
     * pages it changes that the transaction had already changed: the table's last leaf and every
     * index's); in temporary files that was a 16 KB write per page per row, and an import of the UN
     * speeches wrote 2.2 GB for a 442 MB database (0.95 GB in memory, 239,000 write calls to 89,000).
     */
    static HikariDataSource sqlite(String url) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(url);
        ds.setDriverClassName("org.sqlite.JDBC");
        ds.setPoolName("dossier-sqlite");
        ds.setMaximumPoolSize(8);
        ds.addDataSourceProperty("journal_mode", "WAL");
        ds.addDataSourceProperty("synchronous", "NORMAL");
        ds.addDataSourceProperty("foreign_keys", "true");
        ds.addDataSourceProperty("busy_timeout", "30000");
        ds.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        ds.addDataSourceProperty("cache_size", "-32000");
        ds.addDataSourceProperty("temp_store", "MEMORY");
        return ds;
    }

    /**
     * Creates the database file with 16 KB pages, which only a new file can be given (the pool's
     * pragmas come in no fixed order, and WAL mode fixes the page size). Bodies run to tens of
     * kilobytes: with SQLite's default 4 KB pages each took a chain of overflow pages, and a JDBC loop
     * inserting the UN speeches spent a quarter less CPU with 16 KB.
     */
    private static void create(Path file) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA page_size = 16384");
            statement.execute("PRAGMA journal_mode = WAL");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the database " + file + ": " + e.getMessage(), e);
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dir, e);
        }
    }
}
