package org.dossier.citations;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Chicago (17th ed., bibliography), APA (7th ed.) and MLA (9th ed.) references as plain text. */
public final class CitationStyles {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter APA_DATE = DateTimeFormatter.ofPattern("yyyy, MMMM d", Locale.ENGLISH);
    private static final DateTimeFormatter MLA_DATE = DateTimeFormatter.ofPattern("d MMM. yyyy", Locale.ENGLISH);

    private CitationStyles() {
    }

    public static String chicago(Citation c) {
        StringBuilder sb = new StringBuilder();
        if (!c.authors().isEmpty()) {
            sb.append(sentence(names(c.authors(), false, 10))).append(' ');
        }
        sb.append('“').append(stripEnd(c.title())).append(".” ").append(c.publisher());
        if (c.date() != null) {
            sb.append(", ").append(LONG.format(c.date()));
        }
        return sb.append(". ").append(c.url()).append('.').toString();
    }

    public static String apa(Citation c) {
        StringBuilder sb = new StringBuilder();
        String date = "(" + (c.date() == null ? "n.d." : APA_DATE.format(c.date())) + ").";
        if (c.authors().isEmpty()) {
            sb.append(stripEnd(c.title())).append(". ").append(date).append(' ');
        } else {
            sb.append(apaAuthors(c.authors())).append(' ').append(date).append(' ')
                    .append(stripEnd(c.title())).append(". ");
        }
        return sb.append(c.publisher()).append(". ").append(c.url()).toString();
    }

    public static String mla(Citation c) {
        StringBuilder sb = new StringBuilder();
        if (!c.authors().isEmpty()) {
            sb.append(sentence(c.authors().size() > 2 ? c.authors().get(0).familyFirst() + ", et al"
                    : names(c.authors(), false, 2))).append(' ');
        }
        sb.append('“').append(stripEnd(c.title())).append(".” ").append(c.publisher());
        if (c.date() != null) {
            sb.append(", ").append(MLA_DATE.format(c.date()).replace("May.", "May"));
        }
        return sb.append(", ").append(c.url()).append('.').toString();
    }

    /** "Family, Given, Given Family, and Given Family": first author inverted, as Chicago and MLA want. */
    private static String names(List<Citation.Name> authors, boolean unused, int max) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < Math.min(authors.size(), max); i++) {
            parts.add(i == 0 ? authors.get(i).familyFirst() : authors.get(i).givenFirst());
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        if (parts.size() == 2) {
            return parts.get(0) + ", and " + parts.get(1);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + ", and " + parts.get(parts.size() - 1);
    }

    private static String apaAuthors(List<Citation.Name> authors) {
        List<String> parts = authors.stream().limit(20)
                .map(n -> n.given().isEmpty() ? n.family() : n.family() + ", " + n.initials()).toList();
        if (parts.size() == 1) {
            return sentence(parts.get(0));
        }
        return sentence(String.join(", ", parts.subList(0, parts.size() - 1)) + ", & " + parts.get(parts.size() - 1));
    }

    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    private static String stripEnd(String title) {
        String t = title.strip();
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }
}
