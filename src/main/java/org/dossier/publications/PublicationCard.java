package org.dossier.publications;

import java.time.Instant;
import java.util.List;
import org.dossier.experts.Expert;

/** A publication as listings show it: title, date, authors, type, summary, thumbnail. */
public record PublicationCard(long id, String url, String title, String summary, String typeName,
                              String sectionName, String sectionUrl, Instant publishedAt, List<Expert> authors,
                              String imageUrl, String imageAlt) {
}
