package org.dossier.newsletter;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Newsletters, their chosen publications, and the record of publications already announced. */
@Repository
class NewsletterRepository {

    private static final String COLUMNS = """
            SELECT id, subject, intro_md, segment_topics, status, send_at, batch, recipients, created_at, sent_at
            FROM newsletters""";

    private final JdbcClient jdbc;

    NewsletterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewsletterInput in, Instant now) {
        long id = jdbc.sql("""
                INSERT INTO newsletters (subject, intro_md, segment_topics, status, created_at, updated_at)
                VALUES (:subject, :intro, :topics, 'draft', :now, :now) RETURNING id""")
                .param("subject", in.subject()).param("intro", in.introMd()).param("topics", join(in.topicIds()))
                .param("now", now.toEpochMilli()).query(Long.class).single();
        replaceItems(id, in.publicationIds());
        return id;
    }

    /** Updates a draft or scheduled newsletter; false if it was already sent. */
    boolean update(long id, NewsletterInput in, Instant now) {
        int n = jdbc.sql("""
                UPDATE newsletters SET subject = :subject, intro_md = :intro, segment_topics = :topics, updated_at = :now
                WHERE id = :id AND status <> 'sent'""")
                .param("id", id).param("subject", in.subject()).param("intro", in.introMd())
                .param("topics", join(in.topicIds())).param("now", now.toEpochMilli()).update();
        if (n == 1) {
            replaceItems(id, in.publicationIds());
        }
        return n == 1;
    }

    Optional<Newsletter> byId(long id) {
        return jdbc.sql(COLUMNS + " WHERE id = :id").param("id", id).query(this::row).optional();
    }

    List<Newsletter> latest(int limit) {
        return jdbc.sql(COLUMNS + " ORDER BY id DESC LIMIT :limit").param("limit", limit).query(this::row).list();
    }

    List<Long> dueIds(Instant now) {
        return jdbc.sql("SELECT id FROM newsletters WHERE status = 'scheduled' AND send_at <= :now ORDER BY send_at")
                .param("now", now.toEpochMilli()).query(Long.class).list();
    }

    boolean schedule(long id, Instant at, Instant now) {
        return jdbc.sql("""
                UPDATE newsletters SET status = 'scheduled', send_at = :at, updated_at = :now
                WHERE id = :id AND status <> 'sent'""")
                .param("id", id).param("at", at.toEpochMilli()).param("now", now.toEpochMilli()).update() == 1;
    }

    /** Puts a scheduled newsletter back to draft; false if it was not scheduled. */
    boolean unschedule(long id, Instant now) {
        return jdbc.sql("""
                UPDATE newsletters SET status = 'draft', send_at = NULL, updated_at = :now
                WHERE id = :id AND status = 'scheduled'""")
                .param("id", id).param("now", now.toEpochMilli()).update() == 1;
    }

    /**
     * Claims the newsletter for sending; false if another transaction already sent it, or (with
     * {@code onlyIfDue}) if it is no longer scheduled for a time that has come.
     */
    boolean markSent(long id, String batch, int recipients, Instant now, boolean onlyIfDue) {
        return jdbc.sql("""
                UPDATE newsletters SET status = 'sent', batch = :batch, recipients = :recipients, sent_at = :now,
                       updated_at = :now
                WHERE id = :id AND status <> 'sent'
                  AND (:onlyIfDue = 0 OR (status = 'scheduled' AND send_at <= :now))""")
                .param("id", id).param("batch", batch).param("recipients", recipients)
                .param("now", now.toEpochMilli()).param("onlyIfDue", onlyIfDue ? 1 : 0).update() == 1;
    }

    /** Records that a publication is being announced; false if it already was. */
    boolean markAnnounced(long publicationId, int recipients, Instant now) {
        return jdbc.sql("""
                INSERT INTO announced_publications (publication_id, announced_at, recipients)
                VALUES (:id, :now, :recipients) ON CONFLICT (publication_id) DO NOTHING""")
                .param("id", publicationId).param("now", now.toEpochMilli()).param("recipients", recipients)
                .update() == 1;
    }

    void setAnnouncedRecipients(long publicationId, int recipients) {
        jdbc.sql("UPDATE announced_publications SET recipients = :n WHERE publication_id = :id")
                .param("id", publicationId).param("n", recipients).update();
    }

    /** Ids of publications published in ({@code after}, {@code until}], newest first. */
    List<Long> publishedBetween(Instant after, Instant until) {
        return jdbc.sql("""
                SELECT id FROM publications WHERE status = 'published' AND published_at > :after
                  AND published_at <= :until ORDER BY published_at DESC, id DESC""")
                .param("after", after.toEpochMilli()).param("until", until.toEpochMilli()).query(Long.class).list();
    }

    /** Published since {@code after} and not announced yet. */
    /**
     * Of {@code ids}, those published after {@code after}: a cheap filter before loading whole
     * publications, since a bulk import of an old archive sends thousands of ids none of which qualify.
     */
    List<Long> recentlyPublished(List<Long> ids, Instant after) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT id FROM publications WHERE id IN (:ids) AND status = 'published' AND published_at > :after
                ORDER BY published_at""")
                .param("ids", ids).param("after", after.toEpochMilli()).query(Long.class).list();
    }

    List<Long> unannounced(Instant after) {
        return jdbc.sql("""
                SELECT id FROM publications WHERE status = 'published' AND published_at > :after
                  AND id NOT IN (SELECT publication_id FROM announced_publications) ORDER BY published_at""")
                .param("after", after.toEpochMilli()).query(Long.class).list();
    }

    List<Long> items(long newsletterId) {
        return jdbc.sql("SELECT publication_id FROM newsletter_items WHERE newsletter_id = :id ORDER BY position")
                .param("id", newsletterId).query(Long.class).list();
    }

    private void replaceItems(long id, List<Long> publicationIds) {
        jdbc.sql("DELETE FROM newsletter_items WHERE newsletter_id = :id").param("id", id).update();
        int position = 0;
        for (Long publication : publicationIds) {
            jdbc.sql("""
                    INSERT INTO newsletter_items (newsletter_id, publication_id, position) VALUES (:id, :p, :pos)""")
                    .param("id", id).param("p", publication).param("pos", position++).update();
        }
    }

    private Newsletter row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long sendAt = rs.getLong("send_at");
        Instant at = rs.wasNull() ? null : Instant.ofEpochMilli(sendAt);
        long sentAt = rs.getLong("sent_at");
        Instant sent = rs.wasNull() ? null : Instant.ofEpochMilli(sentAt);
        String topics = rs.getString("segment_topics");
        return new Newsletter(rs.getLong("id"), rs.getString("subject"), rs.getString("intro_md"),
                topics.isBlank() ? List.of() : Arrays.stream(topics.split(",")).map(Long::valueOf).toList(),
                rs.getString("status"), at, rs.getString("batch"), rs.getInt("recipients"),
                Instant.ofEpochMilli(rs.getLong("created_at")), sent);
    }

    private static String join(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }
}
