package org.dossier.search;

import java.time.ZoneOffset;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
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

    /**
     * Snippet source: stored, and indexed with offsets in the postings so the highlighter finds a
     * passage's matches without re-analysing the text. Not searched (no norms or scoring needed), and
     * capped at {@link #SNIPPET_CHARS}: a passage from deep inside a 200-page text is no better a
     * preview, and the cap bounds both the index size and the stored bytes each result loads.
     */
    private static final FieldType SNIPPET_TYPE = new FieldType();
    /** The Korean copy is analysed by Nori from its stored value (Korean documents are few). */
    private static final FieldType SNIPPET_KO_TYPE = new FieldType();
    static final int SNIPPET_CHARS = 30_000;
    /** The flat text's analyzer, run once per document by {@link RecordedTokens} (thread-safe: it reuses per thread). */
    private static final Analyzer ENGLISH = Analyzers.english();

    static {
        SNIPPET_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        SNIPPET_TYPE.setTokenized(true);
        SNIPPET_TYPE.setOmitNorms(true);
        SNIPPET_TYPE.freeze();
        SNIPPET_KO_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        SNIPPET_KO_TYPE.setTokenized(true);
        SNIPPET_KO_TYPE.setOmitNorms(true);
        SNIPPET_KO_TYPE.setStored(true);
        SNIPPET_KO_TYPE.freeze();
    }

    /** Spelling vocabulary: only which documents hold a word matters, so no frequencies, positions or norms. */
    private static final FieldType SPELL_TYPE = new FieldType();

    static {
        SPELL_TYPE.setIndexOptions(IndexOptions.DOCS);
        SPELL_TYPE.setTokenized(true);
        SPELL_TYPE.setOmitNorms(true);
        SPELL_TYPE.freeze();
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
    Document publication(Publication p, String attachmentText) throws java.io.IOException {
        Document doc = common(Fields.publicationId(p.id()), Fields.KIND_PUBLICATION, p.version(), p.url(), p.title());
        String body = MarkdownRenderer.text(p.bodyHtml());
        String authors = String.join(", ", p.authors().stream().map(Expert::name).toList());
        String topics = String.join(", ", p.topics().stream().map(Term::name).toList());
        String regions = String.join(", ", p.regions().stream().map(Term::name).toList());
        String subtitle = p.subtitle() == null ? "" : p.subtitle();
        // One flat text field (title repeated in it) ranks best on SciFact and for our own cases;
        // the title also has its own field for title: queries and a small boost.
        String all = String.join("\n", p.title(), subtitle, p.summary(), body, authors, topics, regions,
                attachmentText);
        RecordedTokens tokens = addText(doc, all, p.title() + "\n" + subtitle + "\n" + body + "\n" + attachmentText);
        int bodyFrom = p.title().length() + subtitle.length() + 2;
        addSnippet(doc, Fields.SNIPPET, tokens, all, bodyFrom, bodyFrom + p.summary().length() + 1 + body.length());
        addSnippet(doc, Fields.SNIPPET_FILE, tokens, all, all.length() - attachmentText.length(), all.length());
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
    Document expert(Expert e) throws java.io.IOException {
        Document doc = common(Fields.expertId(e.id()), Fields.KIND_EXPERT, 0, e.url(), e.name());
        String bio = MarkdownRenderer.text(e.bioHtml());
        String all = String.join("\n", e.name(), e.role(), bio);
        RecordedTokens tokens = addText(doc, all, e.name() + "\n" + bio);
        addSnippet(doc, Fields.SNIPPET, tokens, all, e.name().length() + 1, all.length());
        doc.add(new TextField(Fields.AUTHORS, e.name(), Field.Store.NO));
        doc.add(new StoredField(Fields.TYPE_NAME, "Expert"));
        doc.add(new StoredField(Fields.SECTION_NAME, "Experts"));
        doc.add(ResultDisplay.field(e.name(), e.url(), Fields.KIND_EXPERT, "Expert", "Experts", null, List.of()));
        doc.add(new SortedSetDocValuesFacetField("type", EXPERT_TYPE));
        return facets.build(doc);
    }

    /** A plain text document with the same fields as a publication's text (used by the relevance evaluator). */
    static Document text(String id, String title, String body) throws java.io.IOException {
        Document doc = common(id, Fields.KIND_PUBLICATION, 0, "/" + id, title);
        addText(doc, title + "\n" + body, title + "\n" + body);
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
        doc.add(new Field(Fields.TITLE_WORDS, title, SPELL_TYPE));
        return doc;
    }

    /**
     * A snippet field over {@code all[from, to)} (trimmed, capped): the text stored, its tokens taken from
     * the flat text field's analysis. Korean text also gets a Nori-analysed copy. Nothing for blank text.
     */
    private static void addSnippet(Document doc, String field, RecordedTokens tokens, String all, int from, int to)
            throws java.io.IOException {
        while (from < to && Character.isWhitespace(all.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(all.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            return;
        }
        String text = cap(all.substring(from, to));
        doc.add(new StoredField(field, text));
        doc.add(new Field(field, tokens.range(from, from + text.length()), SNIPPET_TYPE));
        if (field.equals(Fields.SNIPPET) && Analyzers.isKorean(text)) {
            doc.add(new Field(Fields.SNIPPET_KO, text, SNIPPET_KO_TYPE));
        }
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

    private static RecordedTokens addText(Document doc, String all, String spelling) throws java.io.IOException {
        RecordedTokens tokens = RecordedTokens.of(ENGLISH, Fields.TEXT, all);
        doc.add(new Field(Fields.TEXT, tokens.all(), TextField.TYPE_NOT_STORED));
        // Only Hangul words are ever looked up in the Korean field, so text without Hangul need not go
        // through Nori (the costliest analyzer by far): the results are the same, indexing much faster.
        if (Analyzers.isKorean(all)) {
            doc.add(new TextField(Fields.TEXT_KO, all, Field.Store.NO));
        }
        doc.add(new Field(Fields.SPELL, spelling, SPELL_TYPE));
        return tokens;
    }
}
