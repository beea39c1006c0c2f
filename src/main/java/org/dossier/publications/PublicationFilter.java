package org.dossier.publications;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.dossier.taxonomy.TermKind;

/**
 * Which public publications a list shows, with several values per facet: any of the given sections,
 * types, authors, terms of each kind and years (OR within a facet), all facets together (AND across),
 * and a publication-time range ({@code from} inclusive, {@code to} exclusive). An empty set is no filter.
 * Published ones only, whatever is asked.
 */
public record PublicationFilter(Set<Long> sections, Set<Long> types, Set<Long> experts, Map<TermKind, Set<Long>> terms,
                                Set<Integer> years, Instant from, Instant to) {

    public PublicationFilter {
        sections = Set.copyOf(sections);
        types = Set.copyOf(types);
        experts = Set.copyOf(experts);
        Map<TermKind, Set<Long>> copy = new EnumMap<>(TermKind.class);
        terms.forEach((kind, ids) -> copy.put(kind, Set.copyOf(ids)));
        terms = Map.copyOf(copy);
        years = Set.copyOf(years);
    }

    /** The same selection as a single-valued {@link Listing}. */
    public static PublicationFilter of(Listing listing) {
        Map<TermKind, Set<Long>> terms = listing.termKind() == null ? Map.of()
                : Map.of(listing.termKind(), Set.of(listing.termId()));
        return new PublicationFilter(one(listing.sectionId()), one(listing.typeId()), one(listing.expertId()), terms,
                Set.of(), null, null);
    }

    private static Set<Long> one(Long id) {
        return id == null ? Set.of() : Set.of(id);
    }
}
