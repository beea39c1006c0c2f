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
    static void append(String md, int start, int end, StringBuilder out) {
        space(out);
        for (int i = start; i < end; i++) {
            char c = md.charAt(i);
            if (c == '\\' && i + 1 < end && isAsciiPunctuation(md.charAt(i + 1))) {
                c = md.charAt(++i);
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
    static String trimEnd(StringBuilder text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(0, end);
    }

    private static void space(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
    }

    static boolean isAsciiPunctuation(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }
}
