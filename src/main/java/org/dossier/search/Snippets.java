package org.dossier.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * Cuts the best-matching passage of each result out of its stored text and marks the matches. The
 * matches' offsets come from the postings (the flat text field and the snippet fields are indexed with
 * offsets, see {@link SearchDocuments}), so no text is re-analysed at search time. Every character of the text is HTML-escaped and only our own
 * {@code <mark>} tags are added, so markup in a publication's body never reaches the page as markup.
 */
final class Snippets {

    private static final int PASSAGE_CHARS = 220;
    private static final String[] FIELDS = {Fields.TEXT, Fields.SNIPPET_FILE};
    private static final String[] FIELDS_KO = {Fields.TEXT, Fields.SNIPPET_KO, Fields.SNIPPET_FILE};
    private volatile Cached cached;

    private record Cached(IndexSearcher searcher, Highlighter highlighter) {
    }

    /** A formatted passage and whether it holds a match (else it is just the start of the text). */
    record Formatted(String html, boolean matched) {
    }

    /**
     * One snippet per document, in the order of {@code docs}: the best passage of the body, else of the
     * attachments ("In the attached file: …"), else the body's start; null when the document has no
     * snippet field (an index of an older layout, being upgraded).
     */
    String[] of(IndexSearcher searcher, Query query, boolean korean, int[] docs) throws IOException {
        String[] fields = korean ? FIELDS_KO : FIELDS;
        int[] passages = new int[fields.length];
        java.util.Arrays.fill(passages, 1);
        Map<String, Object[]> found = highlighter(searcher).highlight(fields, query, docs, passages);
        String[] out = new String[docs.length];
        for (int i = 0; i < docs.length; i++) {
            Formatted body = (Formatted) found.get(Fields.TEXT)[i];
            Formatted ko = korean ? (Formatted) found.get(Fields.SNIPPET_KO)[i] : null;
            Formatted file = (Formatted) found.get(Fields.SNIPPET_FILE)[i];
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
            return escape(text, 0, text.length());
        }
        int space = text.lastIndexOf(' ', PASSAGE_CHARS);
        return escape(text, 0, space > 0 ? space : PASSAGE_CHARS) + "…";
    }

    /** The highlighter holds per-reader state (merged field infos), so one is kept per searcher. */
    private Highlighter highlighter(IndexSearcher searcher) {
        Cached current = cached;
        if (current == null || current.searcher != searcher) {
            current = new Cached(searcher, new Highlighter(searcher));
            cached = current;
        }
        return current.highlighter;
    }

    private static final class Highlighter extends UnifiedHighlighter {

        Highlighter(IndexSearcher searcher) {
            super(UnifiedHighlighter.builder(searcher, Analyzers.perField())
                    .withMaxLength(SearchDocuments.SNIPPET_CHARS)
                    // passages of about 220 characters cut at spaces, the match a third of the way in; the
                    // JDK's rule-based word iterator was a quarter of a search's time (profiled)
                    .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                            new CustomSeparatorBreakIterator(' '), PASSAGE_CHARS, 0.33f))
                    .withScorer(new Scorer())
                    // term and phrase matching by field name (below), which weight matches cannot do across fields
                    .withWeightMatches(false)
                    .withFormatter(new MarkFormatter()));
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
                            ? values[f].binaryValue().utf8ToString() : "";
                }
                out.add(texts);
            }
            return out;
        }

        /** Title terms are the text's terms too (same analyzer); the snippet fields take the text's terms. */
        @Override
        protected Predicate<String> getFieldMatcher(String field) {
            if (field.equals(Fields.SNIPPET_KO)) {
                return f -> f.equals(Fields.TEXT_KO) || f.equals(Fields.TITLE_KO);
            }
            return f -> f.equals(Fields.TEXT) || f.equals(Fields.TITLE);
        }

        /** Only the body falls back to its start; the other fields count only when they match. */
        @Override
        protected int getMaxNoHighlightPassages(String field) {
            return field.equals(Fields.TEXT) ? 1 : 0;
        }
    }

    /**
     * Lucene's passage score (BM25 over the passage's distinct terms, favouring early passages) computed
     * without the hash set the stock scorer allocates for every candidate passage (profiled: 32 KB each).
     */
    private static final class Scorer extends PassageScorer {

        @Override
        public float score(Passage passage, int contentLength) {
            int n = passage.getNumMatches();
            BytesRef[] terms = passage.getMatchTerms();
            int[] freqInDoc = passage.getMatchTermFreqsInDoc();
            float score = 0;
            for (int i = 0; i < n; i++) {
                int freq = 0;
                boolean first = true;
                for (int j = 0; j < n && first; j++) {
                    if (terms[j].equals(terms[i])) {
                        first = j >= i;
                        freq++;
                    }
                }
                if (first) {
                    score += weight(contentLength, freqInDoc[i]) * tf(freq, passage.getLength());
                }
            }
            return score * norm(passage.getStartOffset());
        }
    }

    /** Escapes the passage and wraps each match (overlapping ones merged) in {@code <mark>}. */
    private static final class MarkFormatter extends PassageFormatter {

        @Override
        public Object format(Passage[] passages, String content) {
            if (passages.length == 0 || content.isEmpty()) {
                return null;
            }
            Passage p = passages[0];
            StringBuilder out = new StringBuilder(p.getLength() + 64);
            if (p.getStartOffset() > 0) {
                out.append('…');
            }
            int pos = p.getStartOffset();
            int[] starts = p.getMatchStarts();
            int[] ends = p.getMatchEnds();
            for (int i = 0; i < p.getNumMatches(); i++) {
                int start = Math.max(starts[i], pos);
                int end = ends[i];
                while (i + 1 < p.getNumMatches() && starts[i + 1] <= end) {
                    end = Math.max(end, ends[++i]);
                }
                end = Math.min(end, p.getEndOffset());
                if (end <= start) {
                    continue;
                }
                out.append(escape(content, pos, start)).append("<mark>").append(escape(content, start, end))
                        .append("</mark>");
                pos = end;
            }
            out.append(escape(content, pos, p.getEndOffset()));
            if (p.getEndOffset() < content.length()) {
                out.append('…');
            }
            return new Formatted(out.toString().strip(), p.getNumMatches() > 0);
        }
    }

    private static String escape(String text, int from, int to) {
        StringBuilder out = new StringBuilder(to - from + 16);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
