package org.dossier.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The tokens of one analysis, kept so that several fields can be indexed from it. The flat text field
 * and the snippet fields hold the same English tokens (the snippet fields only those of the body or the
 * attachments, with offsets), and analysing the text once instead of twice keeps a full reindex close to
 * a bare IndexWriter loop.
 */
final class RecordedTokens {

    private char[] chars = new char[1024];
    private int[] termStart = new int[64];
    private int[] termLength = new int[64];
    private int[] increment = new int[64];
    private int[] startOffset = new int[64];
    private int[] endOffset = new int[64];
    private int count;
    private int used;
    private final int finalOffset;

    private RecordedTokens(Analyzer analyzer, String field, String text) throws IOException {
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                add(term, inc.getPositionIncrement(), offset.startOffset(), offset.endOffset());
            }
            stream.end();
            finalOffset = offset.endOffset();
        }
    }

    static RecordedTokens of(Analyzer analyzer, String field, String text) throws IOException {
        return new RecordedTokens(analyzer, field, text);
    }

    /** Every token, as the analyzer produced them. */
    TokenStream all() {
        return new Replay(0, Integer.MAX_VALUE, 0, finalOffset);
    }

    /** The tokens lying inside {@code [from, to)} of the text, with offsets relative to {@code from}. */
    TokenStream range(int from, int to) {
        return new Replay(from, to, from, to - from);
    }

    private void add(CharTermAttribute term, int inc, int start, int end) {
        if (count == termStart.length) {
            int size = count * 2;
            termStart = Arrays.copyOf(termStart, size);
            termLength = Arrays.copyOf(termLength, size);
            increment = Arrays.copyOf(increment, size);
            startOffset = Arrays.copyOf(startOffset, size);
            endOffset = Arrays.copyOf(endOffset, size);
        }
        if (used + term.length() > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + term.length()));
        }
        System.arraycopy(term.buffer(), 0, chars, used, term.length());
        termStart[count] = used;
        termLength[count] = term.length();
        increment[count] = inc;
        startOffset[count] = start;
        endOffset[count] = end;
        used += term.length();
        count++;
    }

    private final class Replay extends TokenStream {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final int from;
        private final int to;
        private final int shift;
        private final int end;
        private int next;
        private boolean first;

        Replay(int from, int to, int shift, int end) {
            this.from = from;
            this.to = to;
            this.shift = shift;
            this.end = end;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
            first = true;
        }

        @Override
        public boolean incrementToken() {
            while (next < count && (startOffset[next] < from || endOffset[next] > to)) {
                next++;
            }
            if (next >= count) {
                return false;
            }
            clearAttributes();
            term.copyBuffer(chars, termStart[next], termLength[next]);
            // the first token of a range must advance the position even if a stop word preceded it
            inc.setPositionIncrement(first ? Math.max(1, increment[next]) : increment[next]);
            offset.setOffset(startOffset[next] - shift, endOffset[next] - shift);
            first = false;
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(end, end);
        }
    }
}
