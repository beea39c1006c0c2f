package org.dossier.importer;

import org.dossier.web.CharOut;

/**
 * Turns the plain text of corpora into Markdown that renders as exactly that text: paragraphs
 * separated by a blank line, characters Markdown would act on escaped. Two layouts occur: text
 * hard-wrapped at a fixed width whose paragraphs start with an indent or follow a blank line
 * (newswire), and text with one paragraph per line (speeches). Wrapped lines are joined.
 *
 * <p>Bodies run to tens of kilobytes and an import converts thousands a second, so the text is
 * walked by index and escaped straight into the output: no line, paragraph or copy of the body is
 * made on the way.
 */
final class PlainText {

    private static final boolean[] INLINE_SPECIAL = new boolean[128];
    /** ASCII that may open a heading, list or rule at the start of a paragraph: markers and digits. */
    private static final boolean[] OPENING = new boolean[128];
    private static final int MAX_LIST_DIGITS = 10;

    static {
        for (char c : "\\`*_[]<>&|~".toCharArray()) {
            INLINE_SPECIAL[c] = true;
        }
        for (char c : "#-+=0123456789".toCharArray()) {
            OPENING[c] = true;
        }
    }

    private PlainText() {
    }

    static String toMarkdown(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        char[] chars = text.toCharArray();
        boolean wrapped = isWrapped(chars);
        CharOut md = new CharOut(chars.length + chars.length / 16);
        boolean inParagraph = false;
        for (int start = 0; start < chars.length; ) {
            int end = lineEnd(chars, start);
            int from = skipSpace(chars, start, end);
            int to = trimSpace(chars, from, end);
            boolean startsNew = from == to || !wrapped || Character.isWhitespace(chars[start]);
            if (startsNew) {
                inParagraph = false;
            }
            if (from < to) {
                if (inParagraph) {
                    md.append(' ');
                    escapeInline(chars, from, to, md);
                } else {
                    if (!md.isEmpty()) {
                        md.append("\n\n");
                    }
                    escapeOpening(chars, from, to, md);
                    inParagraph = true;
                }
            }
            start = nextLine(chars, end);
        }
        return md.toString();
    }

    /**
     * Hard-wrapped text shows itself by a blank line or by an indented line after the first;
     * otherwise every line is a paragraph of its own.
     */
    private static boolean isWrapped(char[] text) {
        for (int start = 0, line = 0; start < text.length; line++) {
            int end = lineEnd(text, start);
            if (end < text.length && line > 0 && end == start) {
                return true; // a line ending right after the previous one: a blank line
            }
            if (line > 0 && end > start && Character.isWhitespace(text[start]) && skipSpace(text, start, end) < end) {
                return true;
            }
            start = nextLine(text, end);
        }
        return false;
    }

    /** Where the line starting at {@code start} ends (its terminator, or the end of the text). */
    private static int lineEnd(char[] text, int start) {
        int i = start;
        while (i < text.length && text[i] != '\n' && text[i] != '\r') {
            i++;
        }
        return i;
    }

    /** Past the terminator at {@code end}: "\r\n", "\r" and "\n" each end a line. */
    private static int nextLine(char[] text, int end) {
        if (end < text.length - 1 && text[end] == '\r' && text[end + 1] == '\n') {
            return end + 2;
        }
        return end + 1;
    }

    private static int skipSpace(char[] text, int from, int end) {
        while (from < end && Character.isWhitespace(text[from])) {
            from++;
        }
        return from;
    }

    private static int trimSpace(char[] text, int from, int to) {
        while (to > from && Character.isWhitespace(text[to - 1])) {
            to--;
        }
        return to;
    }

    /**
     * The first line of a paragraph: besides inline specials, what would open a heading, list,
     * quote or rule at its start is escaped (a paragraph becomes one line, so only its start can).
     */
    private static void escapeOpening(char[] text, int from, int to, CharOut out) {
        char first = text[from];
        if (first < INLINE_SPECIAL.length && !OPENING[first]) {
            escapeInline(text, from, to, out); // the common case, kept apart from the rare markers
            return;
        }
        escapeMarker(text, from, to, out);
    }

    private static void escapeMarker(char[] text, int from, int to, CharOut out) {
        char first = text[from];
        if (first == '#' || first == '-' || first == '+' || first == '=') {
            out.append('\\');
        }
        int digits = 0;
        while (from + digits < to && digits < MAX_LIST_DIGITS && Character.isDigit(text[from + digits])) {
            digits++;
        }
        if (digits > 0 && from + digits < to && (text[from + digits] == '.' || text[from + digits] == ')')) {
            escapeInline(text, from, from + digits, out);
            out.append('\\');
            escapeInline(text, from + digits, to, out);
        } else {
            escapeInline(text, from, to, out);
        }
    }

    /** Escapes inline specials, copying the runs of ordinary text between them in bulk. */
    private static void escapeInline(char[] text, int from, int to, CharOut out) {
        int run = from;
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c < INLINE_SPECIAL.length && INLINE_SPECIAL[c]) {
                out.append(text, run, i).append('\\');
                run = i;
            }
        }
        out.append(text, run, to);
    }
}
