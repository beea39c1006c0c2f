package org.dossier.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A SHA-256 per table (over every row, in a fixed order) and per media file: two installations with the
 * same hashes hold the same content. Used to prove a restore is faithful.
 */
public final class DataHash {

    private DataHash() {
    }

    /** Table name → hash of its rows, for every user table. */
    public static Map<String, String> tables(Connection db) throws SQLException {
        Map<String, String> hashes = new TreeMap<>();
        for (String table : tableNames(db)) {
            MessageDigest digest = sha256();
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                int columns = rs.getMetaData().getColumnCount();
                List<String> rows = new ArrayList<>();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int c = 1; c <= columns; c++) {
                        row.append(rs.getString(c)).append('\u001f');
                    }
                    rows.add(row.toString());
                }
                rows.sort(null);
                rows.forEach(r -> digest.update(r.getBytes(StandardCharsets.UTF_8)));
            }
            hashes.put(table, HexFormat.of().formatHex(digest.digest()));
        }
        return hashes;
    }

    /** Relative path → hash of the file, for every file under {@code dir} (empty if it does not exist). */
    public static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return hashes;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                hashes.put(dir.relativize(file).toString().replace('\\', '/'), file(file));
            }
        }
        return hashes;
    }

    /** Hex SHA-256 of one file. */
    public static String file(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static List<String> tableNames(Connection db) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = db.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                String name = rs.getString("TABLE_NAME");
                if ((schema == null || schema.equals("public")) && !name.startsWith("sqlite_")) {
                    names.add(name);
                }
            }
        }
        names.sort(null);
        return names;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
