package org.dossier.publications;

import org.dossier.taxonomy.TermKind;

/**
 * Which public publications a listing shows: all, or those of one section, type, author or term.
 * Always published ones only; there is no way to ask for anything else here.
 */
public record Listing(Long sectionId, Long typeId, Long expertId, TermKind termKind, Long termId) {

    public static final Listing ALL = new Listing(null, null, null, null, null);

    public static Listing section(long id) {
        return new Listing(id, null, null, null, null);
    }

    public static Listing expert(long id) {
        return new Listing(null, null, id, null, null);
    }

    public static Listing term(TermKind kind, long id) {
        return new Listing(null, null, null, kind, id);
    }
}
