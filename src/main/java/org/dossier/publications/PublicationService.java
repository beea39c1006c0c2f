package org.dossier.publications;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.web.MarkdownRenderer;
import org.dossier.web.Slugs;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to publications goes through here: save (create or update), publish what is due,
 * withdraw. Each call is one transaction and announces a {@link PublicationChanged} event that
 * listeners act on after commit.
 */
@Service
public class PublicationService {

    private static final int SUMMARY_LENGTH = 240;
    private static final int MAX_TITLE = 500;

    private static final String SYSTEM = "system";

    private final PublicationStore store;
    private final RevisionRepository revisions;
    private final MarkdownRenderer markdown;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PublicationService(PublicationStore store, RevisionRepository revisions, MarkdownRenderer markdown,
                       ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.revisions = revisions;
        this.markdown = markdown;
        this.events = events;
        this.clock = clock;
    }

    /** Creates or updates one publication; returns its id. */
    @Transactional
    public long save(PublicationInput in) {
        return save(in, SYSTEM);
    }

    /** Creates or updates one publication, recording {@code savedBy} on the revision it keeps; returns its id. */
    @Transactional
    public long save(PublicationInput in, String savedBy) {
        long id = write(prepare(in), clock.instant(), savedBy, true);
        events.publishEvent(new PublicationChanged(List.of(id)));
        return id;
    }

    /** Saves many publications in one transaction (imports); returns their ids in input order. */
    @Transactional
    public List<Long> saveAll(List<PublicationInput> inputs) {
        Instant now = clock.instant();
        List<Long> ids = new ArrayList<>(inputs.size());
        for (PublicationInput in : inputs) {
            ids.add(write(prepare(in), now, SYSTEM, true));
        }
        if (!ids.isEmpty()) {
            events.publishEvent(new PublicationChanged(ids));
        }
        return ids;
    }

    /**
     * Checks and renders an input without touching the database. Imports call it on many threads,
     * then hand the results to {@link #saveAllPrepared} so the write transaction stays short.
     */
    public Prepared prepare(PublicationInput raw) {
        PublicationInput in = raw.cleaned();
        validate(in);
        MarkdownRenderer.RenderedBody body = markdown.renderBody(in.bodyMd());
        String summary = in.summary() != null && !in.summary().isBlank() ? in.summary().strip()
                : body.lead() != null ? shorten(body.lead()) : summarize(body.html());
        return new Prepared(in, body.html(), summary, body.readingMinutes(), baseSlug(in));
    }

    /**
     * Saves inputs rendered by {@link #prepare} in one transaction; returns their ids in input order and how many are new.
     * This bulk path (imports, demo content) keeps no revision per row, which would cost a quarter to a
     * third more CPU per item; the first later save of such an item records its imported state first.
     */
    @Transactional
    public Saved saveAllPrepared(List<Prepared> prepared) {
        Instant now = clock.instant();
        List<Long> ids = new ArrayList<>(prepared.size());
        Set<String> insertedHere = new HashSet<>();
        int created = 0;
        try (BulkInsert bulk = store.bulk()) {
            for (Prepared p : prepared) {
                PublicationInput in = p.input();
                boolean fresh = in.id() == null && !insertedHere.contains(in.externalId())
                        && bulk.identify(in.externalId()).isEmpty();
                if (fresh) {
                    ids.add(insertNew(p, now, bulk));
                    created++;
                    if (in.externalId() != null) {
                        insertedHere.add(in.externalId());
                    }
                } else {
                    ids.add(write(p, now, SYSTEM, false));
                }
            }
        }
        if (!ids.isEmpty()) {
            events.publishEvent(new PublicationChanged(ids));
        }
        return new Saved(ids, created);
    }

    /** What a bulk save did: the ids in input order, and how many of them are new publications. */
    public record Saved(List<Long> ids, int created) {
    }

    /** A new row of a bulk save: what {@link #write} does for a publication that is not there yet. */
    private long insertNew(Prepared prepared, Instant now, BulkInsert bulk) {
        PublicationInput in = prepared.input();
        String base = prepared.baseSlug;
        String slug = base;
        for (int n = 2; bulk.slugTaken(in.sectionId(), slug); n++) {
            slug = base + "-" + n;
        }
        return bulk.insert(row(prepared, Optional.empty(), now, slug));
    }

    /** The row to store: status and dates defaulted from what is already stored, if anything. */
    private static PublicationStore.Row row(Prepared prepared, Optional<PublicationStore.Identity> existing, Instant now,
                                            String slug) {
        PublicationInput in = prepared.input();
        Status status = in.status();
        Instant publishedAt = in.publishedAt();
        if (status == Status.PUBLISHED && publishedAt == null) {
            publishedAt = existing.map(PublicationStore.Identity::publishedAt).orElse(now);
        }
        if (status == Status.SCHEDULED && !publishedAt.isAfter(now)) {
            status = Status.PUBLISHED;
        }
        Instant createdAt = existing.map(PublicationStore.Identity::createdAt).orElse(now);
        Instant updatedAt = in.updatedAt() != null ? in.updatedAt()
                : existing.isPresent() ? now : (publishedAt != null ? publishedAt : now);
        return new PublicationStore.Row(in, slug, prepared.summary, prepared.bodyHtml, status, publishedAt,
                updatedAt, createdAt, prepared.readingMinutes);
    }

    /**
     * An input with its body rendered and sanitised, ready to be written. Only {@link #prepare} makes
     * one, so stored HTML never bypasses the sanitiser.
     */
    public static final class Prepared {
        private final PublicationInput input;
        private final String bodyHtml;
        private final String summary;
        private final int readingMinutes;
        /** The slug the title (or the given slug) makes, before any "-2": worked out with the rendering, off the writer's thread. */
        private final String baseSlug;

        private Prepared(PublicationInput input, String bodyHtml, String summary, int readingMinutes, String baseSlug) {
            this.input = input;
            this.bodyHtml = bodyHtml;
            this.summary = summary;
            this.readingMinutes = readingMinutes;
            this.baseSlug = baseSlug;
        }

        public PublicationInput input() {
            return input;
        }

        /** The same rendering with these links (imports learn the ids of names only when they write). */
        public Prepared withLinks(List<Long> authors, List<Long> topics, List<Long> regions, List<Long> tags) {
            return new Prepared(input.withLinks(authors, topics, regions, tags), bodyHtml, summary, readingMinutes,
                    baseSlug);
        }
    }

    /** Makes public every scheduled publication whose time has come; returns their ids. */
    @Transactional
    public List<Long> publishDue() {
        List<Long> ids = store.publishDue(clock.instant());
        if (!ids.isEmpty()) {
            events.publishEvent(new PublicationChanged(ids));
        }
        return ids;
    }

    /** Takes a publication down; its address answers 410 Gone from now on. */
    @Transactional
    public void withdraw(long id) {
        changeStatus(id, Status.WITHDRAWN);
    }

    /** Makes a publication public now. */
    @Transactional
    public void publish(long id) {
        changeStatus(id, Status.PUBLISHED);
    }

    /** Checks an input without saving it; throws {@link InvalidPublicationException} saying what is wrong. */
    public void validate(PublicationInput in) {
        if (in.title() == null || in.title().isBlank()) {
            throw new InvalidPublicationException("A title is required.");
        }
        if (in.title().length() > MAX_TITLE) {
            throw new InvalidPublicationException("The title is longer than " + MAX_TITLE + " characters.");
        }
        if (in.status() == null) {
            throw new InvalidPublicationException("A status is required (draft, scheduled, published or withdrawn).");
        }
        if (in.status() == Status.SCHEDULED && in.publishedAt() == null) {
            throw new InvalidPublicationException("A scheduled publication needs a publication time.");
        }
    }

    private void changeStatus(long id, Status status) {
        if (!store.setStatus(id, status, clock.instant())) {
            throw new InvalidPublicationException("There is no publication " + id + ".");
        }
        events.publishEvent(new PublicationChanged(List.of(id)));
    }

    private long write(Prepared prepared, Instant now, String savedBy, boolean keepRevision) {
        PublicationInput in = prepared.input();
        var existing = store.identify(in.id(), in.externalId());
        if (in.id() != null && existing.isEmpty()) {
            throw new InvalidPublicationException("There is no publication " + in.id() + ".");
        }
        long selfId = existing.map(PublicationStore.Identity::id).orElse(-1L);
        String slug = uniqueSlug(in, prepared.baseSlug, selfId);
        var row = row(prepared, existing, now, slug);
        if (keepRevision && existing.isPresent()) {
            revisions.recordBaselineIfNone(selfId);
        }
        long id;
        if (existing.isPresent()) {
            id = selfId;
            store.update(id, row);
            store.replaceLinks(id, in);
        } else {
            id = store.insert(row);
        }
        if (keepRevision) {
            // Every save keeps a revision, in this transaction, holding the slug actually given.
            revisions.record(id, in.withIdentity(id, slug), savedBy, now);
        }
        return id;
    }

    private String uniqueSlug(PublicationInput in, String base, long selfId) {
        String slug = base;
        for (int n = 2; store.slugTaken(in.sectionId(), slug, selfId); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private static String baseSlug(PublicationInput in) {
        String base = Slugs.of(in.slug() == null || in.slug().isBlank() ? in.title() : in.slug());
        return base.isEmpty() ? "publication" : base;
    }

    private static String summarize(String html) {
        // the summary needs only the start of the text: a long body is parsed from a short prefix,
        // then from a longer one should the start be mostly markup, and whole only as a last resort
        for (int prefix : new int[] {4 * SUMMARY_LENGTH, 16 * SUMMARY_LENGTH}) {
            if (html.length() > prefix) {
                String text = MarkdownRenderer.text(html.substring(0, prefix));
                if (text.length() > 2 * SUMMARY_LENGTH) {
                    return shorten(text);
                }
            }
        }
        return shorten(MarkdownRenderer.text(html));
    }

    private static String shorten(String text) {
        if (text.length() <= SUMMARY_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SUMMARY_LENGTH);
        return text.substring(0, cut > 0 ? cut : SUMMARY_LENGTH) + "…";
    }
}
