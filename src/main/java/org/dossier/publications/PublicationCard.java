package org.dossier.publications;

import java.time.Instant;
import java.util.List;
import org.dossier.experts.Expert;

/** A publication as listings show it: title, date, authors, type, summary, thumbnail. */
public record PublicationCard(long id, String url, String title, String summary, String typeName,
                              String sectionName, String sectionUrl, Instant publishedAt, List<Expert> authors,
                              String imageUrl, String imageAlt) {

    /** The kicker line without repeating itself: "Reports" rather than "Reports · Report". */
    public String kicker() {
        return sectionName.toLowerCase(java.util.Locale.ROOT).startsWith(typeName.toLowerCase(java.util.Locale.ROOT))
                ? sectionName : sectionName + " · " + typeName;
    }
}
