package org.dossier.publications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.experts.Expert;
import org.dossier.experts.ExpertRepository;
import org.dossier.taxonomy.PublicationType;
import org.dossier.taxonomy.Section;
import org.dossier.taxonomy.TaxonomyRepository;
import org.dossier.taxonomy.Term;
import org.dossier.taxonomy.TermKind;
import org.dossier.web.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads publications. Public listings filter on status in SQL; nothing unpublished leaves here by accident. */
@Repository
public class PublicationRepository {

    private static final String FULL = """
            SELECT p.id, p.slug, p.title, p.subtitle, p.summary, p.body_md, p.body_html, p.status, p.published_at,
                   p.updated_at, p.reading_minutes, p.image_url, p.image_alt, p.image_caption, p.image_credit,
                   p.image_licence, p.event_start, p.event_end, p.event_location, p.external_id, p.version,
                   s.id AS s_id, s.slug AS s_slug, s.name AS s_name, s.description AS s_description,
                   s.position AS s_position, t.id AS t_id, t.slug AS t_slug, t.name AS t_name,
                   t.plural AS t_plural, t.schema_type AS t_schema_type
            FROM publications p JOIN sections s ON s.id = p.section_id JOIN publication_types t ON t.id = p.type_id
            """;
    private static final String CARD = """
            SELECT p.id, s.slug AS s_slug, p.slug, p.title, p.summary, t.name AS t_name, s.name AS s_name,
                   p.published_at, p.image_url, p.image_alt
            FROM publications p JOIN sections s ON s.id = p.section_id JOIN publication_types t ON t.id = p.type_id
            """;

    private final JdbcClient jdbc;
    private final ExpertRepository experts;
    private final TaxonomyRepository taxonomy;

    PublicationRepository(JdbcClient jdbc, ExpertRepository experts, TaxonomyRepository taxonomy) {
        this.jdbc = jdbc;
        this.experts = experts;
        this.taxonomy = taxonomy;
    }

    /** The publication at {@code /{section}/{slug}}, whatever its status (the caller decides what to show). */
    public Optional<Publication> bySectionAndSlug(String section, String slug) {
        return jdbc.sql(FULL + " WHERE s.slug = :section AND p.slug = :slug")
                .param("section", section).param("slug", slug)
                .query(this::row).optional().map(this::complete);
    }

    public Optional<Publication> byId(long id) {
        return jdbc.sql(FULL + " WHERE p.id = :id").param("id", id).query(this::row).optional().map(this::complete);
    }

    /** Full publications for the given ids (any status), in no particular order. Used to feed the search index. */
    public List<Publication> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Publication> rows = jdbc.sql(FULL + " WHERE p.id IN (:ids)").param("ids", ids).query(this::row).list();
        return completeAll(rows);
    }

    /** One page of public publications, newest first. */
    public Paged<PublicationCard> list(Listing listing, int page, int size) {
        return list(PublicationFilter.of(listing), page, size);
    }

    /** One page of public publications matching a multi-valued filter, newest first. */
    public Paged<PublicationCard> list(PublicationFilter filter, int page, int size) {
        FilterSql where = FilterSql.of(filter);
        long total = jdbc.sql("SELECT COUNT(*) FROM publications p" + where.sql()).params(where.params())
                .query(Long.class).single();
        List<PublicationCard> cards = cards(jdbc.sql(CARD + where.sql()
                        + " ORDER BY p.published_at DESC, p.id DESC LIMIT :limit OFFSET :offset")
                .params(where.params()).param("limit", size).param("offset", Paged.offset(page, size)));
        return new Paged<>(cards, page, size, total);
    }

    /** Up to {@code limit} other public publications sharing a topic or an author, newest first. */
    public List<PublicationCard> related(Publication publication, int limit) {
        return cards(jdbc.sql(CARD + """
                 WHERE p.status = 'published' AND p.id <> :id AND (
                   p.id IN (SELECT publication_id FROM publication_topics WHERE topic_id IN
                            (SELECT topic_id FROM publication_topics WHERE publication_id = :id))
                   OR p.id IN (SELECT publication_id FROM publication_authors WHERE expert_id IN
                            (SELECT expert_id FROM publication_authors WHERE publication_id = :id)))
                 ORDER BY p.published_at DESC, p.id DESC LIMIT :limit""")
                .param("id", publication.id()).param("limit", limit));
    }

    /** Number of published items: the fallback for "Total Index". */
    public long countPublished() {
        return jdbc.sql("SELECT COUNT(*) FROM publications WHERE status = 'published'").query(Long.class).single();
    }

    /**
     * Takes the row lock of a publication only if it is still at {@code version}; false when someone
     * saved it since. Called first in an editor's save transaction so the check and the write are one
     * step: on PostgreSQL a second save waits for the first, then finds the version moved on; on SQLite
     * the write lock is taken here, before anything else is read.
     */
    public boolean lockAtVersion(long id, int version) {
        return jdbc.sql("UPDATE publications SET version = version WHERE id = :id AND version = :version")
                .param("id", id).param("version", version).update() == 1;
    }

    public long countAll() {
        return jdbc.sql("SELECT COUNT(*) FROM publications").query(Long.class).single();
    }

    /** Ids and versions of every published item, for checking the search index against the database. */
    public Map<Long, Integer> publishedVersions() {
        Map<Long, Integer> versions = new java.util.HashMap<>();
        jdbc.sql("SELECT id, version FROM publications WHERE status = 'published'")
                .query(rs -> {
                    versions.put(rs.getLong(1), rs.getInt(2));
                });
        return versions;
    }

    /** Ids of every published item in id order, for streaming a full reindex. */
    public List<Long> publishedIds() {
        return jdbc.sql("SELECT id FROM publications WHERE status = 'published' ORDER BY id").query(Long.class).list();
    }

    private List<PublicationCard> cards(JdbcClient.StatementSpec spec) {
        List<CardRow> rows = spec.query((rs, n) -> new CardRow(rs.getLong("id"),
                "/" + rs.getString("s_slug") + "/" + rs.getString("slug"), rs.getString("title"),
                rs.getString("summary"), rs.getString("t_name"), rs.getString("s_name"),
                "/" + rs.getString("s_slug") + "/", instant(rs, "published_at"), rs.getString("image_url"),
                rs.getString("image_alt"))).list();
        Map<Long, List<Expert>> authors = experts.authorsOf(rows.stream().map(CardRow::id).toList());
        return rows.stream().map(r -> new PublicationCard(r.id, r.url, r.title, r.summary, r.typeName, r.sectionName,
                r.sectionUrl, r.publishedAt, authors.getOrDefault(r.id, List.of()), r.imageUrl, r.imageAlt)).toList();
    }

    private record CardRow(long id, String url, String title, String summary, String typeName, String sectionName,
                           String sectionUrl, Instant publishedAt, String imageUrl, String imageAlt) {
    }

    private Publication complete(Publication p) {
        return completeAll(List.of(p)).get(0);
    }

    private List<Publication> completeAll(List<Publication> rows) {
        List<Long> ids = rows.stream().map(Publication::id).toList();
        Map<Long, List<Expert>> authors = experts.authorsOf(ids);
        Map<Long, List<Term>> topics = taxonomy.termsOf(TermKind.TOPIC, ids);
        Map<Long, List<Term>> regions = taxonomy.termsOf(TermKind.REGION, ids);
        Map<Long, List<Term>> tags = taxonomy.termsOf(TermKind.TAG, ids);
        Map<Long, List<Attachment>> attachments = attachmentsOf(ids);
        List<Publication> done = new ArrayList<>(rows.size());
        for (Publication p : rows) {
            long id = p.id();
            done.add(new Publication(id, p.section(), p.type(), p.slug(), p.title(), p.subtitle(), p.summary(),
                    p.bodyMd(), p.bodyHtml(), p.status(), p.publishedAt(), p.updatedAt(), p.readingMinutes(),
                    p.image(), p.event(), authors.getOrDefault(id, List.of()), topics.getOrDefault(id, List.of()),
                    regions.getOrDefault(id, List.of()), tags.getOrDefault(id, List.of()),
                    attachments.getOrDefault(id, List.of()), p.externalId(), p.version()));
        }
        return done;
    }

    private Map<Long, List<Attachment>> attachmentsOf(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Attachment>> byPublication = new java.util.HashMap<>();
        jdbc.sql("SELECT publication_id, id, title, url, media_type, size_bytes FROM attachments"
                        + " WHERE publication_id IN (:ids) ORDER BY position, id")
                .param("ids", ids)
                .query(rs -> {
                    long sizeBytes = rs.getLong(6);
                    Long size = rs.wasNull() ? null : sizeBytes;
                    byPublication.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Attachment(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), size));
                });
        return byPublication;
    }

    private Publication row(ResultSet rs, int n) throws SQLException {
        Section section = new Section(rs.getLong("s_id"), rs.getString("s_slug"), rs.getString("s_name"),
                rs.getString("s_description"), rs.getInt("s_position"));
        PublicationType type = new PublicationType(rs.getLong("t_id"), rs.getString("t_slug"), rs.getString("t_name"),
                rs.getString("t_plural"), rs.getString("t_schema_type"));
        String imageUrl = rs.getString("image_url");
        FeaturedImage image = imageUrl == null ? null : new FeaturedImage(imageUrl, rs.getString("image_alt"),
                rs.getString("image_caption"), rs.getString("image_credit"), rs.getString("image_licence"));
        Instant eventStart = instant(rs, "event_start");
        EventDetails event = eventStart == null ? null
                : new EventDetails(eventStart, instant(rs, "event_end"), rs.getString("event_location"));
        return new Publication(rs.getLong("id"), section, type, rs.getString("slug"), rs.getString("title"),
                rs.getString("subtitle"), rs.getString("summary"), rs.getString("body_md"), rs.getString("body_html"),
                Status.fromDb(rs.getString("status")), instant(rs, "published_at"), instant(rs, "updated_at"),
                rs.getInt("reading_minutes"), image, event, List.of(), List.of(), List.of(), List.of(), List.of(),
                rs.getString("external_id"), rs.getInt("version"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
