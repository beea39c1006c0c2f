package org.dossier.subscriptions;

import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The team's searches of the list: by text, status and topic, a page at a time. */
@Repository
class SubscriberQueries {

    private static final String WHERE = " " + """
             WHERE (:q = '' OR email LIKE :like OR LOWER(name) LIKE :like OR LOWER(organisation) LIKE :like)
               AND (:status = '' OR status = :status)
               AND (:topic = 0 OR id IN (SELECT subscriber_id FROM subscriber_topics WHERE topic_id = :topic))""";

    private final JdbcClient jdbc;

    SubscriberQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Ids of one page of matches, newest first. */
    List<Long> ids(SubscriberDirectory.Filter f, int limit, long offset) {
        return params(jdbc.sql("SELECT id FROM subscribers" + WHERE + " ORDER BY id DESC LIMIT :limit OFFSET :offset"), f)
                .param("limit", limit).param("offset", offset).query(Long.class).list();
    }

    long count(SubscriberDirectory.Filter f) {
        return params(jdbc.sql("SELECT COUNT(*) FROM subscribers" + WHERE), f).query(Long.class).single();
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, SubscriberDirectory.Filter f) {
        return spec.param("q", f.query()).param("like", "%" + f.query().toLowerCase(Locale.ROOT) + "%")
                .param("status", f.status()).param("topic", f.topicId());
    }
}
