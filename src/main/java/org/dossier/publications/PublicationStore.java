package org.dossier.publications;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes publications and their links. Called only by {@link PublicationService}, inside its transactions. */
@Repository
class PublicationStore {

    private final JdbcClient jdbc;

    PublicationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Identity(long id, long sectionId, String slug, Status status, Instant publishedAt, Instant createdAt) {
    }

    /** The row an input refers to: by id when given, else by external id. */
    Optional<Identity> identify(Long id, String externalId) {
        String select = "SELECT id, section_id, slug, status, published_at, created_at FROM publications WHERE ";
        JdbcClient.StatementSpec spec;
        if (id != null) {
            spec = jdbc.sql(select + "id = :id").param("id", id);
        } else if (externalId != null) {
            spec = jdbc.sql(select + "external_id = :externalId").param("externalId", externalId);
        } else {
            return Optional.empty();
        }
        return spec.query((rs, n) -> new Identity(rs.getLong(1), rs.getLong(2), rs.getString(3),
                Status.fromDb(rs.getString(4)), PublicationRepository.instant(rs, "published_at"),
                PublicationRepository.instant(rs, "created_at"))).optional();
    }

    boolean slugTaken(long sectionId, String slug, long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM publications WHERE section_id = :section AND slug = :slug AND id <> :id")
                .param("section", sectionId).param("slug", slug).param("id", exceptId)
                .query(Integer.class).single() > 0;
    }

    long insert(Row row) {
        return bind(jdbc.sql("""
                INSERT INTO publications (section_id, type_id, slug, title, subtitle, summary, body_md, body_html, status,
                  published_at, updated_at, created_at, reading_minutes, image_url, image_alt, image_caption,
                  image_credit, image_licence, event_start, event_end, event_location, external_id, version)
                VALUES (:sectionId, :typeId, :slug, :title, :subtitle, :summary, :bodyMd, :bodyHtml, :status,
                  :publishedAt, :updatedAt, :createdAt, :readingMinutes, :imageUrl, :imageAlt, :imageCaption,
                  :imageCredit, :imageLicence, :eventStart, :eventEnd, :eventLocation, :externalId, 1)
                RETURNING id"""), row).query(Long.class).single();
    }

    void update(long id, Row row) {
        bind(jdbc.sql("""
                UPDATE publications SET section_id = :sectionId, type_id = :typeId, slug = :slug, title = :title,
                  subtitle = :subtitle, summary = :summary, body_md = :bodyMd, body_html = :bodyHtml, status = :status,
                  published_at = :publishedAt, updated_at = :updatedAt, reading_minutes = :readingMinutes,
                  image_url = :imageUrl, image_alt = :imageAlt, image_caption = :imageCaption,
                  image_credit = :imageCredit, image_licence = :imageLicence, event_start = :eventStart,
                  event_end = :eventEnd, event_location = :eventLocation,
                  external_id = COALESCE(:externalId, external_id), version = version + 1
                WHERE id = :id"""), row).param("id", id).update();
    }

    /** Replaces authors, terms and attachments of a publication with the given ones. */
    void replaceLinks(long id, PublicationInput in) {
        for (String table : List.of("publication_authors", "publication_topics", "publication_regions",
                "publication_tags", "attachments")) {
            jdbc.sql("DELETE FROM " + table + " WHERE publication_id = :id").param("id", id).update();
        }
        insertLinks(id, in);
    }

    /** Links authors, terms and attachments to a publication that has none yet (a new one). */
    void insertLinks(long id, PublicationInput in) {
        int position = 0;
        for (long expert : in.authorIds().stream().distinct().toList()) {
            jdbc.sql("INSERT INTO publication_authors (publication_id, expert_id, position) VALUES (:p, :e, :pos)")
                    .param("p", id).param("e", expert).param("pos", position++).update();
        }
        link("publication_topics", "topic_id", id, in.topicIds());
        link("publication_regions", "region_id", id, in.regionIds());
        link("publication_tags", "tag_id", id, in.tagIds());
        position = 0;
        for (AttachmentInput a : in.attachments()) {
            jdbc.sql("""
                    INSERT INTO attachments (publication_id, title, url, media_type, size_bytes, position)
                    VALUES (:p, :title, :url, :type, :size, :pos)""")
                    .param("p", id).param("title", a.title()).param("url", a.url())
                    .param("type", a.mediaType() == null ? "application/pdf" : a.mediaType())
                    .param("size", a.sizeBytes()).param("pos", position++).update();
        }
    }

    /** Publishes every scheduled item whose time has come; returns their ids. */
    List<Long> publishDue(Instant now) {
        return jdbc.sql("""
                UPDATE publications SET status = 'published', version = version + 1
                WHERE status = 'scheduled' AND published_at <= :now RETURNING id""")
                .param("now", now.toEpochMilli()).query(Long.class).list();
    }

    /** Sets the status of one publication; false if there is no such publication. */
    boolean setStatus(long id, Status status, Instant now) {
        // Publishing now gives a draft (no date) or a scheduled item (a future date) today's date.
        String publishedAt = status == Status.PUBLISHED
                ? "CASE WHEN published_at IS NULL OR published_at > :now THEN :now ELSE published_at END"
                : "published_at";
        return jdbc.sql("UPDATE publications SET status = :status, updated_at = :now, version = version + 1,"
                        + " published_at = " + publishedAt + " WHERE id = :id")
                .param("status", status.db()).param("now", now.toEpochMilli()).param("id", id).update() == 1;
    }

    /** The values of one publications row, after rendering and defaulting. */
    record Row(PublicationInput in, String slug, String summary, String bodyHtml, Status status, Instant publishedAt,
               Instant updatedAt, Instant createdAt, int readingMinutes) {
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Row row) {
        PublicationInput in = row.in();
        FeaturedImage image = in.image();
        EventDetails event = in.event();
        return spec.param("sectionId", in.sectionId()).param("typeId", in.typeId()).param("slug", row.slug())
                .param("title", in.title()).param("subtitle", blankToNull(in.subtitle()))
                .param("summary", row.summary()).param("bodyMd", in.bodyMd() == null ? "" : in.bodyMd())
                .param("bodyHtml", row.bodyHtml()).param("status", row.status().db())
                .param("publishedAt", millis(row.publishedAt())).param("updatedAt", millis(row.updatedAt()))
                .param("createdAt", millis(row.createdAt())).param("readingMinutes", row.readingMinutes())
                .param("imageUrl", image == null ? null : image.url())
                .param("imageAlt", image == null ? "" : nullToEmpty(image.alt()))
                .param("imageCaption", image == null ? "" : nullToEmpty(image.caption()))
                .param("imageCredit", image == null ? "" : nullToEmpty(image.credit()))
                .param("imageLicence", image == null ? "" : nullToEmpty(image.licence()))
                .param("eventStart", event == null ? null : millis(event.start()))
                .param("eventEnd", event == null ? null : millis(event.end()))
                .param("eventLocation", event == null ? null : event.location())
                .param("externalId", in.externalId());
    }

    private void link(String table, String column, long id, List<Long> termIds) {
        for (long term : termIds.stream().distinct().toList()) {
            jdbc.sql("INSERT INTO " + table + " (publication_id, " + column + ") VALUES (:p, :t)")
                    .param("p", id).param("t", term).update();
        }
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
