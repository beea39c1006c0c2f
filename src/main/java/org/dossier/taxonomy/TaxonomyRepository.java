package org.dossier.taxonomy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sections, publication types and the three term vocabularies. */
@Repository
public class TaxonomyRepository {

    private final JdbcClient jdbc;

    TaxonomyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Section> sections() {
        return jdbc.sql("SELECT id, slug, name, description, position FROM sections ORDER BY position, name")
                .query(Section.class).list();
    }

    public Optional<Section> section(String slug) {
        return jdbc.sql("SELECT id, slug, name, description, position FROM sections WHERE slug = :slug")
                .param("slug", slug).query(Section.class).optional();
    }

    public List<PublicationType> types() {
        return jdbc.sql("SELECT id, slug, name, plural, schema_type FROM publication_types ORDER BY id")
                .query(PublicationType.class).list();
    }

    public Map<Long, PublicationType> typesById() {
        return types().stream().collect(Collectors.toMap(PublicationType::id, Function.identity()));
    }

    public Optional<PublicationType> type(String slug) {
        return jdbc.sql("SELECT id, slug, name, plural, schema_type FROM publication_types WHERE slug = :slug")
                .param("slug", slug).query(PublicationType.class).optional();
    }

    /** Returns the type with this slug, creating it (schema.org type Article) if there is none; imports use it. */
    public PublicationType findOrCreateType(String slug, String name, String plural) {
        return type(slug).orElseGet(() -> jdbc.sql("""
                        INSERT INTO publication_types (slug, name, plural) VALUES (:slug, :name, :plural)
                        ON CONFLICT (slug) DO UPDATE SET slug = excluded.slug
                        RETURNING id, slug, name, plural, schema_type""")
                .param("slug", slug).param("name", name).param("plural", plural)
                .query(PublicationType.class).single());
    }

    /** Creates a section, or updates the name and description of the one with that slug. */
    public Section saveSection(String slug, String name, String description, int position) {
        return jdbc.sql("""
                INSERT INTO sections (slug, name, description, position) VALUES (:slug, :name, :description, :position)
                ON CONFLICT (slug) DO UPDATE SET name = excluded.name, description = excluded.description,
                  position = excluded.position
                RETURNING id, slug, name, description, position""")
                .param("slug", slug).param("name", name).param("description", description).param("position", position)
                .query(Section.class).single();
    }

    public List<Term> terms(TermKind kind) {
        return jdbc.sql("SELECT id, slug, name, description FROM " + kind.table() + " ORDER BY name")
                .query((rs, n) -> new Term(rs.getLong(1), kind, rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    public Optional<Term> term(TermKind kind, String slug) {
        return jdbc.sql("SELECT id, slug, name, description FROM " + kind.table() + " WHERE slug = :slug")
                .param("slug", slug)
                .query((rs, n) -> new Term(rs.getLong(1), kind, rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    /** Creates a term, or updates the name and description of the one with that slug. */
    public Term saveTerm(TermKind kind, String slug, String name, String description) {
        return jdbc.sql("INSERT INTO " + kind.table() + " (slug, name, description) VALUES (:slug, :name, :description)"
                        + " ON CONFLICT (slug) DO UPDATE SET name = excluded.name, description = excluded.description"
                        + " RETURNING id, slug, name, description")
                .param("slug", slug).param("name", name).param("description", description)
                .query((rs, n) -> new Term(rs.getLong(1), kind, rs.getString(2), rs.getString(3), rs.getString(4)))
                .single();
    }

    /** Returns the term with this slug, creating it with {@code name} if there is none (the name is kept if it exists). */
    public Term findOrCreate(TermKind kind, String slug, String name) {
        return term(kind, slug).orElseGet(() -> jdbc.sql(
                        "INSERT INTO " + kind.table() + " (slug, name) VALUES (:slug, :name)"
                                + " ON CONFLICT (slug) DO UPDATE SET slug = excluded.slug RETURNING id, slug, name, description")
                .param("slug", slug).param("name", name)
                .query((rs, n) -> new Term(rs.getLong(1), kind, rs.getString(2), rs.getString(3), rs.getString(4)))
                .single());
    }

    /** Terms attached to each of the given publications, by publication id, in name order. */
    public Map<Long, List<Term>> termsOf(TermKind kind, Collection<Long> publicationIds) {
        if (publicationIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT l.publication_id, t.id, t.slug, t.name, t.description FROM " + kind.linkTable()
                        + " l JOIN " + kind.table() + " t ON t.id = l." + kind.linkColumn()
                        + " WHERE l.publication_id IN (:ids) ORDER BY t.name")
                .param("ids", publicationIds)
                .query((rs, n) -> Map.entry(rs.getLong(1),
                        new Term(rs.getLong(2), kind, rs.getString(3), rs.getString(4), rs.getString(5))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }
}
