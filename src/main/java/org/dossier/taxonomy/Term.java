package org.dossier.taxonomy;

/** A topic, region or tag. */
public record Term(long id, TermKind kind, String slug, String name, String description) {

    public String url() {
        return kind.path(slug);
    }
}
