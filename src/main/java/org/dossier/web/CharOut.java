package org.dossier.web;

import java.util.Arrays;

/**
 * A growing char array for writers that copy long runs of text: imports turn tens of kilobytes of
 * text into Markdown and HTML per item. On Java 17, StringBuilder copies a run of a non-Latin-1
 * string char by char with a bounds check each, which showed as the largest cost of rendering
 * speeches; array copies do not.
 */
public final class CharOut {

    private char[] chars;
    private int length;

    public CharOut(int capacity) {
        chars = new char[Math.max(16, capacity)];
    }

    /** Appends {@code source[from, to)}. */
    public CharOut append(char[] source, int from, int to) {
        int n = to - from;
        ensure(n);
        System.arraycopy(source, from, chars, length, n);
        length += n;
        return this;
    }

    public CharOut append(String s) {
        ensure(s.length());
        s.getChars(0, s.length(), chars, length);
        length += s.length();
        return this;
    }

    public CharOut append(char c) {
        ensure(1);
        chars[length++] = c;
        return this;
    }

    public int length() {
        return length;
    }

    public boolean isEmpty() {
        return length == 0;
    }

    public char last() {
        return chars[length - 1];
    }

    /** Drops characters from the end, leaving {@code newLength}. */
    public void truncate(int newLength) {
        length = newLength;
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }

    private void ensure(int more) {
        if (length + more > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(length + more, chars.length * 2));
        }
    }
}
