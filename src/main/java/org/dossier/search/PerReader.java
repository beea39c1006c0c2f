package org.dossier.search;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * A value worked out once per index reader and shared by every search on it: a refresh (a publish, an
 * edit) brings a new reader, and with it a new value. Two threads meeting a new reader may both work
 * it out; either answer is right.
 */
final class PerReader<T> {

    /** Works the value out on a searcher of the current reader. */
    interface Work<T> {
        T on(IndexSearcher searcher) throws IOException;
    }

    private record Held<T>(IndexReader reader, T value) {
    }

    private volatile Held<T> held;

    /** Works the value out from the reader alone. */
    interface ReaderWork<T> {
        T on(IndexReader reader) throws IOException;
    }

    T get(IndexSearcher searcher, Work<T> work) throws IOException {
        return get(searcher.getIndexReader(), reader -> work.on(searcher));
    }

    T get(IndexReader reader, ReaderWork<T> work) throws IOException {
        Held<T> current = held;
        if (current == null || current.reader() != reader) {
            current = new Held<>(reader, work.on(reader));
            held = current;
        }
        return current.value();
    }
}
