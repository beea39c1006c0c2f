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
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (!allowed && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (allowed && out != null) {
                out.appendCodePoint(c);
            }
            i += width;
        }
        return out == null ? text : out.toString();
    }
}
