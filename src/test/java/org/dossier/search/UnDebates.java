package org.dossier.search;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An in-memory index of UN General Debate speeches for the search tests (skipped where the corpus is absent). */
final class UnDebates {

    private UnDebates() {
    }

    /**
     * The speeches {@code keep} accepts, at most {@code limit}, indexed as the site's text documents in the current
     * layout ({@link IndexFormat}); {@code bodies} sees each indexed speech's text.
     */
    static DirectoryReader index(Predicate<JsonNode> keep, int limit, Consumer<String> bodies) throws IOException {
        Path file = Path.of(System.getProperty("user.dir"))
                .resolve("../shared/data/corpus/ungdc-1946-2024.jsonl.gz").normalize();
        assumeTrue(Files.exists(file), "UNGDC corpus is not present at " + file);
        JsonMapper json = new JsonMapper();
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(Analyzers.perField()));
             BufferedReader in = new BufferedReader(new InputStreamReader(
                     new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            IndexFormat.stamp(writer); // so phrases are answered from word pairs, as on the site
            int n = 0;
            for (String line = in.readLine(); line != null && n < limit; line = in.readLine()) {
                JsonNode speech = json.readTree(line);
                if (keep.test(speech)) {
                    String body = speech.get("body").asText();
                    writer.addDocument(SearchDocuments.text(speech.get("id").asText(), speech.get("title").asText(),
                            body, CommonWords.NONE)); // pairs change no result
                    bodies.accept(body);
                    n++;
                }
            }
        }
        return DirectoryReader.open(dir);
    }
}
