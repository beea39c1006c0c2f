package org.dossier.importer;

import java.util.List;
import org.dossier.taxonomy.TermKind;

/** The names on a line that become links to experts and terms; the writer turns them into ids ({@link Links}). */
record LinkNames(List<String> authors, List<String> topics, List<String> regions, List<String> tags) {

    static LinkNames of(ImportLine line) {
        return new LinkNames(line.authors(), line.topics(), line.regions(), line.tags());
    }

    List<String> terms(TermKind kind) {
        return switch (kind) {
            case TOPIC -> topics;
            case REGION -> regions;
            case TAG -> tags;
        };
    }
}
