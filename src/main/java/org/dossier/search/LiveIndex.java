package org.dossier.search;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;

/** One open index generation: its directory, the single writer, the searcher manager over it and its word list. */
record LiveIndex(String name, Path path, FSDirectory directory, IndexWriter writer, SearcherManager searchers,
                 CommonWords words) {

    static LiveIndex open(Path root, String name, Analyzer analyzer) throws IOException {
        Path path = root.resolve(name);
        FSDirectory directory = FSDirectory.open(path);
        boolean fresh = !DirectoryReader.indexExists(directory);
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        IndexWriter writer = new IndexWriter(directory, config);
        if (fresh) {
            // an existing index keeps the format version of its last commit (the writer carries it over)
            IndexFormat.stamp(writer);
            writer.commit();
        }
        // Opened from the writer (near-real-time): searchers see updates at the next refresh, before a commit.
        SearcherManager searchers = new SearcherManager(writer, null);
        return new LiveIndex(name, path, directory, writer, searchers, CommonWords.read(path));
    }

    /** The layout version of the last commit (see {@link IndexFormat}). */
    int format() throws IOException {
        return IndexFormat.of(directory);
    }

    /** Commits what was written and closes everything; open searchers finish on their own readers. */
    void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
