package org.dossier.backup;

import java.sql.Connection;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads whole tables for export, row by row, so memory stays flat however large the site is. */
@Repository
class ExportRepository {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    ExportRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Every table of the application (Flyway's own history excluded), by name. */
    List<String> tables() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return DataHash.tableNames(c).stream().filter(t -> !t.startsWith("flyway_")).toList();
        }
    }

    /** Calls {@code row} with each row of {@code table} as column → value, in primary-key-ish order. */
    void rows(String table, Consumer<Map<String, Object>> row) {
        if (!table.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Unexpected table name " + table);
        }
        jdbc.sql("SELECT * FROM " + table + " ORDER BY 1").query(rs -> {
            ResultSetMetaData meta = rs.getMetaData();
            Map<String, Object> values = new LinkedHashMap<>();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                values.put(meta.getColumnLabel(c).toLowerCase(), rs.getObject(c));
            }
            row.accept(values);
        });
    }

    /** Ids of every publication, whatever its status. */
    List<Long> publicationIds() {
        return jdbc.sql("SELECT id FROM publications ORDER BY id").query(Long.class).list();
    }

    /** Topic id → parent topic slug, for the WordPress category hierarchy. */
    Map<Long, String> topicParents() {
        Map<Long, String> parents = new LinkedHashMap<>();
        jdbc.sql("SELECT t.id, p.slug FROM topics t JOIN topics p ON p.id = t.parent_id").query(rs -> {
            parents.put(rs.getLong(1), rs.getString(2));
        });
        return parents;
    }
}
