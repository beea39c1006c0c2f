package org.dossier.search;

import java.io.IOException;
import org.springframework.stereotype.Service;

/** The index's state for the dashboard: documents, generation in use, last check against the database. */
@Service
public class IndexStatus {

    private final SearchIndex index;

    IndexStatus(SearchIndex index) {
        this.index = index;
    }

    /** {@code documents} is -1 and {@code generation} null while the index is not open. */
    public record Status(long documents, String generation, long lastCheckedAt) {

        public boolean open() {
            return generation != null;
        }
    }

    public Status status() {
        long documents;
        try {
            documents = index.read(searcher -> searcher.getIndexReader().numDocs());
        } catch (IOException | RuntimeException closed) {
            documents = -1;
        }
        return new Status(documents, index.generation(), index.lastCheckedAt());
    }
}
