package org.dossier.web;

/**
 * A shortcut for the commonest Markdown there is: plain paragraphs of text, one line each, with
 * Markdown's special characters backslash-escaped. That is what imported corpora and most pasted
 * text become, and rendering it through CommonMark and the sanitiser costs several times more than
 * writing the paragraphs out directly.
 *
 * <p>The shortcut must give byte for byte the HTML the full path gives, so it accepts only input
 * whose meaning it is sure of and answers {@code null} for anything else (any unescaped character
 * Markdown might act on, a line that could open a block, unusual code points), leaving it to the
 * full path. Its text encoding follows the sanitiser's output encoding. A property test compares
 * both paths on real corpora and on generated text.
 *
 * <p>The same pass counts the words, as {@link MarkdownRenderer#readingMinutes} would in the HTML, so
 * a long body is read once rather than twice.
 */
public final class PlainParagraphs {

    /** The HTML and its number of words. */
    record Html(String html, int words) {
    }

    private static final int ASCII = 128;
    /** Characters that start inline syntax (or an entity, or a line break) when not escaped. */
    private static final boolean[] INLINE_SPECIAL = table("`*_[]<>&|~\n\r");
    /** ASCII written unchanged: printable, not special to Markdown, not encoded by the sanitiser. */
    private static final boolean[] ORDINARY = new boolean[ASCII];

    static {
        boolean[] encoded = table("&<>\"'`@+={\\");
        for (char c = ' '; c < 0x7f; c++) {
            ORDINARY[c] = !INLINE_SPECIAL[c] && !encoded[c];
        }
        ORDINARY['\t'] = true;
    }

    private static boolean[] table(String chars) {
        boolean[] table = new boolean[ASCII];
        for (char c : chars.toCharArray()) {
            table[c] = true;
        }
        return table;
    }

    private PlainParagraphs() {
    }

    /** The rendered HTML, or {@code null} when the Markdown is not plain escaped paragraphs. */
    public static String render(String markdown) {
        Html html = renderCounting(markdown);
        return html == null ? null : html.html();
    }

    /** The rendered HTML with its word count, or {@code null} when the Markdown is not plain escaped paragraphs. */
    static Html renderCounting(String markdown) {
        StringBuilder html = new StringBuilder(markdown.length() + markdown.length() / 8 + 16);
        int start = 0;
        int length = markdown.length();
        int words = 0;
        while (start < length) {
            int end = markdown.indexOf("\n\n", start);
            if (end < 0) {
                end = length;
            }
            int counted = end == start ? -1 : paragraph(markdown, start, end, html);
            if (counted < 0) {
                return null;
            }
            words += counted;
            start = end + 2;
            if (start == length) {
                return null; // a trailing blank line: leave the unusual to CommonMark
            }
        }
        return new Html(html.toString(), words);
    }

    /** Writes one paragraph; answers its number of words, or -1 when it is not plain text. */
    private static int paragraph(String md, int start, int end, StringBuilder html) {
        if (!safeStart(md, start, end) || isSpace(md.charAt(end - 1))) {
            return -1;
        }
        html.append("<p>");
        int words = 0;
        boolean inWord = false;
        int run = start; // text from here up to the current character is copied unchanged, in bulk
        for (int i = start; i < end; i++) {
            char c = md.charAt(i);
            if (c < ASCII ? ORDINARY[c] : ordinary(c)) {
                // a word starts where a non-space follows a space, as readingMinutes counts them
                boolean space = c < ASCII ? c <= ' ' : Character.isWhitespace(c);
                if (!space && !inWord) {
                    words++;
                }
                inWord = !space;
                continue;
            }
            if (!inWord) {
                words++; // every character written as an entity or an escape is part of a word
                inWord = true;
            }
            html.append(md, run, i);
            if (c == '\\') {
                if (i + 1 == end) {
                    return -1; // a backslash ending the paragraph: let CommonMark decide
                }
                char next = md.charAt(i + 1);
                if (isAsciiPunctuation(next)) {
                    i++;
                    c = next;
                } // otherwise the backslash is literal text
            } else if (c < ASCII && INLINE_SPECIAL[c]) {
                return -1;
            }
            if (!encode(c, md, i, end, html)) {
                return -1;
            }
            run = i + 1;
        }
        html.append(md, run, end).append("</p>\n");
        return words;
    }

    /** Beyond ASCII: characters written as they are, i.e. not the few the sanitiser treats specially. */
    private static boolean ordinary(char c) {
        return !(c >= 0x7f && c <= 0x9f || Character.isSurrogate(c) || c >= 0xfdd0 && c <= 0xfdef || c == 0x1fef
                || c >= 0xfe60);
    }

    /** A first character that cannot open a block: no indent, marker, fence, HTML or numbered item. */
    private static boolean safeStart(String md, int start, int end) {
        char first = md.charAt(start);
        if (isSpace(first) || "#-+*=>_`~<|".indexOf(first) >= 0) {
            return false;
        }
        int i = start;
        while (i < end && i - start < 10 && Character.isDigit(md.charAt(i))) {
            i++;
        }
        return i == start || i == end || (md.charAt(i) != '.' && md.charAt(i) != ')');
    }

    /**
     * Writes one character of text as the sanitiser would; false for anything it might treat
     * specially. Besides the ASCII characters below, the sanitiser encodes U+1FEF and everything from
     * U+FE60 up (look-alikes of HTML syntax); the property test would notice a new one.
     */
    private static boolean encode(char c, String md, int i, int end, StringBuilder html) {
        switch (c) {
            case '&' -> html.append("&amp;");
            case '<' -> html.append("&lt;");
            case '>' -> html.append("&gt;");
            case '"' -> html.append("&#34;");
            case '\'' -> html.append("&#39;");
            case '`' -> html.append("&#96;");
            case '@' -> html.append("&#64;");
            case '+' -> html.append("&#43;");
            case '=' -> html.append("&#61;");
            case '{' -> {
                if (i + 1 == end || md.charAt(i + 1) == '{' || md.charAt(i + 1) == '\\') {
                    return false; // the sanitiser breaks up "{{" (template syntax), even across text runs
                }
                html.append(c);
            }
            default -> {
                if (c < ASCII ? c < 0x20 && c != '\t' || c == 0x7f : !ordinary(c)) {
                    return false;
                }
                html.append(c);
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean isAsciiPunctuation(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }
}
