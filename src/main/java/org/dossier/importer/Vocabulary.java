package org.dossier.importer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.dossier.taxonomy.TaxonomyRepository;
import org.dossier.web.Slugs;

/**
 * Turns the section and type names on import lines into ids, creating what does not exist yet. One
 * per run: the caches keep a 20,000-line file from asking the database the same question 20,000
 * times. Synchronised: lines are checked on several threads, and a name must be created once.
 * (Authors, topics, regions and tags, of which a file names thousands, are the writer's: {@link Links}.)
 */
final class Vocabulary {

    private final TaxonomyRepository taxonomy;
    private final Map<String, Long> sections = new HashMap<>();
    private final Map<String, Long> types = new HashMap<>();

    Vocabulary(TaxonomyRepository taxonomy) {
        this.taxonomy = taxonomy;
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
