package org.dossier.search;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.dossier.publications.PublicationChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Updates the index after a change to publications has committed, on one background thread so the
 * editor's request does not wait and updates apply in commit order. Each update is committed and
 * made visible to searchers before the next, well within a second for a normal edit.
 */
@Component
class SearchIndexer {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);
    private final SearchIndex index;
    private final IndexFeeder feeder;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "search-indexer"));

    SearchIndexer(SearchIndex index, IndexFeeder feeder) {
        this.index = index;
        this.feeder = feeder;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void publicationsChanged(PublicationChanged change) {
        List<Long> ids = List.copyOf(change.ids());
        worker.submit(() -> apply(ids));
    }

    private void apply(List<Long> ids) {
        long started = System.nanoTime();
        try {
            index.write((writer, words) -> {
                feeder.update(writer, words, ids);
                feeder.experts(writer, words);
            });
            log.debug("Indexed {} publication(s) in {} ms", ids.size(), (System.nanoTime() - started) / 1_000_000);
        } catch (Exception e) {
            // The periodic check against the database will repair what this update missed.
            log.error("Search index update failed for {} publication(s); the next check will repair it",
                    ids.size(), e);
        }
    }

    @PreDestroy
    void shutdown() {
        worker.shutdown();
    }
}
