package org.dossier.search;

import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The synonyms table: each row is one group of equivalent phrasings, separated by commas. */
@Repository
public class SynonymRepository {

    private final JdbcClient jdbc;

    SynonymRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every group, each a list of phrasings. */
    public List<List<String>> groups() {
        return jdbc.sql("SELECT terms FROM search_synonyms ORDER BY id").query(String.class).list().stream()
                .map(SynonymRepository::split).filter(g -> g.size() > 1).toList();
    }

    /** Adds a group ("DPRK, North Korea, 북한"); returns its id. */
    public long add(String terms, long now) {
        return jdbc.sql("INSERT INTO search_synonyms (terms, updated_at) VALUES (:terms, :now) RETURNING id")
                .param("terms", String.join(", ", split(terms))).param("now", now).query(Long.class).single();
    }

    /** Every row as stored, for the editors' screen. */
    List<SynonymEditing.Group> rows() {
        return jdbc.sql("SELECT id, terms FROM search_synonyms ORDER BY id").query(SynonymEditing.Group.class).list();
    }

    boolean update(long id, String terms, long now) {
        return jdbc.sql("UPDATE search_synonyms SET terms = :terms, updated_at = :now WHERE id = :id")
                .param("terms", terms).param("now", now).param("id", id).update() == 1;
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM search_synonyms WHERE id = :id").param("id", id).update();
    }

    static List<String> split(String terms) {
        return Arrays.stream(terms.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
