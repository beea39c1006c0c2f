package org.dossier.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.util.Bits;
import org.dossier.system.DossierProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The live index: one long-lived {@link IndexWriter} and a SearcherManager over it, opened when the
 * site starts (never in command-line tasks, which must not take the running site's write lock).
 * At start it compares every indexed version with the database and repairs the difference, saying
 * so in the log; a background thread refreshes searchers, adopts a generation built by the
 * {@code reindex} command, and re-checks against the database now and then.
 */
@Component
public class SearchIndex implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private final IndexLayout layout;
    private final Analyzer analyzer = Analyzers.perField();
    private final SearchProperties properties;
    private final IndexFeeder feeder;
    private final IndexUpgrade upgrade;
    private final SeparateBuild separateBuild;
    private final ApplicationEventPublisher events;
    private final boolean taskMode;
    private final Object writeLock = new Object();
    private volatile LiveIndex live;
    private ScheduledExecutorService background;
    private long lastReconcile;
    private volatile long lastCheckedAt;

    SearchIndex(DossierProperties dossier, SearchProperties properties, IndexFeeder feeder,
                IndexUpgrade upgrade, SeparateBuild separateBuild, ApplicationEventPublisher events,
                @Value("${dossier.task-mode:false}") boolean taskMode) {
        this.layout = new IndexLayout(dossier.dataDir().toAbsolutePath().normalize().resolve("index"));
        this.properties = properties;
        this.feeder = feeder;
        this.upgrade = upgrade;
        this.separateBuild = separateBuild;
        this.events = events;
        this.taskMode = taskMode;
    }

    @Override
    public void start() {
        if (taskMode) {
            return;
        }
        try {
            if (layout.markRunning()) {
                log.warn("Search index: the last run did not stop cleanly; checking the index against the database");
            }
            String name = layout.current();
            if (name == null) {
                name = layout.newGeneration();
                log.info("Search index: none found, building a new one in {}", layout.root().resolve(name));
                feeder.commonWords().write(layout.root().resolve(name));
            }
            layout.deleteAbandoned(name);
            live = LiveIndex.open(layout.root(), name, analyzer);
            layout.makeCurrent(name);
            upgrade.startIfOutdated(name, live.format());
            // Nori loads its dictionaries on first use (about two seconds): do it now, not in the first update.
            Tokens.of(analyzer, Fields.TEXT_KO, "북한의 경제");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + layout.root(), e);
        }
        background = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "search-refresh"));
        // The check against the database runs in the background: after a large import it indexes tens of
        // thousands of items, and the site should serve (with a growing index) meanwhile.
        background.execute(this::startupCheck);
        background.scheduleWithFixedDelay(this::tick, properties.refreshMillis(), properties.refreshMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (live == null) {
            return;
        }
        // No interrupt: an interrupted thread doing I/O closes Lucene's file channels (and can void the write lock).
        background.shutdown();
        try {
            separateBuild.cancel();
            background.awaitTermination(10, TimeUnit.SECONDS);
            synchronized (writeLock) {
                LiveIndex index = live;
                live = null;
                index.close();
            }
            layout.markStopped();
        } catch (IOException | AlreadyClosedException e) {
            // the marker stays, so the next start checks everything against the database
            log.error("Search index did not close cleanly; it will be checked at the next start", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return live != null;
    }

    /**
     * Runs {@code action} with the writer and makes the change visible to searchers at once. The commit
     * (the fsync) follows within a second on the background thread: a crash before it loses nothing,
     * because the start-up check against the database redoes whatever the index is missing.
     */
    void write(IndexAction action) throws IOException {
        synchronized (writeLock) {
            LiveIndex index = live;
            if (index == null) {
                return;
            }
            action.apply(index.writer(), index.words());
            index.searchers().maybeRefreshBlocking();
        }
        events.publishEvent(new SearchIndexChanged());
    }

    /** Runs a read against a current searcher, released afterwards. */
    public <T> T read(SearchAction<T> action) throws IOException {
        for (int attempt = 0; ; attempt++) {
            LiveIndex index = live;
            if (index == null) {
                throw new IOException("The search index is not open");
            }
            IndexSearcher searcher;
            try {
                searcher = index.searchers().acquire();
            } catch (AlreadyClosedException e) {
                if (attempt < 3) {
                    continue; // a new generation was swapped in meanwhile; use it
                }
                throw e;
            }
            try {
                return action.apply(searcher);
            } finally {
                index.searchers().release(searcher);
            }
        }
    }

    private long indexedPublications() throws IOException {
        return read(searcher -> (long) searcher.count(Fields.publications()));
    }

    /** Id to version of every indexed document (experts have version 0). */
    Map<String, Integer> indexedVersions() throws IOException {
        return read(searcher -> {
            Map<String, Integer> versions = new HashMap<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                SortedDocValues ids = leaf.reader().getSortedDocValues(Fields.SORT_ID);
                NumericDocValues vs = leaf.reader().getNumericDocValues(Fields.VERSION);
                Bits liveDocs = leaf.reader().getLiveDocs();
                if (ids == null || vs == null) {
                    continue;
                }
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if ((liveDocs == null || liveDocs.get(doc)) && ids.advanceExact(doc) && vs.advanceExact(doc)) {
                        versions.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), (int) vs.longValue());
                    }
                }
            }
            return versions;
        });
    }

    private void startupCheck() {
        try {
            if (separateBuild.wanted(feeder.publishedCount() - indexedPublications()) && buildSeparately()) {
                return;
            }
            reconcile("start");
        } catch (IOException | RuntimeException e) {
            log.error("Search index start-up check failed; the periodic check will try again", e);
        }
    }

    /**
     * Builds the whole index with the {@code reindex} task in a child JVM (see {@link SeparateBuild}) and
     * adopts it, the site serving meanwhile from the index it has; false when that failed and this JVM
     * should repair the index itself.
     */
    private boolean buildSeparately() throws IOException {
        String before = live.name();
        long started = System.nanoTime();
        log.info("Search index: building it in a separate process (log: {})", layout.root().resolve(SeparateBuild.LOG));
        ScheduledExecutorService thisRun = background;
        try {
            boolean built = separateBuild.run(layout.root(), thisRun::isShutdown);
            String current = layout.current();
            if (thisRun.isShutdown()) {
                return true; // the site is stopping; the next start builds or adopts
            }
            if (!built || current == null || current.equals(before)) {
                log.warn("Search index: the separate build failed (see {}); building in this process instead",
                        layout.root().resolve(SeparateBuild.LOG));
                return false;
            }
            log.info("Search index: the separate build finished in {} ms", (System.nanoTime() - started) / 1_000_000);
            adopt(current);
            return true;
        } catch (IOException | RuntimeException e) {
            // no java binary where java.home says, a setting that does not resolve: repair as before
            log.warn("Search index: the separate build could not start ({}); building in this process instead",
                    e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /** Compares the index with the database and repairs any difference; returns the number of fixes. */
    public int reconcile(String why) throws IOException {
        long started = System.nanoTime();
        int repaired = feeder.reconcile(this);
        lastReconcile = System.nanoTime();
        lastCheckedAt = System.currentTimeMillis();
        if (repaired > 0 || why.equals("start")) {
            log.info("Search index checked against the database ({}): {} difference(s) repaired in {} ms", why,
                    repaired, (System.nanoTime() - started) / 1_000_000);
        }
        return repaired;
    }

    /** The name of the generation in use, or null when closed. */
    String generation() {
        LiveIndex index = live;
        return index == null ? null : index.name();
    }

    /** When the index was last compared with the database (epoch millis), 0 if not yet. */
    long lastCheckedAt() {
        return lastCheckedAt;
    }

    Path root() {
        return layout.root();
    }

    IndexLayout layout() {
        return layout;
    }

    Analyzer analyzer() {
        return analyzer;
    }

    private void tick() {
        try {
            LiveIndex index = live;
            if (index == null) {
                return;
            }
            String current = layout.current();
            if (current != null && !current.equals(index.name())) {
                adopt(current);
            } else {
                index.searchers().maybeRefresh();
                commitIfChanged(index);
            }
            if (System.nanoTime() - lastReconcile > properties.reconcileMillis() * 1_000_000) {
                reconcile("periodic check");
            }
        } catch (AlreadyClosedException e) {
            reopen(e);
        } catch (Exception e) {
            log.error("Search index refresh failed", e);
        }
    }

    /** The writer died (its lock was lost, a disk error): open the generation again and repair from the database. */
    private void reopen(AlreadyClosedException cause) {
        log.error("Search index writer failed; reopening it and checking against the database", cause);
        try {
            synchronized (writeLock) {
                LiveIndex broken = live;
                if (broken == null) {
                    return;
                }
                try {
                    broken.writer().rollback();
                } catch (IOException | RuntimeException ignored) {
                    // it is already broken; the reopen below is what matters
                }
                live = LiveIndex.open(layout.root(), broken.name(), analyzer);
            }
            reconcile("after reopening");
        } catch (IOException e) {
            log.error("Search index could not be reopened", e);
        }
    }

    private void commitIfChanged(LiveIndex index) throws IOException {
        synchronized (writeLock) {
            if (live == index && index.writer().hasUncommittedChanges()) {
                index.writer().commit();
            }
        }
    }

    /** Switches to a generation the reindex command finished, then catches up on changes made meanwhile. */
    private void adopt(String name) throws IOException {
        LiveIndex old;
        synchronized (writeLock) {
            old = live;
            live = LiveIndex.open(layout.root(), name, analyzer);
            old.close();
        }
        layout.delete(old.name());
        log.info("Search index: switched to the rebuilt index {}", name);
        reconcile("after switch");
        events.publishEvent(new SearchIndexChanged());
    }

    /** A change made with the writer; documents are paired by the generation's own {@code words}. */
    @FunctionalInterface
    interface IndexAction {
        void apply(IndexWriter writer, CommonWords words) throws IOException;
    }

    /** A read made with a searcher. */
    @FunctionalInterface
    public interface SearchAction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
