package org.dossier.redirects;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The redirect table. Saving announces {@link RedirectsChanged}. */
@Repository
public class RedirectRepository {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RedirectRepository(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Adds or replaces the redirect from {@code fromPath}. A redirect to itself is ignored. */
    @Transactional
    public void save(String fromPath, String toPath) {
        saveAll(java.util.Map.of(fromPath, toPath));
    }

    /** Adds or replaces many redirects (from path → to path) with one change announcement; used by imports. */
    @Transactional
    public void saveAll(java.util.Map<String, String> fromTo) {
        fromTo.forEach((from, to) -> {
            if (!from.equals(to)) {
                jdbc.sql("""
                        INSERT INTO redirects (from_path, to_path, status, created_at) VALUES (:from, :to, 301, :now)
                        ON CONFLICT (from_path) DO UPDATE SET to_path = excluded.to_path""")
                        .param("from", from).param("to", to).param("now", clock.millis()).update();
            }
        });
        if (fromTo.keySet().stream().anyMatch(from -> !from.equals(fromTo.get(from)))) {
            events.publishEvent(new RedirectsChanged());
        }
    }

    /**
     * Points every redirect whose target starts with {@code oldPrefix} at the same path under
     * {@code newPrefix}, so a move never leaves chains of two hops; a redirect that would then point at
     * itself is removed, and so is one whose old address is now a live page under the new prefix.
     */
    @Transactional
    public void retarget(String oldPrefix, String newPrefix) {
        jdbc.sql("""
                UPDATE redirects SET to_path = :newPrefix || SUBSTR(to_path, :tail)
                WHERE SUBSTR(to_path, 1, :length) = :oldPrefix""")
                .param("newPrefix", newPrefix).param("tail", oldPrefix.length() + 1)
                .param("length", oldPrefix.length()).param("oldPrefix", oldPrefix).update();
        jdbc.sql("DELETE FROM redirects WHERE from_path = to_path").update();
        events.publishEvent(new RedirectsChanged());
    }

    /** Forgets the redirects from these addresses (they are live pages again). */
    @Transactional
    public void deleteAll(java.util.Collection<String> fromPaths) {
        for (String from : fromPaths) {
            jdbc.sql("DELETE FROM redirects WHERE from_path = :from").param("from", from).update();
        }
        if (!fromPaths.isEmpty()) {
            events.publishEvent(new RedirectsChanged());
        }
    }

    @Transactional
    public void delete(String fromPath) {
        jdbc.sql("DELETE FROM redirects WHERE from_path = :from").param("from", fromPath).update();
        events.publishEvent(new RedirectsChanged());
    }

    public List<Redirect> all() {
        return jdbc.sql("SELECT from_path, to_path, status FROM redirects ORDER BY from_path")
                .query(Redirect.class).list();
    }
}
