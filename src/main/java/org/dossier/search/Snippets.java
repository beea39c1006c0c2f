package org.dossier.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * Cuts the best-matching passage of each result out of its text and marks the matches. The matches'
 * offsets come from the postings (the flat text field and the snippet fields are indexed with offsets,
 * see {@link SearchDocuments}), so no text is re-analysed at search time. Every character of the text
 * is HTML-escaped and only our own {@code <mark>} tags are added ({@link Passages}), so markup in a
 * publication's body never reaches the page as markup.
 */
final class Snippets {

    private static final int PASSAGE_CHARS = 220;
    private static final String[] FIELDS = {Fields.TEXT, Fields.SNIPPET_FILE};
    private static final String[] FIELDS_KO = {Fields.TEXT, Fields.SNIPPET_KO, Fields.SNIPPET_FILE};
    private volatile Cached cached;

    /** {@code files}: whether any document has attachment text (else that field is not highlighted at all). */
    private record Cached(IndexSearcher searcher, Highlighter highlighter, boolean files) {
    }


    /**
     * One snippet per document, in the order of {@code docs}: the best passage of the body, else of the
     * attachments ("In the attached file: …"), else the body's start; null when the document has no
     * snippet field (an index of an older layout, being upgraded).
     */
    String[] of(IndexSearcher searcher, Query query, boolean korean, int[] docs) throws IOException {
        Cached current = highlighter(searcher);
        String[] fields = korean ? FIELDS_KO : FIELDS;
        if (!current.files) {
            // a field no segment has would be highlighted by analysing its (empty) text
            fields = java.util.Arrays.copyOf(fields, fields.length - 1);
        }
        int[] passages = new int[fields.length];
        java.util.Arrays.fill(passages, 1);
        Map<String, Object[]> found = current.highlighter.highlight(fields, query, docs, passages);
        String[] out = new String[docs.length];
        for (int i = 0; i < docs.length; i++) {
            Passages.Formatted body = (Passages.Formatted) found.get(Fields.TEXT)[i];
            Passages.Formatted ko = korean ? (Passages.Formatted) found.get(Fields.SNIPPET_KO)[i] : null;
            Passages.Formatted file = current.files ? (Passages.Formatted) found.get(Fields.SNIPPET_FILE)[i] : null;
            if (body != null && body.matched()) {
                out[i] = body.html();
            } else if (ko != null && ko.matched()) {
                out[i] = ko.html();
            } else if (file != null && file.matched()) {
                out[i] = "In the attached file: " + file.html();
            } else {
                out[i] = body == null ? null : body.html();
            }
        }
        return out;
    }

    /** The start of a text, escaped (the snippet of an old-layout document). */
    static String start(String text) {
        if (text == null) {
            return "";
        }
        if (text.length() <= PASSAGE_CHARS) {
            return Passages.escape(text, 0, text.length());
        }
        int space = text.lastIndexOf(' ', PASSAGE_CHARS);
        return Passages.escape(text, 0, space > 0 ? space : PASSAGE_CHARS) + "…";
    }

    /** The highlighter holds per-reader state (merged field infos), so one is kept per searcher. */
    private Cached highlighter(IndexSearcher searcher) {
        Cached current = cached;
        if (current == null || current.searcher != searcher) {
            boolean files = FieldInfos.getMergedFieldInfos(searcher.getIndexReader())
                    .fieldInfo(Fields.SNIPPET_FILE) != null;
            current = new Cached(searcher, new Highlighter(searcher), files);
            cached = current;
        }
        return current;
    }

    private static final class Highlighter extends UnifiedHighlighter {

        Highlighter(IndexSearcher searcher) {
            super(UnifiedHighlighter.builder(searcher, Analyzers.perField())
                    .withMaxLength(SearchDocuments.SNIPPET_CHARS)
                    // passages of about 220 characters cut at spaces, the match a third of the way in; the
                    // JDK's rule-based word iterator was a quarter of a search's time (profiled)
                    .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                            new CustomSeparatorBreakIterator(' '), PASSAGE_CHARS, 0.33f))
                    .withScorer(new Passages.Scorer())
                    // term and phrase matching by field name (below), which weight matches cannot do across fields
                    .withWeightMatches(false)
                    .withFormatter(new Passages.MarkFormatter()));
        }

        Map<String, Object[]> highlight(String[] fields, Query query, int[] docs, int[] passages) throws IOException {
            return highlightFieldsAsObjects(fields, query, docs, passages);
        }

        /**
         * The texts come from binary doc values (see {@link SearchDocuments}); a document without them
         * (an index of layout 1) gets an empty text and so no snippet here.
         */
        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            List<CharSequence[]> out = new ArrayList<>();
            int leafIndex = -1;
            BinaryDocValues[] values = new BinaryDocValues[fields.length];
            LeafReaderContext leaf = null;
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                int index = ReaderUtil.subIndex(doc, leaves);
                if (index != leafIndex) { // documents come in ascending order, so each leaf is opened once
                    leafIndex = index;
                    leaf = leaves.get(index);
                    for (int f = 0; f < fields.length; f++) {
                        values[f] = leaf.reader().getBinaryDocValues(fields[f]);
                    }
                }
                CharSequence[] texts = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    texts[f] = values[f] != null && values[f].advanceExact(doc - leaf.docBase)
                            ? text(values[f].binaryValue()) : "";
                }
                out.add(texts);
            }
            return out;
        }

        /**
         * The JDK's decoder, not {@link BytesRef#utf8ToString}: it copies ASCII (most of a Latin-script text)
         * straight into a one-byte string, where Lucene's decodes to a char array first. Decoding the 20
         * results' texts of up to 10,000 characters was a quarter of the snippets' time (profiled).
         */
        private static String text(BytesRef bytes) {
            return new String(bytes.bytes, bytes.offset, bytes.length, StandardCharsets.UTF_8);
        }

        /** Title terms are the text's terms too (same analyzer); the snippet fields take the text's terms. */
        @Override
        protected Predicate<String> getFieldMatcher(String field) {
            if (field.equals(Fields.SNIPPET_KO)) {
                return f -> f.equals(Fields.TEXT_KO) || f.equals(Fields.TITLE_KO);
            }
            return f -> f.equals(Fields.TEXT) || f.equals(Fields.TITLE);
        }

        /**
         * The break iterator unwrapped. Lucene wraps it in a {@code SplittingBreakIterator} that cuts a text at
         * the separator of multi-valued fields; each of our fields holds one value, and the wrapper copied the
         * whole text (up to 10,000 characters) every time it looked for a passage start before a match. That
         * copying was a fifth of the snippets' time (profiled).
         */
        @Override
        protected FieldHighlighter newFieldHighlighter(String field, FieldOffsetStrategy offsets,
                                                       BreakIterator splitting, PassageScorer scorer, int maxPassages,
                                                       int maxNoHighlightPassages, PassageFormatter formatter,
                                                       Comparator<Passage> order) {
            return super.newFieldHighlighter(field, offsets, getBreakIterator(field), scorer, maxPassages,
                    maxNoHighlightPassages, formatter, order);
        }

        /** Only the body falls back to its start; the other fields count only when they match. */
        @Override
        protected int getMaxNoHighlightPassages(String field) {
            return field.equals(Fields.TEXT) ? 1 : 0;
        }
    }

}
