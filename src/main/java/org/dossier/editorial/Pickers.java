package org.dossier.editorial;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.dossier.experts.ExpertRepository;
import org.dossier.taxonomy.TaxonomyRepository;
import org.dossier.taxonomy.TermKind;
import org.dossier.web.Slugs;
import org.springframework.stereotype.Component;

/**
 * Turns the editor's comma-separated names ("Ada Park, Min-jun Lee") into ids, creating experts
 * and terms that do not exist yet (create-on-the-fly). Matching is by slug, so case and spacing do
 * not make duplicates.
 */
@Component
public class Pickers {

    private static final int MAX_NAMES = 50;
    private static final int MAX_NAME = 200;

    private final ExpertRepository experts;
    private final TaxonomyRepository taxonomy;

    Pickers(ExpertRepository experts, TaxonomyRepository taxonomy) {
        this.experts = experts;
        this.taxonomy = taxonomy;
    }

    public List<Long> experts(String names, long now) {
        List<Long> ids = new ArrayList<>();
        for (String name : split(names)) {
            ids.add(experts.findOrCreate(Slugs.of(name), name, now));
        }
        return ids;
    }

    public List<Long> terms(TermKind kind, String names) {
        List<Long> ids = new ArrayList<>();
        for (String name : split(names)) {
            ids.add(taxonomy.findOrCreate(kind, Slugs.of(name), name).id());
        }
        return ids;
    }

    static List<String> split(String names) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        if (names == null) {
            return List.of();
        }
        for (String part : names.split(",")) {
            String name = part.strip();
            if (name.isEmpty() || Slugs.of(name).isEmpty()) {
                continue;
            }
            if (name.length() > MAX_NAME) {
                throw new org.dossier.publications.InvalidPublicationException("A name is longer than " + MAX_NAME
                        + " characters: " + name.substring(0, 40) + "…");
            }
            out.add(name);
        }
        if (out.size() > MAX_NAMES) {
            throw new org.dossier.publications.InvalidPublicationException("At most " + MAX_NAMES + " names per field.");
        }
        return List.copyOf(out);
    }
}
