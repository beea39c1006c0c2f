package org.dossier.importer;

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
    private static final int MAX_LIST_DIGITS = 10;

    static {
        for (char c : "\\`*_[]<>&|~".toCharArray()) {
            INLINE_SPECIAL[c] = true;
        }
    }

    private PlainText() {
    }

    static String toMarkdown(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        boolean wrapped = isWrapped(text);
        StringBuilder md = new StringBuilder(text.length() + text.length() / 16);
        boolean inParagraph = false;
        for (int start = 0; start < text.length(); ) {
            int end = lineEnd(text, start);
            int from = skipSpace(text, start, end);
            int to = trimSpace(text, from, end);
            boolean startsNew = from == to || !wrapped || Character.isWhitespace(text.charAt(start));
            if (startsNew) {
                inParagraph = false;
            }
            if (from < to) {
                if (inParagraph) {
                    md.append(' ');
                    escapeInline(text, from, to, md);
                } else {
                    if (!md.isEmpty()) {
                        md.append("\n\n");
                    }
                    escapeOpening(text, from, to, md);
                    inParagraph = true;
                }
            }
            start = nextLine(text, end);
        }
        return md.toString();
    }

    /**
     * Hard-wrapped text shows itself by a blank line or by an indented line after the first;
     * otherwise every line is a paragraph of its own.
     */
    private static boolean isWrapped(String text) {
        for (int start = 0, line = 0; start < text.length(); line++) {
            int end = lineEnd(text, start);
            if (end < text.length() && line > 0 && end == start) {
                return true; // a line ending right after the previous one: a blank line
            }
            if (line > 0 && end > start && Character.isWhitespace(text.charAt(start)) && skipSpace(text, start, end) < end) {
                return true;
            }
            start = nextLine(text, end);
        }
        return false;
    }

    /** Where the line starting at {@code start} ends (its terminator, or the end of the text). */
    private static int lineEnd(String text, int start) {
        int i = start;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** Past the terminator at {@code end}: "\r\n", "\r" and "\n" each end a line. */
    private static int nextLine(String text, int end) {
        if (end < text.length() - 1 && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n') {
            return end + 2;
        }
        return end + 1;
    }

    private static int skipSpace(String text, int from, int end) {
        while (from < end && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    private static int trimSpace(String text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    /**
     * The first line of a paragraph: besides inline specials, what would open a heading, list,
     * quote or rule at its start is escaped (a paragraph becomes one line, so only its start can).
     */
    private static void escapeOpening(String text, int from, int to, StringBuilder out) {
        char first = text.charAt(from);
        if (first == '#' || first == '-' || first == '+' || first == '=') {
            out.append('\\');
        }
        int digits = 0;
        while (from + digits < to && digits < MAX_LIST_DIGITS && Character.isDigit(text.charAt(from + digits))) {
            digits++;
        }
        if (digits > 0 && from + digits < to && (text.charAt(from + digits) == '.' || text.charAt(from + digits) == ')')) {
            escapeInline(text, from, from + digits, out);
            out.append('\\');
            escapeInline(text, from + digits, to, out);
        } else {
            escapeInline(text, from, to, out);
        }
    }

    /** Escapes inline specials, copying the runs of ordinary text between them in bulk. */
    private static void escapeInline(String text, int from, int to, StringBuilder out) {
        int run = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < INLINE_SPECIAL.length && INLINE_SPECIAL[c]) {
                out.append(text, run, i).append('\\');
                run = i;
            }
        }
        out.append(text, run, to);
    }
}
