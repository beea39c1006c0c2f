package org.dossier.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the plain text of corpora into Markdown that renders as exactly that text: paragraphs
 * separated by a blank line, characters Markdown would act on escaped. Two layouts occur: text
 * hard-wrapped at a fixed width whose paragraphs start with an indent or follow a blank line
 * (newswire), and text with one paragraph per line (speeches). Wrapped lines are joined.
 */
final class PlainText {

    private static final boolean[] INLINE_SPECIAL = new boolean[128];

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
        List<String> paragraphs = paragraphs(text.replace("\r\n", "\n").replace('\r', '\n'));
        StringBuilder md = new StringBuilder(text.length() + text.length() / 16);
        for (String p : paragraphs) {
            if (!md.isEmpty()) {
                md.append("\n\n");
            }
            escapeParagraph(p, md);
        }
        return md.toString();
    }

    static List<String> paragraphs(String text) {
        String[] lines = text.split("\n");
        boolean wrapped = text.contains("\n\n") || hasIndentedLine(lines);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            String stripped = line.strip();
            boolean startsNew = stripped.isEmpty() || !wrapped || Character.isWhitespace(line.charAt(0));
            if (startsNew && !current.isEmpty()) {
                paragraphs.add(current.toString());
                current.setLength(0);
            }
            if (!stripped.isEmpty()) {
                if (!current.isEmpty()) {
                    current.append(' ');
                }
                current.append(stripped);
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }

    private static boolean hasIndentedLine(String[] lines) {
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank() && Character.isWhitespace(lines[i].charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Escapes inline specials everywhere and block markers at the start of the paragraph (a
     * paragraph is one line here, so only its start can open a heading, quote, list or rule).
     * Copies runs of ordinary text in bulk: corpus bodies are long and specials rare.
     */
    private static void escapeParagraph(String p, StringBuilder out) {
        char first = p.charAt(0);
        if (first == '#' || first == '-' || first == '+' || first == '=') {
            out.append('\\');
        }
        int digits = 0;
        while (digits < p.length() && digits < 10 && Character.isDigit(p.charAt(digits))) {
            digits++;
        }
        int run = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            boolean special = c < INLINE_SPECIAL.length && INLINE_SPECIAL[c];
            boolean listMarker = digits > 0 && i == digits && (c == '.' || c == ')');
            if (special || listMarker) {
                out.append(p, run, i).append('\\');
                run = i;
            }
        }
        out.append(p, run, p.length());
    }
}
