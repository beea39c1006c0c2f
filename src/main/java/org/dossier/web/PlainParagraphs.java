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
 * <p>The same pass counts the words, as {@link MarkdownRenderer#readingMinutes} would in the HTML, and
 * keeps the plain text of the first paragraphs, as {@link MarkdownRenderer#text} would give it, for
 * the summary: a long body is read once, and imports need no HTML parser at all.
 */
public final class PlainParagraphs {

    /** Characters of text kept from the start of the body: twice a summary and then some. */
    static final int LEAD_LENGTH = 600;

    /**
     * The HTML, its number of words and the plain text of its start: the whole text when it is shorter
     * than {@link #LEAD_LENGTH}, otherwise at least that much of its beginning.
     */
    record Html(String html, int words, String lead) {
    }

    private static final int ASCII = 128;
    /** Characters that start inline syntax (or an entity, or a line break) when not escaped. */
    private static final boolean[] INLINE_SPECIAL = table("`*_[]<>&|~\n\r");
    /** ASCII written unchanged: printable, not special to Markdown, not encoded by the sanitiser. */
    private static final boolean[] ORDINARY = new boolean[ASCII];

    /** What the sanitiser writes for the ASCII characters it encodes. */
    private static final String[] ENTITY = new String[ASCII];
    private static final byte WORD = 0;
    private static final byte SPACE = 1;
    private static final byte OTHER = 2;
    /**
     * Every UTF-16 unit classified once: part of a word, a space (both written unchanged), or one to
     * look at. A table instead of tests per character keeps the loop the same for every text, so the
     * JIT does not recompile it each time a corpus shows a rare kind of character.
     */
    private static final byte[] CLASS = new byte[Character.MAX_VALUE + 1];

    static {
        boolean[] encoded = table("&<>\"'`@+={\\");
        for (char c = ' '; c < 0x7f; c++) {
            ORDINARY[c] = !INLINE_SPECIAL[c] && !encoded[c];
        }
        ORDINARY['\t'] = true;
        String[][] entities = {{"&", "&amp;"}, {"<", "&lt;"}, {">", "&gt;"}, {"\"", "&#34;"}, {"'", "&#39;"},
                {"`", "&#96;"}, {"@", "&#64;"}, {"+", "&#43;"}, {"=", "&#61;"}};
        for (String[] e : entities) {
            ENTITY[e[0].charAt(0)] = e[1];
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            boolean ordinary = c < ASCII ? ORDINARY[c] : ordinary((char) c);
            boolean space = c < ASCII ? c <= ' ' : Character.isWhitespace(c);
            CLASS[c] = !ordinary ? OTHER : space ? SPACE : WORD;
        }
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
        char[] md = markdown.toCharArray();
        CharOut html = new CharOut(md.length + md.length / 8 + 16);
        CharOut lead = new CharOut(LEAD_LENGTH + 128);
        int[] words = {0};
        int start = 0;
        while (start < md.length) {
            int end = paragraph(md, start, html, words);
            if (end < 0) {
                return null;
            }
            if (lead.length() <= LEAD_LENGTH) {
                Lead.append(md, start, end, lead);
            }
            start = end + 2;
            if (start == md.length) {
                return null; // a trailing blank line: leave the unusual to CommonMark
            }
        }
        return new Html(html.toString(), words[0], Lead.trimEnd(lead));
    }

    /**
     * Writes the paragraph that starts at {@code start} and runs to the next blank line (found on the
     * way, not by a pass of its own), adding its words to {@code words}; answers where it ends, or -1
     * when it is not plain text.
     */
    private static int paragraph(char[] md, int start, CharOut html, int[] words) {
        if (md[start] == '\n' || !safeStart(md, start, md.length)) {
            return -1;
        }
        html.append("<p>");
        int count = 0;
        boolean inWord = false;
        int run = start; // text from here up to the current character is copied unchanged, in bulk
        int end = start;
        for (; end < md.length; end++) {
            char c = md[end];
            byte kind = CLASS[c];
            if (kind != OTHER) {
                // a word starts where a non-space follows a space, as readingMinutes counts them
                boolean word = kind == WORD;
                count += word && !inWord ? 1 : 0;
                inWord = word;
                continue;
            }
            if (c == '\n') {
                if (end + 1 < md.length && md[end + 1] == '\n') {
                    break; // a blank line ends the paragraph
                }
                return -1; // a line break inside a paragraph: not for the shortcut
            }
            if (!inWord) {
                count++; // every character written as an entity or an escape is part of a word
                inWord = true;
            }
            html.append(md, run, end);
            int i = end;
            if (c == '\\') {
                if (atParagraphEnd(md, i + 1)) {
                    return -1; // a backslash ending the paragraph: let CommonMark decide
                }
                char next = md[i + 1];
                if (Lead.isAsciiPunctuation(next)) {
                    i++;
                    c = next;
                } // otherwise the backslash is literal text
            } else if (c < ASCII && INLINE_SPECIAL[c]) {
                return -1;
            }
            if (!encode(c, md, i, html)) {
                return -1;
            }
            end = i;
            run = i + 1;
        }
        if (isSpace(md[end - 1])) {
            return -1;
        }
        html.append(md, run, end).append("</p>\n");
        words[0] += count;
        return end;
    }

    /** True at the end of the text or of a line (here, of the paragraph). */
    private static boolean atParagraphEnd(char[] md, int i) {
        return i == md.length || md[i] == '\n';
    }

    /**
     * Beyond ASCII: characters written as they are, i.e. not the few the sanitiser treats specially.
     * C1 controls (U+0080 to U+009F, mostly mis-decoded punctuation in old corpora) and the
     * non-characters U+FDD0 to U+FDEF pass through both paths unchanged, so they stay on the shortcut.
     */
    private static boolean ordinary(char c) {
        return !(Character.isSurrogate(c) || c == 0x1fef || c >= 0xfe60);
    }

    /** A first character that cannot open a block: no indent, marker, fence, HTML or numbered item. */
    private static boolean safeStart(char[] md, int start, int end) {
        char first = md[start];
        if (isSpace(first) || "#-+*=>_`~<|".indexOf(first) >= 0) {
            return false;
        }
        int i = start;
        while (i < end && i - start < 10 && Character.isDigit(md[i])) {
            i++;
        }
        return i == start || i == end || (md[i] != '.' && md[i] != ')');
    }

    /**
     * Writes one character of text as the sanitiser would; false for anything it might treat
     * specially. Besides the ASCII characters in {@link #ENTITY}, the sanitiser encodes U+1FEF
     * (decimal) and U+FE60 to U+FFFD (hexadecimal: look-alikes of HTML syntax, the object replacement
     * character, the byte-order mark) and drops U+FFFE and U+FFFF; the property test would notice a change.
     */
    private static boolean encode(char c, char[] md, int i, CharOut html) {
        String entity = c < ASCII ? ENTITY[c] : null;
        if (entity != null) {
            html.append(entity);
            return true;
        }
        if (c == '{' && (atParagraphEnd(md, i + 1) || md[i + 1] == '{' || md[i + 1] == '\\')) {
            return false; // the sanitiser breaks up "{{" (template syntax), even across text runs
        }
        if (c < ASCII ? c < 0x20 && c != '\t' || c == 0x7f : Character.isSurrogate(c) || c > 0xfffd) {
            return false; // controls, surrogates (pairs are rare; leave them to the full path) and U+FFFE/F
        }
        if (c == 0x1fef) {
            html.append("&#8175;");
        } else if (c >= 0xfe60) {
            html.append("&#x").append(Integer.toHexString(c)).append(';');
        } else {
            html.append(c);
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }
}
