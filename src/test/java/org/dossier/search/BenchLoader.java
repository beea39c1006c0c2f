package org.dossier.search;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Loads the benchmark corpus straight into a migrated Dossier SQLite database (the site is stopped):
 * a small loader for the benchmark only, much faster than going through the editor's service.
 */
final class BenchLoader {

    private BenchLoader() {
    }

    static void load(Path corpus, Path dbFile, int count) throws IOException, SQLException {
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dbFile)) {
            c.setAutoCommit(false);
            long reuters = section(c, "reuters", "Reuters Wire");
            long debates = section(c, "un-debates", "UN General Debates");
            Map<String, Long> types = new HashMap<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT slug, id FROM publication_types")) {
                while (rs.next()) {
                    types.put(rs.getString(1), rs.getLong(2));
                }
            }
            Map<String, Long> topics = new HashMap<>();
            Map<String, Long> regions = new HashMap<>();
            try (PreparedStatement pub = c.prepareStatement("""
                    INSERT INTO publications (section_id, type_id, slug, title, summary, body_md, body_html, status,
                      published_at, updated_at, created_at, external_id, version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 'published', ?, ?, ?, ?, 1) RETURNING id""");
                 PreparedStatement topicLink = c.prepareStatement(
                         "INSERT INTO publication_topics (publication_id, topic_id) VALUES (?, ?)");
                 PreparedStatement regionLink = c.prepareStatement(
                         "INSERT INTO publication_regions (publication_id, region_id) VALUES (?, ?)")) {
                int[] n = {0};
                BenchCorpus.each(corpus, count, doc -> {
                    try {
                        boolean un = doc.type().equals("report");
                        pub.setLong(1, un ? debates : reuters);
                        pub.setLong(2, types.get(doc.type()));
                        pub.setString(3, doc.id().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
                        pub.setString(4, doc.title());
                        pub.setString(5, doc.body().substring(0, Math.min(200, doc.body().length())));
                        pub.setString(6, doc.body());
                        pub.setString(7, html(doc.body()));
                        pub.setLong(8, doc.date());
                        pub.setLong(9, doc.date());
                        pub.setLong(10, doc.date());
                        pub.setString(11, doc.id());
                        long id;
                        try (ResultSet rs = pub.executeQuery()) {
                            rs.next();
                            id = rs.getLong(1);
                        }
                        link(c, topicLink, id, term(c, "topics", topics, doc.topic()));
                        link(c, regionLink, id, term(c, "regions", regions, doc.place()));
                        if (++n[0] % 5000 == 0) {
                            c.commit();
                        }
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                c.commit();
                System.out.printf("loaded docs=%d seconds=%.1f%n", n[0], (System.nanoTime() - started) / 1e9);
            }
        }
    }

    private static void link(Connection c, PreparedStatement link, long id, Long term) throws SQLException {
        if (term != null) {
            link.setLong(1, id);
            link.setLong(2, term);
            link.executeUpdate();
        }
    }

    private static Long term(Connection c, String table, Map<String, Long> cache, String name) throws SQLException {
        if (name == null || name.isBlank()) {
            return null;
        }
        Long known = cache.get(name);
        if (known != null) {
            return known;
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO " + table + " (slug, name) VALUES (?, ?)"
                + " ON CONFLICT (slug) DO UPDATE SET name = excluded.name RETURNING id")) {
            p.setString(1, slug(name));
            p.setString(2, name);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                long id = rs.getLong(1);
                cache.put(name, id);
                return id;
            }
        }
    }

    /** The slug a topic or region name gets in the benchmark's data (the FTS5 baseline filters by it too). */
    static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "x" + Math.abs(name.hashCode()) : slug;
    }

    private static long section(Connection c, String slug, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO sections (slug, name) VALUES (?, ?)"
                + " ON CONFLICT (slug) DO UPDATE SET name = excluded.name RETURNING id")) {
            p.setString(1, slug);
            p.setString(2, name);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Paragraphs, HTML-escaped: what the Markdown renderer would make of plain text. */
    private static String html(String text) {
        StringBuilder out = new StringBuilder();
        for (String para : text.split("\n\\s*\n")) {
            out.append("<p>").append(para.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
                    .append("</p>\n");
        }
        return out.toString();
    }
}
