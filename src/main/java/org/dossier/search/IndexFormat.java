package org.dossier.search;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

/**
 * The version of the index's document layout, kept in every commit's user data. A site that finds an
 * older (or no) version rebuilds the index in the background, so an installation upgrades itself:
 * <ol>
 *   <li>(no version) the first layout: whole bodies stored, snippets re-analysed at search time;</li>
 *   <li>offsets in the flat text's postings with its first 10,000 characters stored (snippets by the unified
 *       highlighter without re-analysis), and a result's display fields in one doc-values field.</li>
 * </ol>
 * Raise {@link #CURRENT} whenever {@link SearchDocuments} changes what an existing index must contain.
 */
final class IndexFormat {

    static final int CURRENT = 2;
    static final String KEY = "dossier.index.format";

    private IndexFormat() {
    }

    /** The version of the last commit in {@code directory}; {@link #CURRENT} when there is no commit yet. */
    static int of(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return CURRENT;
        }
        String value = SegmentInfos.readLatestCommit(directory).getUserData().get(KEY);
        try {
            return value == null ? 1 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Marks what {@code writer} commits from now on as the current layout (only for a writer that builds one). */
    static void stamp(IndexWriter writer) {
        writer.setLiveCommitData(Map.of(KEY, String.valueOf(CURRENT)).entrySet(), true);
    }
}
