package org.dossier.web;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL slugs: lower case, ASCII where the text allows, words joined by hyphens. */
public final class Slugs {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    /**
     * A slug for a title or name. Accents are dropped ("Škoda" → "skoda"); letters of other scripts
     * are kept as they are (Korean titles get Korean slugs, which browsers show readably).
     */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        return shorten(trimHyphens(isAscii(text) ? asciiWords(text) : unicodeWords(text)));
    }

    /** Accents dropped, lower case, every run of characters that are neither letters nor digits made one hyphen. */
    static String unicodeWords(String text) {
        String plain = Normalizer.normalize(
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll(""), Normalizer.Form.NFC);
        return NON_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
    }

    /**
     * What {@link #unicodeWords} gives for ASCII text, in one pass: nothing to normalise, and the
     * letters and digits are A-Z, a-z and 0-9 (imports make slugs for thousands of names a second).
     */
    static String asciiWords(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean word = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
            if (word) {
                out.append(c <= 'Z' && c >= 'A' ? (char) (c + ('a' - 'A')) : c);
            } else if (!gap) {
                out.append('-');
            }
            gap = !word;
        }
        return out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String shorten(String slug) {
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = trimHyphens(slug.substring(0, cut > 20 ? cut : MAX_LENGTH));
        }
        return slug;
    }

    /** True when {@code s} is a slug as {@link #of} makes them (used to validate path segments). */
    public static boolean isValid(String s) {
        return s != null && !s.isEmpty() && s.length() <= 200 && s.equals(of(s));
    }

    private static String trimHyphens(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }
}
