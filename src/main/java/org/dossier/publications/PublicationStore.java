package org.dossier.publications;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes publications and their links. Called only by {@link PublicationService}, inside its transactions. */
@Repository
class PublicationStore {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    PublicationStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Statements for inserting many new rows in the current transaction; close it at the end. */
    BulkInsert bulk() {
        return new BulkInsert(dataSource);
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

    /** Inserts a new publication with its authors, terms and attachments; answers its id. */
    long insert(Row row) {
        try (BulkInsert bulk = bulk()) {
            return bulk.insert(row);
        }
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
        try (BulkInsert bulk = bulk()) {
            bulk.links(id, in);
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
