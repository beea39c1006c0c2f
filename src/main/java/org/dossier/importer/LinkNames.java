package org.dossier.importer;

import java.util.List;
import org.dossier.taxonomy.TermKind;
import org.dossier.web.Slugs;

/**
 * The names on a line that become links to experts and terms, each with its slug. The slugs are
 * worked out where the line is read, on all cores; the writer, the import's one busy thread, only
 * looks them up ({@link Links}).
 */
record LinkNames(List<Name> authors, List<Name> topics, List<Name> regions, List<Name> tags) {

    /** A name as the line gives it, and its slug (empty when the name has no usable slug). */
    record Name(String name, String slug) {
    }

    static LinkNames of(ImportLine line) {
        return of(line.authors(), line.topics(), line.regions(), line.tags());
    }

    static LinkNames of(List<String> authors, List<String> topics, List<String> regions, List<String> tags) {
        return new LinkNames(named(authors), named(topics), named(regions), named(tags));
    }

    private static List<Name> named(List<String> names) {
        return names.stream().map(n -> new Name(n, Slugs.of(n))).toList();
    }

    List<Name> terms(TermKind kind) {
        return switch (kind) {
            case TOPIC -> topics;
            case REGION -> regions;
            case TAG -> tags;
        };
    }
}
