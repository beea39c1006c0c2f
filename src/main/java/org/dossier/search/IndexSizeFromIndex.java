package org.dossier.search;

import org.dossier.web.IndexSize;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/** "Total Index: N publications", counted in the live index rather than the database. */
@Primary
@Component
class IndexSizeFromIndex implements IndexSize {

    private final SearchIndex index;
    private final SearchService search;
    private final IndexSize databaseCount;

    IndexSizeFromIndex(SearchIndex index, SearchService search,
                       @org.springframework.beans.factory.annotation.Qualifier("publishedCount") IndexSize databaseCount) {
        this.index = index;
        this.search = search;
        this.databaseCount = databaseCount;
    }

    @Override
    public long publications() {
        // In command-line tasks the index is not open; the database count is the honest answer there.
        return index.isRunning() ? search.publicationCount() : databaseCount.publications();
    }
}
