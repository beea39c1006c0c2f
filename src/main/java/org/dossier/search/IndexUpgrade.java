package org.dossier.search;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import org.dossier.system.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Upgrades an index written by an older version of Dossier: when the site opens an index whose
 * {@link IndexFormat} is older than the current one, the normal atomic rebuild runs on a thread of its
 * own. The site keeps serving the old index (snippets fall back to the start of the text) and switches
 * to the new generation when it is complete, as after {@code reindex}.
 */
@Component
class IndexUpgrade {

    private static final Logger log = LoggerFactory.getLogger(IndexUpgrade.class);
    private final IndexRebuilder rebuilder;
    private volatile Thread running;

    IndexUpgrade(IndexRebuilder rebuilder) {
        this.rebuilder = rebuilder;
    }

    /** Starts the rebuild in the background when {@code format} is older than the current layout. */
    synchronized void startIfOutdated(String generation, int format) {
        if (format >= IndexFormat.CURRENT || (running != null && running.isAlive())) {
            return;
        }
        log.info("Search index {} has layout version {}, this version of Dossier writes {}: rebuilding it in the "
                + "background; searches use the old index until the new one is complete", generation, format,
                IndexFormat.CURRENT);
        running = new Thread(this::rebuild, "search-upgrade");
        running.setDaemon(true);
        running.start();
    }

    private void rebuild() {
        try {
            PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
            IndexRebuilder.Result result = rebuilder.rebuild(
                    new Progress("Upgrading the search index", rebuilder.documentsToIndex(), quiet, false));
            log.info("Search index upgraded: {} publications in {} ms into {}", result.documents(), result.millis(),
                    result.generation());
        } catch (IOException | RuntimeException e) {
            log.error("Search index upgrade failed; the old index stays in use and the next start tries again", e);
        }
    }
}
