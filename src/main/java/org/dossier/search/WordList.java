package org.dossier.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Words kept end to end in one growing array, for replaying as the terms of a field ({@link WordPairs},
 * {@link SpellingWords}): no object per word while a document is indexed.
 */
final class WordList {

    /** Word {@code i} ends at {@code ends[i]} and starts where word {@code i - 1} ends. */
    private char[] chars = new char[1024];
    private int[] ends = new int[128];
    private int count;

    int size() {
        return count;
    }

    void clear() {
        count = 0;
    }

    /** Adds a word. */
    void add(char[] word, int length) {
        int start = reserve(length);
        System.arraycopy(word, 0, chars, start, length);
        ends[count++] = start + length;
    }

    /** Adds two words with a space between them as one. */
    void add(char[] first, int firstLength, char[] second, int secondLength) {
        int start = reserve(firstLength + 1 + secondLength);
        System.arraycopy(first, 0, chars, start, firstLength);
        chars[start + firstLength] = ' ';
        System.arraycopy(second, 0, chars, start + firstLength + 1, secondLength);
        ends[count++] = start + firstLength + 1 + secondLength;
    }

    /** Whether word {@code i} is {@code length} characters of {@code word}. */
    boolean same(int i, char[] word, int length) {
        int start = start(i);
        return ends[i] - start == length && Arrays.equals(chars, start, start + length, word, 0, length);
    }

    /** Word {@code i}'s hash, as {@link #hash(char[], int, int)} gives it for the same characters. */
    int hash(int i) {
        return hash(chars, start(i), ends[i] - start(i));
    }

    static int hash(char[] text, int start, int length) {
        int h = 0;
        for (int i = start; i < start + length; i++) {
            h = 31 * h + text[i];
        }
        return h ^ (h >>> 16); // callers pick slots by the low bits: fold the high ones in
    }

    String word(int i) {
        return new String(chars, start(i), ends[i] - start(i));
    }

    /** The words, one term each. */
    TokenStream replay() {
        return new Replay();
    }

    private int start(int i) {
        return i == 0 ? 0 : ends[i - 1];
    }

    /** Where a word of {@code length} characters goes, after making room for it. */
    private int reserve(int length) {
        int start = start(count);
        if (start + length > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(start + length, chars.length * 2));
        }
        if (count == ends.length) {
            ends = Arrays.copyOf(ends, count * 2);
        }
        return start;
    }

    private final class Replay extends TokenStream {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private int next;

        @Override
        public boolean incrementToken() {
            if (next >= count) {
                return false;
            }
            clearAttributes();
            term.copyBuffer(chars, start(next), ends[next] - start(next));
            next++;
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
