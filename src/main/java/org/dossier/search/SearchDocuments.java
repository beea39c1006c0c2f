package org.dossier.search;

import java.time.ZoneOffset;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.dossier.experts.Expert;
import org.dossier.publications.Publication;
import org.dossier.taxonomy.Term;
import org.dossier.web.MarkdownRenderer;

/** Turns publications and experts into Lucene documents. */
final class SearchDocuments {

    /** The flat text: ranked by BM25 (norms, frequencies, positions for phrases) and offsets for the highlighter. */
    private static final FieldType TEXT_TYPE = new FieldType(TextField.TYPE_NOT_STORED);
    /**
     * The other snippet sources (the attachments' text; the Nori copy of Korean text): indexed with offsets
     * and kept in doc values, only for the highlighter (never searched, so no norms).
     */
    private static final FieldType SNIPPET_TYPE = new FieldType();
    /**
     * Most characters stored as a snippet source: a passage from deep inside a 200-page text is no better
     * a preview, and the cap bounds the stored bytes each result decompresses and the highlighter scans.
     */
    static final int SNIPPET_CHARS = 10_000;

    static {
        TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_TYPE.freeze();
        SNIPPET_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        SNIPPET_TYPE.setTokenized(true);
        SNIPPET_TYPE.setOmitNorms(true);
        SNIPPET_TYPE.freeze();
    }

    static final String EXPERT_TYPE = "expert";
    private final FacetsConfig facets = facetsConfig();

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dim : List.of("topic", "region", "author")) {
            config.setMultiValued(dim, true);
        }
        return config;
    }

    FacetsConfig config() {
        return facets;
    }

    /** The document of a published publication; {@code attachmentText} is the extracted text of its files. */
    Document publication(Publication p, String attachmentText, CommonWords words) throws java.io.IOException {
        Document doc = common(Fields.publicationId(p.id()), Fields.KIND_PUBLICATION, p.version(), p.url(), p.title());
        String body = MarkdownRenderer.text(p.bodyHtml());
        String authors = String.join(", ", p.authors().stream().map(Expert::name).toList());
        String topics = String.join(", ", p.topics().stream().map(Term::name).toList());
        String regions = String.join(", ", p.regions().stream().map(Term::name).toList());
        String subtitle = p.subtitle() == null ? "" : p.subtitle();
        // One flat text field (title repeated in it) ranks best on SciFact and for our own cases;
        // the title also has its own field for title: queries and a small boost. Summary and body come
        // first, so the stored snippet text is a prefix of it (BM25 does not care about the order).
        String shown = p.summary() + "\n" + body;
        String all = String.join("\n", shown, p.title(), subtitle, authors, topics, regions, attachmentText);
        addText(doc, all, shown, words);
        if (!attachmentText.isBlank()) {
            addSnippetSource(doc, Fields.SNIPPET_FILE, cap(attachmentText.strip()));
        }
        // Author and topic names are searchable on their own for author:/topic: queries.
        doc.add(new TextField(Fields.AUTHORS, authors, Field.Store.NO));
        doc.add(new TextField(Fields.TOPICS, topics, Field.Store.NO));
        doc.add(new StoredField(Fields.TYPE_NAME, p.type().name()));
        doc.add(new StoredField(Fields.SECTION_NAME, p.section().name()));
        for (Expert author : p.authors()) {
            doc.add(new StoredField(Fields.AUTHOR_NAMES, author.name()));
        }
        long date = p.publishedAt() == null ? 0 : p.publishedAt().toEpochMilli();
        doc.add(ResultDisplay.field(p.title(), p.url(), Fields.KIND_PUBLICATION, p.type().name(), p.section().name(),
                date, p.authors().stream().map(Expert::name).toList()));
        // Indexed as a point for the from/to filter, doc values for newest/oldest sorting, stored for display.
        doc.add(new LongPoint(Fields.DATE, date));
        doc.add(new NumericDocValuesField(Fields.DATE, date));
        doc.add(new StoredField(Fields.DATE, date));
        doc.add(new SortedSetDocValuesFacetField("type", p.type().slug()));
        doc.add(new SortedSetDocValuesFacetField("section", p.section().slug()));
        p.topics().stream().map(Term::slug).distinct()
                .forEach(s -> doc.add(new SortedSetDocValuesFacetField("topic", s)));
        p.regions().stream().map(Term::slug).distinct()
                .forEach(s -> doc.add(new SortedSetDocValuesFacetField("region", s)));
        p.authors().stream().map(Expert::slug).distinct()
                .forEach(s -> doc.add(new SortedSetDocValuesFacetField("author", s)));
        if (p.publishedAt() != null) {
            doc.add(new SortedSetDocValuesFacetField("year",
                    String.valueOf(p.publishedAt().atZone(ZoneOffset.UTC).getYear())));
        }
        return facets.build(doc);
    }

    /** An expert is a result of its own kind, found by name, role and biography. */
    Document expert(Expert e, CommonWords words) throws java.io.IOException {
        Document doc = common(Fields.expertId(e.id()), Fields.KIND_EXPERT, 0, e.url(), e.name());
        String bio = MarkdownRenderer.text(e.bioHtml());
        String shown = e.role() + "\n" + bio;
        addText(doc, String.join("\n", shown, e.name()), shown, words);
        doc.add(new TextField(Fields.AUTHORS, e.name(), Field.Store.NO));
        doc.add(new StoredField(Fields.TYPE_NAME, "Expert"));
        doc.add(new StoredField(Fields.SECTION_NAME, "Experts"));
        doc.add(ResultDisplay.field(e.name(), e.url(), Fields.KIND_EXPERT, "Expert", "Experts", null, List.of()));
        doc.add(new SortedSetDocValuesFacetField("type", EXPERT_TYPE));
        return facets.build(doc);
    }

    /** A plain text document with the same fields as a publication's text (used by the relevance evaluator). */
    static Document text(String id, String title, String body, CommonWords words) throws java.io.IOException {
        Document doc = common(id, Fields.KIND_PUBLICATION, 0, "/" + id, title);
        addText(doc, title + "\n" + body, null, words);
        return doc;
    }

    private static Document common(String id, String kind, int version, String url, String title) {
        Document doc = new Document();
        // The id is the upsert key (updateDocument) and the stable tie-breaker for paging.
        doc.add(new StringField(Fields.ID, id, Field.Store.YES));
        doc.add(new SortedDocValuesField(Fields.SORT_ID, new BytesRef(id)));
        doc.add(new StringField(Fields.KIND, kind, Field.Store.YES));
        // Doc values let the start-up check read every version without loading stored fields.
        doc.add(new NumericDocValuesField(Fields.VERSION, version));
        doc.add(new StoredField(Fields.URL, url));
        doc.add(new TextField(Fields.TITLE, title, Field.Store.YES));
        if (Analyzers.isKorean(title)) {
            doc.add(new TextField(Fields.TITLE_KO, title, Field.Store.NO));
        }
        // Whole title words for suggestions while typing (prefix queries on unstemmed words).
        doc.add(new Field(Fields.TITLE_WORDS, title, SpellingWords.TYPE));
        return doc;
    }

    /** A snippet field: indexed with offsets; its text in binary doc values, like the flat text's prefix. */
    private static void addSnippetSource(Document doc, String field, String text) {
        doc.add(new Field(field, text, SNIPPET_TYPE));
        doc.add(new BinaryDocValuesField(field, new BytesRef(text)));
    }

    /** At most {@link #SNIPPET_CHARS} characters, cut at a space where there is one near the end. */
    static String cap(String text) {
        if (text.length() <= SNIPPET_CHARS) {
            return text;
        }
        int space = text.lastIndexOf(' ', SNIPPET_CHARS);
        int end = space > SNIPPET_CHARS - 200 ? space : SNIPPET_CHARS;
        return text.substring(0, Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end);
    }

    /**
     * The flat text field, with offsets in its postings so snippets need no second analysis or inversion;
     * {@code shown} (a prefix of {@code all}: summary and body), capped, is the snippet source. It is kept
     * in binary doc values, not stored fields: reading a stored field decompresses the document's block
     * (profiled: half of the highlighting time), a doc value is read as it lies on disk.
     * The highlighter ignores matches beyond the stored prefix. Korean text also gets a Nori copy. The text's
     * pairs of neighbouring words go into a field of their own, for two-word phrases ({@link WordPairs}), and its
     * whole words into the spelling vocabulary ({@link SpellingWords}), both recorded while it is analysed.
     */
    private static void addText(Document doc, String all, String shown, CommonWords words) {
        WordPairs pairs = new WordPairs(words);
        SpellingWords spelling = new SpellingWords();
        doc.add(pairs.text(Fields.TEXT, all, TEXT_TYPE, spelling));
        doc.add(pairs.pairs()); // after the text, whose analysis records the pairs
        doc.add(spelling.field()); // and its words
        if (shown != null) {
            String stored = cap(shown);
            doc.add(new BinaryDocValuesField(Fields.TEXT, new BytesRef(stored)));
            if (Analyzers.isKorean(stored)) {
                addSnippetSource(doc, Fields.SNIPPET_KO, stored);
            }
        }
        // Only Hangul words are ever looked up in the Korean field, so text without Hangul need not go
        // through Nori (the costliest analyzer by far): the results are the same, indexing much faster.
        if (Analyzers.isKorean(all)) {
            doc.add(new TextField(Fields.TEXT_KO, all, Field.Store.NO));
        }
    }
}
