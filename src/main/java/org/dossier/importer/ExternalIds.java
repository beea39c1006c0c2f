package org.dossier.importer;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which external ids are already in the database, so an import can count updates apart from new items. */
@Repository
class ExternalIds {

    private static final int CHUNK = 500;
    private final JdbcClient jdbc;

    ExternalIds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<String> existing(Collection<String> externalIds) {
        List<String> all = List.copyOf(externalIds);
        Set<String> found = new HashSet<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            found.addAll(jdbc.sql("SELECT external_id FROM publications WHERE external_id IN (:ids)")
                    .param("ids", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .query(String.class).list());
        }
        return found;
    }
}
