package org.dossier.search;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

/**
 * The version of the index's document layout, kept in every commit's user data. A site that finds an
 * older (or no) version rebuilds the index in the background, so an installation upgrades itself:
 * <ol>
 *   <li>(no version) the first layout: whole bodies stored, snippets re-analysed at search time;</li>
 *   <li>offsets in the flat text's postings with its first 10,000 characters stored (snippets by the unified
 *       highlighter without re-analysis), and a result's display fields in one doc-values field;</li>
 *   <li>the flat text's pairs of neighbouring words ({@link WordPairs}), so two-word phrases are term lookups.
 *       Searches use them only on an index of this version or later ({@link #of(IndexReader)}): in an older
 *       one, merged segments may hold documents without pairs.</li>
 *   <li>the pairs are those of the generation's own list of common words ({@link CommonWords}), kept beside it
 *       and used for every document written into it. Version 3 paired a fixed list, which its later updates
 *       no longer know, so its pairs are not used (positions answer) until it is rebuilt.</li>
 *   <li>the spelling vocabulary is the flat text's own words, taken from its analysis ({@link SpellingWords}):
 *       all of the flat text (also the summary, names, topics and regions), possessives stripped.</li>
 * </ol>
 * Raise {@link #CURRENT} whenever {@link SearchDocuments} changes what an existing index must contain.
 */
final class IndexFormat {

    static final int CURRENT = 5;
    static final String KEY = "dossier.index.format";
    private static final PerReader<Integer> FORMATS = new PerReader<>();

    private IndexFormat() {
    }

    /** The version of the last commit in {@code directory}; {@link #CURRENT} when there is no commit yet. */
    static int of(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return CURRENT;
        }
        return parse(SegmentInfos.readLatestCommit(directory).getUserData().get(KEY));
    }

    /**
     * The version of the index a reader reads, 1 when unknown (not a directory's reader). Kept
     * for the last reader asked about, as every search asks and a reader is replaced only at a refresh.
     */
    static int of(IndexReader reader) throws IOException {
        // the directory's last commit, not the reader's: a near-real-time reader of a writer that created
        // the index carries no commit data until the writer is reopened
        return FORMATS.get(reader, r -> r instanceof DirectoryReader directory ? of(directory.directory()) : 1);
    }

    private static int parse(String value) {
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
