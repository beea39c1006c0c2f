package org.dossier.search;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.dossier.system.DossierProperties;
import org.dossier.system.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Builds a complete new index generation beside the one in use and then points {@code CURRENT} at
 * it. Readers never see a half-built index: the running site (if any) adopts it at its next refresh
 * and catches up on changes made during the rebuild by comparing versions.
 */
@Component
public class IndexRebuilder {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuilder.class);
    private final IndexLayout layout;
    private final IndexFeeder feeder;

    IndexRebuilder(DossierProperties dossier, IndexFeeder feeder) {
        this.layout = new IndexLayout(dossier.dataDir().toAbsolutePath().normalize().resolve("index"));
        this.feeder = feeder;
    }

    /** What a rebuild did. */
    public record Result(String generation, long documents, long millis) {
    }

    /** Rebuilds with a progress bar on the console. */
    public Result rebuild() throws IOException {
        return rebuild(Progress.onConsole("Reindexing", documentsToIndex()));
    }

    /** How many publications a rebuild will write (the total of its progress). */
    public long documentsToIndex() {
        return feeder.publishedCount();
    }

    /** Rebuilds, reporting each document to {@code progress} (the admin's background job watches it). */
    public Result rebuild(Progress progress) throws IOException {
        long started = System.currentTimeMillis();
        String previous = layout.current();
        String name = layout.newGeneration();
        Path dir = layout.root().resolve(name);
        long count;
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Analyzers.perField())
                     .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(bufferMegabytes()))) {
            IndexFormat.stamp(writer);
            CommonWords words = feeder.commonWords();
            words.write(dir);
            count = feeder.rebuild(writer, words, progress);
            writer.commit();
        } catch (IOException | RuntimeException e) {
            layout.delete(name);
            throw e;
        }
        progress.finish();
        layout.makeCurrent(name);
        deleteIfUnused(previous);
        return new Result(name, count, System.currentTimeMillis() - started);
    }

    /**
     * The writer's buffer: a quarter of the heap, at most 512 MB. A larger buffer flushes fewer, larger
     * segments, and every search pays per segment (term look-ups, scorers, facet ordinals): at 100k documents
     * the 128 MB buffer left 11 segments, and one segment cut the raw-Lucene CPU per query by 15%, a phrase
     * query's by 40% (bench/search.sh). Merging down after the rebuild would cost a third of its time.
     */
    static double bufferMegabytes() {
        return Math.max(64, Math.min(512, Runtime.getRuntime().maxMemory() / 4 / (1024 * 1024)));
    }

    /** Removes the old generation unless a running site still holds it (it deletes it itself after switching). */
    private void deleteIfUnused(String previous) throws IOException {
        if (previous == null) {
            return;
        }
        try (FSDirectory directory = FSDirectory.open(layout.root().resolve(previous));
             Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            lock.ensureValid();
        } catch (LockObtainFailedException busy) {
            log.info("The running site will switch from {} to the new index within a second", previous);
            return;
        }
        layout.delete(previous);
    }
}
