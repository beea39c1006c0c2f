package org.dossier.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/** How {@link Snippets} scores candidate passages and turns the best one into escaped HTML. */
final class Passages {

    private Passages() {
    }

    /** A formatted passage and whether it holds a match (else it is just the start of the text). */
    record Formatted(String html, boolean matched) {
    }

    /**
     * Lucene's passage score (BM25 over the passage's distinct terms, favouring early passages) computed
     * without the hash set the stock scorer allocates for every candidate passage (profiled: 32 KB each).
     */
    static final class Scorer extends PassageScorer {

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
    static final class MarkFormatter extends PassageFormatter {

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

    static String escape(String text, int from, int to) {
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
