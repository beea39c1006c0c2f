package org.dossier.web;

/**
 * Text made safe for XML 1.0, which forbids most control characters even when escaped. Stored
 * content may carry them (pasted from word processors, old imports); feeds and exports drop them
 * rather than fail or produce a document no reader can parse.
 */
public final class XmlText {

    private XmlText() {
    }

    /** {@code text} without the characters XML 1.0 does not allow; null becomes "". */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        // nearly every text is clean: check it char by char first, and copy only when it is not
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 ? c < 0xD800 || c >= 0xE000 && c <= 0xFFFD : c == 0x9 || c == 0xA || c == 0xD) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            return cleanFrom(text, i);
        }
        return text;
    }

    private static String cleanFrom(String text, int start) {
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, start);
        for (int i = start; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                    || (c >= 0x10000 && c <= 0x10FFFF)) {
                out.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }
}
