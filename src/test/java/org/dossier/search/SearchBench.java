package org.dossier.search;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;

/**
 * The measuring half of {@code bench/search.sh}: loads the corpus into the site's database, times a
 * bare IndexWriter loop, and runs the fixed query list over HTTP, against raw Lucene and against
 * SQLite FTS5. Prints one line per figure; the script computes the ratios.
 */
public final class SearchBench {

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "load" -> BenchLoader.load(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
            case "bare" -> bare(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
            case "http" -> http(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    args.length > 4 ? Long.parseLong(args[4]) : 0);
            case "http-jdk" -> httpJdk(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "raw" -> raw(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            case "http-per-query" -> PerQueryBench.http(Integer.parseInt(args[1]), Long.parseLong(args[2]),
                    Integer.parseInt(args[3]));
            case "raw-per-query" -> PerQueryBench.raw(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
            case "fts-per-query" -> PerQueryBench.fts(Path.of(args[1]), Integer.parseInt(args[2]));
            case "fts" -> fts(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /** The bare loop: the same documents, one StandardAnalyzer text field, no facets, no Nori. */
    static void bare(Path corpus, int count, Path dir) throws IOException {
        long started = System.nanoTime();
        int[] n = {0};
        try (FSDirectory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()).setRAMBufferSizeMB(128))) {
            BenchCorpus.each(corpus, count, doc -> {
                Document ld = new Document();
                ld.add(new StringField("id", doc.id(), Field.Store.YES));
                ld.add(new TextField("title", doc.title(), Field.Store.YES));
                ld.add(new TextField("body", doc.body(), Field.Store.NO));
                try {
                    w.addDocument(ld);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                n[0]++;
            });
            w.commit();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("bare-indexwriter docs=%d seconds=%.1f docs_per_s=%.0f%n", n[0], seconds, n[0] / seconds);
    }

    /**
     * The fixed queries over HTTP, each client thread on its own kept-alive connection ({@link BenchHttp}).
     * Given the site's process id, it also prints the CPU the site spent during the timed part: in all, per
     * query; in its request threads, per query; in the JIT compiler threads (a site still compiling is not yet
     * at its steady state), in the garbage collector, and in everything else (background work such as the
     * periodic check of the index against the database), in seconds.
     */
    static void http(int port, int clients, int rounds, long sitePid) throws Exception {
        ThreadLocal<BenchHttp> connections = ThreadLocal.withInitial(() -> new BenchHttp(port));
        Call call = q -> connections.get().get("/api/search?" + q);
        warmUp(warmups(), call);
        long[] before = sitePid > 0 ? PerQueryBench.cpu(sitePid, "http-nio-") : null;
        long[] result = timed(clients, rounds, call);
        String site = "";
        if (before != null) {
            long[] after = PerQueryBench.cpu(sitePid, "http-nio-");
            long[] used = new long[after.length];
            for (int i = 0; i < used.length; i++) {
                used[i] = after[i] - before[i];
            }
            site = String.format(" site_cpu_ms_per_query=%.2f site_work_ms_per_query=%.2f site_jit_cpu_s=%.2f"
                    + " site_gc_cpu_s=%.2f site_other_cpu_s=%.2f", used[0] / 1e6 / (result.length - 1),
                    used[1] / 1e6 / (result.length - 1), used[3] / 1e9, used[2] / 1e9,
                    (used[0] - used[1] - used[2] - used[3]) / 1e9);
        }
        report("http", clients, result, site);
    }

    /** The same through the JDK's HttpClient, whose own thread hand-offs the figure then includes. */
    static void httpJdk(int port, int clients, int rounds) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        report("http-jdk", clients, run(clients, rounds, q -> {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/search?" + q)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(r.statusCode() + " for " + q);
            }
        }));
    }

    /**
     * The floor: what the service does in Lucene, in-process on the same index, without HTTP, JSON,
     * snippets, stored fields, "Did you mean" or analytics. The same request parsing, the same query
     * parser with the site's synonym table (read from its database), and the same {@link Ranking} code:
     * the same filters, sort, top hits up to the requested page and drill-sideways facet counts, with the
     * same per-dimension count lookups. So HTTP/floor is what the site adds on top of Lucene's own work.
     */
    static void raw(Path indexDir, Path db, int clients, int rounds) throws Exception {
        try (FSDirectory d = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(d)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader,
                    SearchDocuments.facetsConfig());
            report("raw-lucene", clients, run(clients, rounds, floor(searcher, state, db)));
        }
    }

    /** One floor query: request parsing, query parsing with synonyms, {@link Ranking}, every dimension's counts. */
    static Call floor(IndexSearcher searcher, SortedSetDocValuesReaderState state, Path db) throws Exception {
        List<List<String>> table = synonymGroups(db);
        Synonyms synonyms = new Synonyms(() -> table);
        QueryParser parser = new QueryParser(500);
        Ranking ranking = new Ranking();
        return q -> {
            SearchRequest request = SearchRequest.of(params(q));
            Ranking.Ranked ranked = ranking.rank(searcher, state, synonyms.expand(parser.parse(request.q())),
                    request);
            for (String dim : Fields.FACETS) {
                if (dim.equals("year")) {
                    ranked.facets().getAllChildren(dim);
                } else {
                    ranked.facets().getTopChildren(FacetSupport.TOP, dim);
                }
            }
        };
    }

    private static List<List<String>> synonymGroups(Path db) throws java.sql.SQLException {
        List<List<String>> groups = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT terms FROM search_synonyms ORDER BY id")) {
            while (rs.next()) {
                List<String> group = SynonymRepository.split(rs.getString(1));
                if (group.size() > 1) {
                    groups.add(group);
                }
            }
        }
        return groups;
    }

    /** A query string as the servlet container hands it to the controller: name to decoded values. */
    static java.util.Map<String, String[]> params(String query) {
        java.util.Map<String, List<String>> values = new java.util.LinkedHashMap<>();
        for (String kv : query.split("&")) {
            int eq = kv.indexOf('=');
            String name = eq < 0 ? kv : kv.substring(0, eq);
            String value = eq < 0 ? "" : java.net.URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8);
            values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        java.util.Map<String, String[]> out = new java.util.LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, v.toArray(String[]::new)));
        return out;
    }

    /**
     * SQLite FTS5 over the same documents ({@link BenchFts}): the same answer as the API's, and the match-only
     * lower bound. SQLite's work is native code, so two warm-up passes suffice.
     */
    static void fts(Path corpus, Path db, int count, int rounds) throws Exception {
        BenchFts.load(corpus, db, count);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            report("sqlite-fts5", 1, run(1, rounds, 2, BenchFts.sameAnswer(c)));
            report("sqlite-fts5-match-only", 1, run(1, rounds, 2, BenchFts.matchOnly(c)));
        }
    }

    interface Call {
        void run(String query) throws Exception;
    }

    /** Runs every query {@code rounds} times spread over {@code clients} threads (after warming up); returns latencies in ns and wall time. */
    static long[] run(int clients, int rounds, Call call) throws Exception {
        return run(clients, rounds, warmups(), call);
    }

    /**
     * Warm-up passes (system property "warmup", default 5): the JIT compiles the search path during the
     * first thousands of requests, and a measurement taken meanwhile times the compiler as much as the search.
     */
    private static int warmups() {
        return Integer.getInteger("warmup", 5);
    }

    static long[] run(int clients, int rounds, int warmups, Call call) throws Exception {
        warmUp(warmups, call);
        return timed(clients, rounds, call);
    }

    private static void warmUp(int passes, Call call) throws Exception {
        for (int pass = 0; pass < passes; pass++) {
            for (String q : BenchQueries.ALL) {
                call.run(q);
            }
        }
    }

    /** Every query {@code rounds} times over {@code clients} threads; latencies in ns, then the wall time. */
    private static long[] timed(int clients, int rounds, Call call) throws Exception {
        List<String> list = BenchQueries.ALL;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long[] latencies = new long[list.size() * rounds];
        long started = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                for (int i = thread; i < latencies.length; i += clients) {
                    long s = System.nanoTime();
                    call.run(list.get(i % list.size()));
                    latencies[i] = System.nanoTime() - s;
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        long wall = System.nanoTime() - started;
        pool.shutdown();
        long[] out = Arrays.copyOf(latencies, latencies.length + 1);
        out[latencies.length] = wall;
        return out;
    }

    static void report(String what, int clients, long[] result) {
        report(what, clients, result, "");
    }

    static void report(String what, int clients, long[] result, String more) {
        long wall = result[result.length - 1];
        long[] lat = Arrays.copyOf(result, result.length - 1);
        Arrays.sort(lat);
        System.out.printf("%s clients=%d queries=%d p50_ms=%.2f p99_ms=%.2f qps=%.0f%s%n", what, clients, lat.length,
                lat[lat.length / 2] / 1e6, lat[(int) (lat.length * 0.99)] / 1e6, lat.length / (wall / 1e9), more);
    }

}
