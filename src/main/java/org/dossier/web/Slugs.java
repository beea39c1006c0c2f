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
        String plain = Normalizer.normalize(
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll(""), Normalizer.Form.NFC);
        String slug = NON_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = trimHyphens(slug);
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
