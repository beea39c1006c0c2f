package org.dossier.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.dossier.experts.Expert;
import org.dossier.experts.ExpertRepository;
import org.dossier.publications.Publication;
import org.dossier.publications.PublicationRepository;
import org.dossier.publications.Status;
import org.dossier.system.Progress;
import org.dossier.web.MarkdownRenderer;
import org.springframework.stereotype.Component;

/**
 * Feeds the index from the database, the source of truth: single updates after a change, the
 * start-up comparison of versions, and full rebuilds. Only published items are ever added; any
 * other status deletes the item from the index.
 */
@Component
class IndexFeeder {

    private final PublicationRepository publications;
    private final ExpertRepository experts;
    private final AttachmentText attachments;
    private final SearchProperties properties;
    private final SearchDocuments documents = new SearchDocuments();

    IndexFeeder(PublicationRepository publications, ExpertRepository experts, AttachmentText attachments,
                SearchProperties properties) {
        this.publications = publications;
        this.experts = experts;
        this.attachments = attachments;
        this.properties = properties;
    }

    /** Brings the given publications in the index in line with the database (add, replace or delete). */
    void update(IndexWriter writer, CommonWords words, List<Long> ids) throws IOException {
        for (int from = 0; from < ids.size(); from += properties.batchSize()) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + properties.batchSize()));
            List<Publication> loaded = publications.byIds(batch);
            Set<Long> seen = new HashSet<>(loaded.stream().map(Publication::id).toList());
            // IndexWriter is thread-safe and analyses in the calling thread: a parallel stream uses every core.
            parallel(loaded, p -> {
                Term id = new Term(Fields.ID, Fields.publicationId(p.id()));
                if (p.status() == Status.PUBLISHED) {
                    writer.updateDocument(id, documents.publication(p, attachments.of(p.attachments()), words));
                } else {
                    writer.deleteDocuments(id);
                }
            });
            for (long id : batch) {
                if (!seen.contains(id)) {
                    writer.deleteDocuments(new Term(Fields.ID, Fields.publicationId(id)));
                }
            }
        }
    }

    /** Replaces every expert document: there are few, and names or roles may have changed. */
    void experts(IndexWriter writer, CommonWords words) throws IOException {
        writer.deleteDocuments(new TermQuery(new Term(Fields.KIND, Fields.KIND_EXPERT)));
        for (Expert e : experts.all()) {
            writer.addDocument(documents.expert(e, words));
        }
    }

    /** Repairs every difference between the index and the database; returns how many items were fixed. */
    int reconcile(SearchIndex index) throws IOException {
        Map<String, Integer> indexed = index.indexedVersions();
        Map<Long, Integer> wanted = publications.publishedVersions();
        List<Long> stale = new ArrayList<>();
        wanted.forEach((id, version) -> {
            if (!version.equals(indexed.get(Fields.publicationId(id)))) {
                stale.add(id);
            }
        });
        List<String> extra = indexed.keySet().stream().filter(k -> k.startsWith("p"))
                .filter(k -> !wanted.containsKey(Long.parseLong(k.substring(1)))).toList();
        List<Expert> people = experts.all();
        Set<String> expertIds = new HashSet<>(people.stream().map(e -> Fields.expertId(e.id())).toList());
        boolean expertsDiffer = !expertIds.equals(new HashSet<>(indexed.keySet().stream()
                .filter(k -> k.startsWith("e")).toList()));
        boolean firstRun = indexed.isEmpty();
        if (stale.isEmpty() && extra.isEmpty() && !expertsDiffer && !firstRun) {
            return 0;
        }
        Progress progress = stale.size() > 1000 ? Progress.onConsole("Indexing", stale.size()) : null;
        index.write((writer, words) -> {
            for (String id : extra) {
                writer.deleteDocuments(new Term(Fields.ID, id));
            }
            for (int from = 0; from < stale.size(); from += properties.batchSize()) {
                List<Long> batch = stale.subList(from, Math.min(stale.size(), from + properties.batchSize()));
                update(writer, words, batch);
                if (progress != null) {
                    progress.step(batch.size());
                }
            }
            experts(writer, words);
        });
        if (progress != null) {
            progress.finish();
        }
        return stale.size() + extra.size() + (expertsDiffer ? 1 : 0);
    }

    /** Writes every published item and expert into a fresh writer (a new generation), reporting progress. */
    long rebuild(IndexWriter writer, CommonWords words, Progress progress) throws IOException {
        List<Long> ids = publications.publishedIds();
        for (int from = 0; from < ids.size(); from += properties.batchSize()) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + properties.batchSize()));
            parallel(publications.byIds(batch), p -> {
                if (p.status() == Status.PUBLISHED) {
                    writer.addDocument(documents.publication(p, attachments.of(p.attachments()), words));
                }
            });
            progress.step(batch.size());
        }
        experts(writer, words);
        return ids.size();
    }

    private interface IndexStep {
        void apply(Publication p) throws IOException;
    }

    private static void parallel(List<Publication> batch, IndexStep step) throws IOException {
        try {
            batch.parallelStream().forEach(p -> {
                try {
                    step.apply(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The common words of what is published ({@link CommonWords}), from up to {@link CommonWords#SAMPLE}
     * publications spread evenly over the archive: title, summary and body, as the flat text holds them.
     */
    CommonWords commonWords() {
        List<Long> ids = publications.publishedIds();
        int size = Math.min(ids.size(), CommonWords.SAMPLE);
        List<Long> sample = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            sample.add(ids.get((int) ((long) i * ids.size() / size)));
        }
        List<String> texts = new ArrayList<>(size);
        for (int from = 0; from < sample.size(); from += properties.batchSize()) {
            for (Publication p : publications.byIds(sample.subList(from, Math.min(sample.size(),
                    from + properties.batchSize())))) {
                texts.add(p.title() + "\n" + p.summary() + "\n" + MarkdownRenderer.text(p.bodyHtml()));
            }
        }
        return CommonWords.derive(texts);
    }

    /** The total number of publications a rebuild will write (for the progress bar). */
    long publishedCount() {
        return publications.countPublished();
    }
}
