package org.dossier.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * The word pairs of a document's flat text: every two {@link CommonWords} at neighbouring positions of
 * {@link Fields#TEXT} ("gener assembl", as the English analyzer leaves them), as terms of
 * {@link Fields#TEXT_PAIRS}. A phrase of two such words then is one term lookup instead of a walk through two
 * long position lists ({@link PairPhraseQuery}).
 *
 * <p>The pairs are taken from the flat text's own analysis while it is indexed, not from a second one: the
 * text field's token stream records them as it passes ({@link #text}), and the pairs field, added after it to
 * the same document, replays them ({@link #pairs}); Lucene indexes a document's fields in the order they were
 * added. A stop word leaves a gap in the positions, and no pair spans a gap, exactly as a phrase query does
 * not match across one.
 */
final class WordPairs {

    /** Which documents hold a pair and how often: no positions (a pair is matched whole) and no norms. */
    static final FieldType TYPE = new FieldType();

    static {
        TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        TYPE.setTokenized(true);
        TYPE.setOmitNorms(true);
        TYPE.freeze();
    }

    private final CommonWords words;
    private final WordList pairs = new WordList();

    /** Pairs of two of {@code words} (the list of the generation the document goes into). */
    WordPairs(CommonWords words) {
        this.words = words;
    }

    /** The pair term of two analysed words. */
    static String pair(String first, String second) {
        return first + ' ' + second;
    }

    /** The flat text field, recording its pairs, and its words into {@code spelling}, as it is analysed. */
    Field text(String name, String value, FieldType type, SpellingWords spelling) {
        return new Field(name, value, type) {
            @Override
            public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
                pairs.clear();
                TokenStream stream = super.tokenStream(analyzer, reuse);
                spelling.listen(stream);
                return new Recorder(stream);
            }
        };
    }

    /** The pairs field: the pairs the text field recorded (so it must come after it in the document). */
    Field pairs() {
        return new Field(Fields.TEXT_PAIRS, "", TYPE) {
            @Override
            public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
                return pairs.replay();
            }
        };
    }

    /** Passes the text's tokens on unchanged, noting each pair of neighbours. */
    private final class Recorder extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private char[] previous = new char[32];
        private int previousLength = -1;

        Recorder(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            int step = increment.getPositionIncrement();
            if (step == 0) {
                return true; // a token stacked on the previous one: the English analysis makes none
            }
            if (!words.contains(term.buffer(), term.length())) {
                previousLength = -1; // no pair starts or ends at a word that is not common
                return true;
            }
            if (step == 1 && previousLength >= 0) {
                pairs.add(previous, previousLength, term.buffer(), term.length());
            }
            // after a gap (a stop word was removed) the previous word is not a neighbour: it was replaced above
            if (previous.length < term.length()) {
                previous = new char[Math.max(term.length(), previous.length * 2)];
            }
            System.arraycopy(term.buffer(), 0, previous, 0, term.length());
            previousLength = term.length();
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            previousLength = -1;
        }
    }
}
