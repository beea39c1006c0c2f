package org.dossier.citations;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.dossier.publications.Attachment;
import org.dossier.publications.Publication;

/**
 * What every citation format needs to know about a publication.
 *
 * @param url    absolute address of the publication
 * @param path   site path of the publication (downloads live under it)
 * @param pdfUrl absolute address of its first PDF attachment, or null
 */
public record Citation(long id, String title, List<Name> authors, LocalDate date, String url, String path,
                       String publisher, String typeSlug, String typeName, String summary, String pdfUrl) {

    /** A person's name split the way reference formats want it; single names go in {@code family}. */
    public record Name(String given, String family) {

        static Name of(String full) {
            String s = full.strip();
            int space = s.lastIndexOf(' ');
            return space < 0 ? new Name("", s) : new Name(s.substring(0, space), s.substring(space + 1));
        }

        public String familyFirst() {
            return given.isEmpty() ? family : family + ", " + given;
        }

        public String givenFirst() {
            return given.isEmpty() ? family : given + " " + family;
        }

        public String initials() {
            StringBuilder sb = new StringBuilder();
            for (String part : given.split("[\\s]+")) {
                if (part.isEmpty()) {
                    continue;
                }
                for (String piece : part.split("-")) {
                    if (!piece.isEmpty()) {
                        sb.append(sb.isEmpty() || sb.charAt(sb.length() - 1) == ' ' ? "" : "-")
                                .append(Character.toUpperCase(piece.charAt(0))).append('.');
                    }
                }
                sb.append(' ');
            }
            return sb.toString().strip();
        }
    }

    /** For templates, which know the canonical (absolute) address of the page. */
    public static Citation fromCanonical(Publication p, String canonical, String publisher) {
        String origin = canonical.endsWith(p.url()) ? canonical.substring(0, canonical.length() - p.url().length())
                : canonical;
        return of(p, origin, publisher);
    }

    /** {@code 2024/03/04}, the date form Highwire tags use; empty when unpublished. */
    public String highwireDate() {
        return date == null ? "" : String.format("%04d/%02d/%02d", date.getYear(), date.getMonthValue(),
                date.getDayOfMonth());
    }

    public static Citation of(Publication p, String origin, String publisher) {
        String url = origin + p.url();
        String pdf = p.attachments().stream().filter(a -> "application/pdf".equals(a.mediaType()))
                .map(Attachment::url).findFirst().map(u -> u.startsWith("/") ? origin + u : u).orElse(null);
        LocalDate date = p.publishedAt() == null ? null : p.publishedAt().atZone(ZoneOffset.UTC).toLocalDate();
        return new Citation(p.id(), p.title(), p.authors().stream().map(a -> Name.of(a.name())).toList(), date, url,
                p.url(), publisher, p.type().slug(), p.type().name(), p.summary(), pdf);
    }
}
