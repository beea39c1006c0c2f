package org.dossier.search;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.dossier.experts.Expert;
import org.dossier.experts.ExpertRepository;
import org.dossier.taxonomy.PublicationType;
import org.dossier.taxonomy.Section;
import org.dossier.taxonomy.TaxonomyRepository;
import org.dossier.taxonomy.Term;
import org.dossier.taxonomy.TermKind;
import org.dossier.web.PublicContentChange;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Display names of facet values. The index keeps slugs (stable, URL-safe); names come from the
 * taxonomy and experts, cached until public content changes.
 */
@Component
class FacetLabels {

    private final TaxonomyRepository taxonomy;
    private final ExpertRepository experts;
    private final AtomicReference<Map<String, Map<String, String>>> labels = new AtomicReference<>();

    FacetLabels(TaxonomyRepository taxonomy, ExpertRepository experts) {
        this.taxonomy = taxonomy;
        this.experts = experts;
    }

    String label(String dim, String value) {
        if (dim.equals("year")) {
            return value;
        }
        return all().getOrDefault(dim, Map.of()).getOrDefault(value, value);
    }

    /** Slug to name of every value of a dimension, sorted by name. */
    Map<String, String> values(String dim) {
        Map<String, String> sorted = new java.util.TreeMap<>();
        all().getOrDefault(dim, Map.of()).forEach((slug, name) -> sorted.put(name + "\u0000" + slug, slug));
        Map<String, String> out = new java.util.LinkedHashMap<>();
        sorted.values().forEach(slug -> out.put(slug, label(dim, slug)));
        return out;
    }

    private Map<String, Map<String, String>> all() {
        Map<String, Map<String, String>> current = labels.get();
        if (current == null) {
            current = new HashMap<>();
            Map<String, String> types = new HashMap<>();
            for (PublicationType t : taxonomy.types()) {
                types.put(t.slug(), t.name());
            }
            types.put(SearchDocuments.EXPERT_TYPE, "Expert");
            current.put("type", types);
            Map<String, String> sections = new HashMap<>();
            for (Section s : taxonomy.sections()) {
                sections.put(s.slug(), s.name());
            }
            current.put("section", sections);
            current.put("topic", terms(TermKind.TOPIC));
            current.put("region", terms(TermKind.REGION));
            Map<String, String> authors = new HashMap<>();
            for (Expert e : experts.all()) {
                authors.put(e.slug(), e.name());
            }
            current.put("author", authors);
            labels.set(current);
        }
        return current;
    }

    private Map<String, String> terms(TermKind kind) {
        Map<String, String> names = new HashMap<>();
        for (Term t : taxonomy.terms(kind)) {
            names.put(t.slug(), t.name());
        }
        return names;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void contentChanged(PublicContentChange change) {
        labels.set(null);
    }
}
