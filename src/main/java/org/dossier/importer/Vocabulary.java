package org.dossier.importer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dossier.experts.ExpertRepository;
import org.dossier.taxonomy.TaxonomyRepository;
import org.dossier.taxonomy.TermKind;
import org.dossier.web.Slugs;

/**
 * Turns the names on import lines into ids, creating what does not exist yet. One per run: the
 * caches keep a 20,000-line file from asking the database the same question 20,000 times.
 * Synchronised: lines are checked on several threads, and a name must be created once (authors
 * are the writer's alone, see {@link #experts(Collection)}).
 */
final class Vocabulary {

    private final TaxonomyRepository taxonomy;
    private final ExpertRepository experts;
    private final Clock clock;
    private final Map<String, Long> sections = new HashMap<>();
    private final Map<String, Long> types = new HashMap<>();
    private final Map<TermKind, Map<String, Long>> terms = new HashMap<>();
    /**
     * Touched only by the writer, inside its batch transaction, so it is not guarded by this object's
     * lock: a reading thread holds that lock while it waits for SQLite's write lock (creating a new
     * topic), and the writer, which holds SQLite's lock, must never wait for it.
     */
    private final Map<String, Long> authors = new ConcurrentHashMap<>();

    Vocabulary(TaxonomyRepository taxonomy, ExpertRepository experts, Clock clock) {
        this.taxonomy = taxonomy;
        this.experts = experts;
        this.clock = clock;
    }

    synchronized long section(String nameOrSlug) {
        String slug = requireSlug(nameOrSlug, "section");
        return sections.computeIfAbsent(slug, s -> taxonomy.section(s).orElseGet(() -> taxonomy.saveSection(s,
                displayName(nameOrSlug), "", taxonomy.sections().size() + 1)).id());
    }

    synchronized long type(String nameOrSlug) {
        String slug = requireSlug(nameOrSlug, "type");
        return types.computeIfAbsent(slug, s -> {
            String name = displayName(nameOrSlug);
            return taxonomy.findOrCreateType(s, name, name.endsWith("s") ? name : name + "s").id();
        });
    }

    synchronized List<Long> terms(TermKind kind, List<String> names) {
        Map<String, Long> cache = terms.computeIfAbsent(kind, k -> new HashMap<>());
        List<Long> ids = new ArrayList<>(names.size());
        for (String name : names) {
            String slug = Slugs.of(name);
            if (!slug.isEmpty()) {
                ids.add(cache.computeIfAbsent(slug, s -> taxonomy.findOrCreate(kind, s, displayName(name)).id()));
            }
        }
        return ids;
    }

    /**
     * Ids of the experts named in a batch, by slug, creating the missing ones in the caller's
     * transaction (the import's writer, once per batch: creating them one by one as lines were read
     * cost a commit each and held up the readers behind the writer's lock). New ids are kept by
     * {@link #remember} only once that transaction has committed, so a batch that rolls back leaves
     * no id of an expert that does not exist.
     */
    Map<String, Long> experts(Collection<String> names) {
        Map<String, Long> ids = new HashMap<>();
        Map<String, String> missing = new LinkedHashMap<>();
        for (String name : names) {
            String slug = Slugs.of(name);
            Long id = slug.isEmpty() ? null : authors.get(slug);
            if (id != null) {
                ids.put(slug, id);
            } else if (!slug.isEmpty()) {
                missing.putIfAbsent(slug, name.strip());
            }
        }
        ids.putAll(experts.findOrCreateAll(missing, clock.millis()));
        return ids;
    }

    void remember(Map<String, Long> expertIds) {
        authors.putAll(expertIds);
    }

    /** A byline's expert ids, in its order, from what {@link #experts} answered; names without a slug are left out. */
    static List<Long> byline(List<String> names, Map<String, Long> expertIds) {
        List<Long> ids = new ArrayList<>(names.size());
        for (String name : names) {
            Long id = expertIds.get(Slugs.of(name));
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static String requireSlug(String nameOrSlug, String what) {
        String slug = Slugs.of(nameOrSlug);
        if (slug.isEmpty()) {
            throw new BadLineException("the " + what + " \"" + LineParser.abbreviate(nameOrSlug) + "\" has no usable slug");
        }
        return slug;
    }

    /** "money-fx" reads better as "Money Fx"; a name that is not a bare slug ("Argentina") is kept. */
    static String displayName(String nameOrSlug) {
        String name = nameOrSlug.strip();
        if (!name.equals(Slugs.of(name))) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        for (String word : name.split("-")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        return out.toString();
    }
}
