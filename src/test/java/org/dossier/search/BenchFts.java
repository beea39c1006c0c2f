package org.dossier.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The SQLite FTS5 side of {@code bench/search.sh}: what a small site would build on SQLite alone, over the
 * same documents, answering the same requests.
 *
 * <p>Two figures. <b>Same answer</b> gives what {@code /api/search} gives: the request's filters (type, topic,
 * year, dates), its order (bm25 or date) and page, the exact total, the facets' counts (each counted
 * without its own filter, as Dossier's are) and a highlighted snippet per result. It is written the way a
 * careful developer would: one pass over the matches per request feeds the total, the facet counts and
 * the page, snippets are cut only for the page's 20 rows, and browsing everything reuses counts kept
 * once. <b>Match only</b> is the lower bound that earlier sessions reported: the bm25 top 20 titles and the
 * match count, filters ignored. (Five facets here: the benchmark's documents have no authors.)
 */
final class BenchFts {

    private static final List<String> DIMS = List.of("type", "section", "topic", "region", "year");

    private BenchFts() {
    }

    static void load(Path corpus, Path db, int count) throws Exception {
        if (Files.exists(db)) {
            return;
        }
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize='porter unicode61')");
            s.execute("""
                    CREATE TABLE meta (id INTEGER PRIMARY KEY, type TEXT, section TEXT, topic TEXT, region TEXT,
                      year TEXT, date INTEGER)""");
            c.setAutoCommit(false);
            try (PreparedStatement doc = c.prepareStatement("INSERT INTO docs (rowid, title, body) VALUES (?, ?, ?)");
                 PreparedStatement meta = c.prepareStatement("INSERT INTO meta VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                long[] id = {0};
                BenchCorpus.each(corpus, count, d -> {
                    try {
                        id[0]++;
                        doc.setLong(1, id[0]);
                        doc.setString(2, d.title());
                        doc.setString(3, d.body());
                        doc.executeUpdate();
                        meta.setLong(1, id[0]);
                        meta.setString(2, d.type());
                        meta.setString(3, d.type().equals("report") ? "un-debates" : "reuters");
                        meta.setString(4, BenchLoader.slug(d.topic()));
                        meta.setString(5, BenchLoader.slug(d.place()));
                        meta.setString(6, String.valueOf(Instant.ofEpochMilli(d.date()).atZone(ZoneOffset.UTC).getYear()));
                        meta.setLong(7, d.date());
                        meta.executeUpdate();
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
            for (String dim : DIMS) {
                s.execute("CREATE INDEX meta_" + dim + " ON meta (" + dim + ")");
            }
            s.execute("CREATE INDEX meta_date ON meta (date)");
            c.commit();
        }
        System.out.printf("fts5-load seconds=%.1f%n", (System.nanoTime() - started) / 1e9);
    }

    /**
     * The same answer as the API's: page of results with snippets, exact total, facets' counts. One pass
     * over the matches (bm25 and the row's facet values, read by primary key) does the filtering, the
     * counting and the page's top rows in Java; this was faster than a temporary table of matches read by
     * a GROUP BY per facet.
     */
    static SearchBench.Call sameAnswer(Connection c) {
        List<Map<String, Integer>> everything = new ArrayList<>();
        return q -> {
            SearchRequest request = SearchRequest.of(SearchBench.params(q));
            String match = matchExpression(request.q());
            if (match.isEmpty() && !request.hasFilters()) {
                browseAll(c, request, everything);
                return;
            }
            boolean scored = !match.isEmpty() && request.sort() == SearchRequest.Sort.RELEVANCE;
            String sql = "SELECT m.id, " + (scored ? "bm25(docs)" : "0")
                    + ", m.date, m.type, m.section, m.topic, m.region, m.year FROM "
                    + (match.isEmpty() ? "meta m" : "docs d JOIN meta m ON m.id = d.rowid WHERE docs MATCH ?");
            int want = request.page() * SearchRequest.PAGE_SIZE;
            java.util.Comparator<double[]> order = switch (request.sort()) {
                case RELEVANCE -> match.isEmpty() ? newest() : java.util.Comparator.<double[]>comparingDouble(r -> r[1])
                        .thenComparingDouble(r -> r[0]);
                case NEWEST -> newest();
                case OLDEST -> java.util.Comparator.<double[]>comparingDouble(r -> r[2]).thenComparingDouble(r -> r[0]);
            };
            java.util.PriorityQueue<double[]> top = new java.util.PriorityQueue<>(order.reversed());
            List<Map<String, Integer>> counts = new ArrayList<>();
            DIMS.forEach(d -> counts.add(new java.util.HashMap<>()));
            long total = 0;
            long from = request.from() == null ? Long.MIN_VALUE
                    : request.from().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            long to = request.to() == null ? Long.MAX_VALUE
                    : request.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            String[] values = new String[DIMS.size()];
            try (ResultSet rs = query(c, sql, match.isEmpty() ? List.of() : List.of(match))) {
                while (rs.next()) {
                    long date = rs.getLong(3);
                    if (date < from || date >= to) {
                        continue;
                    }
                    int failed = -1;
                    boolean out = false;
                    for (int i = 0; i < values.length; i++) {
                        values[i] = rs.getString(4 + i);
                        List<String> wanted = request.filters().get(DIMS.get(i));
                        if (wanted != null && !wanted.contains(values[i])) {
                            out |= failed >= 0;
                            failed = i;
                        }
                    }
                    if (out) {
                        continue;
                    }
                    // drill sideways: a row failing one dimension's filter still counts for that dimension
                    for (int i = 0; i < values.length; i++) {
                        if (failed < 0 || failed == i) {
                            counts.get(i).merge(values[i], 1, Integer::sum);
                        }
                    }
                    if (failed >= 0) {
                        continue;
                    }
                    total++;
                    top.add(new double[] {rs.getLong(1), rs.getDouble(2), date});
                    if (top.size() > want) {
                        top.poll();
                    }
                }
            }
            List<double[]> ranked = new ArrayList<>(top);
            ranked.sort(order);
            List<Long> page = new ArrayList<>();
            for (int i = (request.page() - 1) * SearchRequest.PAGE_SIZE; i < ranked.size(); i++) {
                page.add((long) ranked.get(i)[0]);
            }
            snippets(c, match, page);
            for (int i = 0; i < DIMS.size(); i++) { // each facet's top 10 (every year)
                counts.get(i).entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .limit(DIMS.get(i).equals("year") ? Integer.MAX_VALUE : 10).toList();
            }
            if (total < 0) {
                throw new IllegalStateException();
            }
        };
    }

    /**
     * Browsing everything, unfiltered: the newest rows from the date index, and the facet counts of all rows,
     * which are the same for every such request until the next write, so counted once (as Dossier keeps them
     * per index reader).
     */
    private static void browseAll(Connection c, SearchRequest request, List<Map<String, Integer>> everything)
            throws SQLException {
        if (everything.isEmpty()) {
            for (String dim : DIMS) {
                Map<String, Integer> counts = new java.util.HashMap<>();
                try (ResultSet rs = query(c, "SELECT " + dim + ", count(*) FROM meta GROUP BY " + dim, List.of())) {
                    while (rs.next()) {
                        counts.put(rs.getString(1), rs.getInt(2));
                    }
                }
                everything.add(counts);
            }
        }
        String order = request.sort() == SearchRequest.Sort.OLDEST ? "date, id" : "date DESC, id";
        List<Long> page = new ArrayList<>();
        try (ResultSet rs = query(c, "SELECT id FROM meta ORDER BY " + order + " LIMIT 20 OFFSET ?",
                List.of((request.page() - 1) * SearchRequest.PAGE_SIZE))) {
            while (rs.next()) {
                page.add(rs.getLong(1));
            }
        }
        snippets(c, "", page);
    }

    private static java.util.Comparator<double[]> newest() {
        return java.util.Comparator.<double[]>comparingDouble(r -> -r[2]).thenComparingDouble(r -> r[0]);
    }

    /** Titles and a marked snippet of the body for the page's rows only. */
    private static void snippets(Connection c, String match, List<Long> page) throws SQLException {
        if (page.isEmpty()) {
            return;
        }
        String ids = String.join(",", page.stream().map(String::valueOf).toList());
        String sql = match.isEmpty()
                ? "SELECT rowid, title, substr(body, 1, 220) FROM docs WHERE rowid IN (" + ids + ")"
                : "SELECT rowid, title, snippet(docs, 1, '<mark>', '</mark>', '…', 32) FROM docs"
                + " WHERE docs MATCH ? AND rowid IN (" + ids + ")";
        try (ResultSet rs = query(c, sql, match.isEmpty() ? List.of() : List.of(match))) {
            while (rs.next()) {
                rs.getString(2);
                rs.getString(3);
            }
        }
    }

    /** The lower bound: bm25 top 20 titles and the match count, filters, facets and snippets left out. */
    static SearchBench.Call matchOnly(Connection c) {
        return q -> {
            String match = matchExpression(SearchRequest.of(SearchBench.params(q)).q());
            if (match.isEmpty()) {
                return;
            }
            try (ResultSet rs = query(c, "SELECT rowid, title FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT 20",
                    List.of(match))) {
                while (rs.next()) {
                    rs.getString(2);
                }
            }
            try (ResultSet rs = query(c, "SELECT count(*) FROM docs WHERE docs MATCH ?", List.of(match))) {
                rs.next();
            }
        };
    }

    /**
     * The query text as an FTS5 expression: words and phrases quoted (so FTS5 syntax in the text cannot break
     * it), {@code -word} as NOT, {@code OR} kept, {@code title:word} as a column filter. Typos find nothing:
     * FTS5 has no fuzzy matching.
     */
    static String matchExpression(String text) {
        StringBuilder out = new StringBuilder();
        List<String> excluded = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(-?)(?:(\\w+):)?(?:\"([^\"]+)\"|(\\S+))").matcher(text);
        while (m.find()) {
            String raw = m.group(3) != null ? m.group(3) : m.group(4);
            if (m.group(3) == null && raw.equals("OR")) {
                out.append(" OR");
                continue;
            }
            String part = raw.replaceAll("[^\\p{L}\\p{N} ]", " ").strip();
            if (part.isEmpty()) {
                continue;
            }
            String quoted = "\"" + part + "\"";
            if (m.group(2) != null && m.group(2).toLowerCase(Locale.ROOT).equals("title")) {
                quoted = "title : " + quoted;
            }
            if (m.group(1).equals("-")) {
                excluded.add(quoted);
            } else {
                out.append(' ').append(quoted);
            }
        }
        String positive = out.toString().strip().replaceAll("^OR |( OR)+$", "");
        if (positive.isEmpty()) {
            return "";
        }
        StringBuilder expr = new StringBuilder(positive);
        excluded.forEach(e -> expr.append(" NOT ").append(e));
        return expr.toString();
    }

    /** A result set that closes its statement with it. */
    private static ResultSet query(Connection c, String sql, List<Object> args) throws SQLException {
        PreparedStatement p = c.prepareStatement(sql);
        bind(p, args);
        p.closeOnCompletion();
        return p.executeQuery();
    }

    private static void bind(PreparedStatement p, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            p.setObject(i + 1, args.get(i));
        }
    }
}
