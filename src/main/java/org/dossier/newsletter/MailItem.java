package org.dossier.newsletter;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.dossier.publications.Publication;

/** A publication as a mail lists it: absolute link, type, date, authors, summary. */
public record MailItem(String title, String url, String typeName, String date, String authors, String summary) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    static MailItem of(Publication p, String origin) {
        String authors = String.join(", ", p.authors().stream().map(a -> a.name()).toList());
        return new MailItem(p.title(), origin + p.url(), p.type().name(),
                p.publishedAt() == null ? "" : DATE.format(p.publishedAt()), authors, p.summary());
    }
}
