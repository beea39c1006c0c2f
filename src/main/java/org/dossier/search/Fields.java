package org.dossier.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Names of the index fields. Each field's choice (stored? indexed? doc values?) is explained where
 * the document is built, in {@link SearchDocuments}.
 */
final class Fields {

    static final String ID = "id";
    static final String KIND = "kind";
    static final String VERSION = "version";
    static final String TITLE = "title";
    static final String TITLE_KO = "title_ko";
    static final String TEXT = "text";
    static final String TEXT_KO = "text_ko";
    /** Pairs of neighbouring terms of {@link #TEXT}, for two-word phrases ({@link WordPairs}). */
    static final String TEXT_PAIRS = "text_pairs";
    static final String SPELL = "spell";
    static final String TITLE_WORDS = "title_words";
    static final String AUTHORS = "authors";
    static final String TOPICS = "topics";
    /** Stored whole body of indexes older than format 2; read only as a snippet fallback while such an index is upgraded. */
    static final String BODY = "body";
    static final String SNIPPET_KO = "snippet_ko";
    static final String SNIPPET_FILE = "snippet_file";
    static final String URL = "url";
    static final String DISPLAY = "display";
    static final String TYPE_NAME = "type_name";
    static final String SECTION_NAME = "section_name";
    static final String AUTHOR_NAMES = "author_names";
    static final String DATE = "date";
    static final String SORT_ID = "sort_id";

    static final String KIND_PUBLICATION = "publication";
    static final String KIND_EXPERT = "expert";

    /** Facet dimensions, in the order the page shows them. */
    static final java.util.List<String> FACETS = java.util.List.of("type", "section", "topic", "region", "author",
            "year");

    private Fields() {
    }

    /** Every publication's document (not the experts'): what "Total Index" counts. */
    static Query publications() {
        return new TermQuery(new Term(KIND, KIND_PUBLICATION));
    }

    static String publicationId(long id) {
        return "p" + id;
    }

    static String expertId(long id) {
        return "e" + id;
    }
}
