package org.dossier.search;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * Measures Dossier's lexical ranking on BEIR SciFact: the same fields, analyzers, query parser and
 * BM25 ranking as the site (all words for short queries, any word for long ones or when all finds
 * nothing). Prints nDCG@10 and recall@100. Run as a program:
 * {@code SciFactEvaluator <scifact dir> <train|test> [titleBoost ...]} (tune on train only).
 */
public final class SciFactEvaluator {

    private final Map<String, String> queries = new LinkedHashMap<>();
    private final IndexSearcher searcher;
    private final List<String> ids = new ArrayList<>();

    /** One run's figures. */
    public record Scores(double ndcg10, double recall100, int queries) {
    }

    public SciFactEvaluator(Path dir) throws IOException {
        JsonMapper json = new JsonMapper();
        Directory index = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(index, new IndexWriterConfig(Analyzers.perField()));
             BufferedReader corpus = Files.newBufferedReader(dir.resolve("corpus.jsonl"))) {
            for (String line = corpus.readLine(); line != null; line = corpus.readLine()) {
                JsonNode doc = json.readTree(line);
                writer.addDocument(SearchDocuments.text(doc.get("_id").asText(), doc.get("title").asText(),
                        doc.get("text").asText(), CommonWords.NONE)); // pairs change no score
            }
        }
        try (BufferedReader in = Files.newBufferedReader(dir.resolve("queries.jsonl"))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode q = json.readTree(line);
                queries.put(q.get("_id").asText(), q.get("text").asText());
            }
        }
        searcher = new IndexSearcher(DirectoryReader.open(index));
    }

    public Scores evaluate(Path qrelsFile, float titleBoost) throws IOException {
        Map<String, Set<String>> relevant = qrels(qrelsFile);
        LuceneQueries builder = new LuceneQueries(titleBoost);
        QueryParser parser = new QueryParser(10_000);
        double ndcg = 0;
        double recall = 0;
        for (var entry : relevant.entrySet()) {
            ParsedQuery parsed = parser.parse(queries.get(entry.getKey()));
            LuceneQueries.Mode mode = builder.initialMode(parsed);
            Query query = builder.build(parsed, mode, searcher.getIndexReader());
            ScoreDoc[] hits = searcher.search(query, 100).scoreDocs;
            if (hits.length == 0 && mode == LuceneQueries.Mode.ALL) {
                hits = searcher.search(builder.build(parsed, LuceneQueries.Mode.ANY, searcher.getIndexReader()), 100)
                        .scoreDocs;
            }
            List<String> ranked = new ArrayList<>();
            for (ScoreDoc hit : hits) {
                ranked.add(searcher.storedFields().document(hit.doc).get(Fields.ID));
            }
            ndcg += ndcg10(ranked, entry.getValue());
            recall += ranked.stream().filter(entry.getValue()::contains).count() / (double) entry.getValue().size();
        }
        int n = relevant.size();
        return new Scores(ndcg / n, recall / n, n);
    }

    private static double ndcg10(List<String> ranked, Set<String> relevant) {
        double dcg = 0;
        for (int i = 0; i < Math.min(10, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                dcg += 1 / (Math.log(i + 2) / Math.log(2));
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(10, relevant.size()); i++) {
            ideal += 1 / (Math.log(i + 2) / Math.log(2));
        }
        return dcg / ideal;
    }

    private static Map<String, Set<String>> qrels(Path file) throws IOException {
        Map<String, Set<String>> out = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] f = line.split("\t");
            if (f.length == 3 && !f[0].equals("query-id") && Integer.parseInt(f[2].strip()) > 0) {
                out.computeIfAbsent(f[0], k -> new HashSet<>()).add(f[1]);
            }
        }
        return out;
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        SciFactEvaluator evaluator = new SciFactEvaluator(dir);
        List<Float> boosts = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            boosts.add(Float.parseFloat(args[i]));
        }
        if (boosts.isEmpty()) {
            boosts.add(LuceneQueries.TITLE_BOOST);
        }
        for (float boost : boosts) {
            Scores s = evaluator.evaluate(dir.resolve("qrels").resolve(args[1] + ".tsv"), boost);
            System.out.printf("scifact %s titleBoost=%.2f queries=%d nDCG@10=%.4f R@100=%.4f%n", args[1], boost,
                    s.queries(), s.ndcg10(), s.recall100());
        }
    }
}
