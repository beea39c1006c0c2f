package org.dossier.web;

/**
 * The plain text of a paragraph written by {@link PlainParagraphs}, as jsoup's {@code text()} gives
 * it for the HTML: escapes undone, entities decoded (the characters stand for themselves in the
 * Markdown), runs of whitespace made one space, zero-width space and soft hyphen dropped, paragraphs
 * joined by a space. A property test holds it to jsoup on generated text.
 */
final class Lead {

    private Lead() {
    }

    /** Appends the text of the plain paragraph {@code md[start, end)} to {@code out}. */
    static void append(char[] md, int start, int end, CharOut out) {
        space(out);
        for (int i = start; i < end; i++) {
            char c = md[i];
            if (c == '\\' && i + 1 < end && isAsciiPunctuation(md[i + 1])) {
                c = md[++i];
            } else if (c == ' ' || c == '\t' || c == '\u00a0') {
                space(out);
                continue;
            } else if (c == '\u200b' || c == '\u00ad') {
                continue;
            }
            out.append(c);
        }
    }

    /** The text without its trailing space. */
    static String trimEnd(CharOut text) {
        while (!text.isEmpty() && text.last() == ' ') {
            text.truncate(text.length() - 1);
        }
        return text.toString();
    }

    private static void space(CharOut out) {
        if (!out.isEmpty() && out.last() != ' ') {
            out.append(' ');
        }
    }

    static boolean isAsciiPunctuation(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }
}
