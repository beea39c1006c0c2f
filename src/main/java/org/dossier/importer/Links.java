package org.dossier.importer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.experts.ExpertRepository;
import org.dossier.publications.PublicationService.Prepared;
import org.dossier.taxonomy.TaxonomyRepository;
import org.dossier.taxonomy.TermKind;

/**
 * Turns the author, topic, region and tag names of a batch into ids, creating what does not exist
 * yet, on the import's writer thread and inside the batch's transaction. Lines used to be mapped as
 * they were read, on several threads: each new name then cost a commit of its own, and a reading
 * thread waited for the writer's lock (the UN corpus names 7,118 speakers and 200 countries). New
 * ids are remembered only by {@link #remember}, once the batch has committed, so a batch that rolls
 * back leaves no id of a row that does not exist. Used by the writer alone, so not synchronised.
 */
final class Links {

    /** Ids by slug of what a batch names: experts, and terms of each kind. */
    record Ids(Map<String, Long> experts, Map<TermKind, Map<String, Long>> terms) {
    }

    private final TaxonomyRepository taxonomy;
    private final ExpertRepository experts;
    private final Clock clock;
    private final Map<String, Long> knownExperts = new HashMap<>();
    private final Map<TermKind, Map<String, Long>> knownTerms = new EnumMap<>(TermKind.class);

    Links(TaxonomyRepository taxonomy, ExpertRepository experts, Clock clock) {
        this.taxonomy = taxonomy;
        this.experts = experts;
        this.clock = clock;
        for (TermKind kind : TermKind.values()) {
            knownTerms.put(kind, new HashMap<>());
        }
    }

    /** The ids of everything the batch names, creating the missing experts and terms in the caller's transaction. */
    Ids resolve(Collection<LinkNames> batch) {
        Map<String, Long> expertIds = new HashMap<>();
        Map<String, String> missing = new LinkedHashMap<>();
        for (LinkNames names : batch) {
            for (LinkNames.Name name : names.authors()) {
                Long id = knownExperts.get(name.slug());
                if (id != null) {
                    expertIds.put(name.slug(), id);
                } else if (!name.slug().isEmpty()) {
                    missing.putIfAbsent(name.slug(), name.name().strip());
                }
            }
        }
        expertIds.putAll(experts.findOrCreateAll(missing, clock.millis()));
        Map<TermKind, Map<String, Long>> termIds = new EnumMap<>(TermKind.class);
        for (TermKind kind : TermKind.values()) {
            termIds.put(kind, terms(kind, batch));
        }
        return new Ids(expertIds, termIds);
    }

    private Map<String, Long> terms(TermKind kind, Collection<LinkNames> batch) {
        Map<String, Long> known = knownTerms.get(kind);
        Map<String, Long> ids = new HashMap<>();
        for (LinkNames names : batch) {
            for (LinkNames.Name name : names.terms(kind)) {
                String slug = name.slug();
                if (!slug.isEmpty() && !ids.containsKey(slug)) {
                    Long id = known.get(slug);
                    ids.put(slug, id != null ? id
                            : taxonomy.findOrCreate(kind, slug, Vocabulary.displayName(name.name())).id());
                }
            }
        }
        return ids;
    }

    /** Keeps the ids of a committed batch for the batches to come. */
    void remember(Ids ids) {
        knownExperts.putAll(ids.experts());
        ids.terms().forEach((kind, byslug) -> knownTerms.get(kind).putAll(byslug));
    }

    /** The rendering with its links, in the order the line names them; names without a usable slug are left out. */
    static Prepared apply(Prepared prepared, LinkNames names, Ids ids) {
        return prepared.withLinks(idsOf(names.authors(), ids.experts()),
                idsOf(names.topics(), ids.terms().get(TermKind.TOPIC)),
                idsOf(names.regions(), ids.terms().get(TermKind.REGION)),
                idsOf(names.tags(), ids.terms().get(TermKind.TAG)));
    }

    private static List<Long> idsOf(List<LinkNames.Name> names, Map<String, Long> bySlug) {
        if (names.isEmpty()) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>(names.size());
        for (LinkNames.Name name : names) {
            Long id = bySlug.get(name.slug());
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }
}
