package org.dossier.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * The spelling vocabulary of one document ({@link Fields#SPELL}): the whole words of its flat text, lower-cased
 * and folded but not stemmed ("disarmament", not "disarma"), each once.
 *
 * <p>The words are taken from the flat text's own analysis while it is indexed, not from a second one: the
 * English chain Dossier indexes with has a {@link Tap} after folding and before stop words and stemming
 * ({@link Analyzers#english(boolean)}), which hands its tokens to the document's set once the flat text field
 * {@link #listen}s; the spelling field, added after the text to the same document, replays the set. The field
 * holds only which documents have a word, so once is all the index needs, and the set, small enough to stay in
 * the processor's cache, spares the index's large term hash a look-up for every repeated occurrence. Against a
 * second analysis of every occurrence, a rebuild of 100,000 documents took 3-8% less time (paired runs).
 * What is left of the field's cost, a posting per document and word, is about a quarter of indexing the flat
 * text (measured in-process); only a field without per-document postings would save it.
 */
final class SpellingWords {

    /** Which documents hold a word: no frequencies, positions or norms. */
    static final FieldType TYPE = new FieldType();

    static {
        TYPE.setIndexOptions(IndexOptions.DOCS);
        TYPE.setTokenized(true);
        TYPE.setOmitNorms(true);
        TYPE.freeze();
    }

    private final WordList words = new WordList();
    /** Open addressing over the words: 0 is a free slot, otherwise a word's index plus one. */
    private int[] slots = new int[512];

    /**
     * Collects the words of {@code stream}, the flat text's token stream from {@link Analyzers#perField()}
     * (whose last filter makes its tap reachable), until the stream is closed.
     */
    void listen(TokenStream stream) {
        if (!(stream instanceof Tapped tapped)) {
            throw new IllegalStateException("the flat text must be analysed by Analyzers.perField()");
        }
        tapped.tap.into = this;
    }

    /** The spelling field: the collected words (so it must come after the flat text in the document). */
    Field field() {
        return new Field(Fields.SPELL, "", TYPE) {
            @Override
            public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
                return words.replay();
            }
        };
    }

    /** How many different words were collected. */
    int size() {
        return words.size();
    }

    /** The {@code i}th different word, in order of first occurrence. */
    String word(int i) {
        return words.word(i);
    }

    private void add(char[] word, int length) {
        int mask = slots.length - 1;
        int slot = WordList.hash(word, 0, length) & mask;
        while (slots[slot] != 0) {
            if (words.same(slots[slot] - 1, word, length)) {
                return;
            }
            slot = (slot + 1) & mask;
        }
        words.add(word, length);
        slots[slot] = words.size();
        if (words.size() * 2 > slots.length) {
            grow();
        }
    }

    private void grow() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int i = 0; i < words.size(); i++) {
            int slot = words.hash(i) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = i + 1;
        }
    }

    /** The place in the English chain where the words are whole: passes every token on unchanged. */
    static final class Tap extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private SpellingWords into;

        Tap(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (into != null) {
                into.add(term.buffer(), term.length());
            }
            return true;
        }

        @Override
        public void close() throws IOException {
            into = null; // the chain is reused for the next text, which may not be a document's flat text
            super.close();
        }
    }

    /** The chain's last filter, changing nothing: it makes the chain's {@link Tap} reachable from its end. */
    static final class Tapped extends TokenFilter {

        private final Tap tap;

        Tapped(TokenStream input, Tap tap) {
            super(input);
            this.tap = tap;
        }

        @Override
        public boolean incrementToken() throws IOException {
            return input.incrementToken();
        }
    }
}
