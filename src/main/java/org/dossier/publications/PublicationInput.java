package org.dossier.publications;

import java.time.Instant;
import java.util.List;

/**
 * What an editor, an import or the demo generator supplies to create or update a publication.
 * Identity: {@code id} when editing; otherwise {@code externalId} makes re-imports update the same
 * row; otherwise a new publication is made. The slug is derived from the title when blank and made
 * unique within its section.
 */
public record PublicationInput(
        Long id, String externalId, long sectionId, long typeId, String slug, String title, String subtitle,
        String summary, String bodyMd, Status status, Instant publishedAt, Instant updatedAt,
        List<Long> authorIds, List<Long> topicIds, List<Long> regionIds, List<Long> tagIds,
        FeaturedImage image, EventDetails event, List<AttachmentInput> attachments) {

    public PublicationInput {
        authorIds = authorIds == null ? List.of() : List.copyOf(authorIds);
        topicIds = topicIds == null ? List.of() : List.copyOf(topicIds);
        regionIds = regionIds == null ? List.of() : List.copyOf(regionIds);
        tagIds = tagIds == null ? List.of() : List.copyOf(tagIds);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** The same input pointing at a saved publication and its resolved slug (what a revision keeps). */
    public PublicationInput withIdentity(long savedId, String savedSlug) {
        return new PublicationInput(savedId, externalId, sectionId, typeId, savedSlug, title, subtitle, summary, bodyMd,
                status, publishedAt, updatedAt, authorIds, topicIds, regionIds, tagIds, image, event, attachments);
    }

    /** The same input with these authors (in byline order), topics, regions and tags. */
    public PublicationInput withLinks(List<Long> authors, List<Long> topics, List<Long> regions, List<Long> tags) {
        return new PublicationInput(id, externalId, sectionId, typeId, slug, title, subtitle, summary, bodyMd,
                status, publishedAt, updatedAt, authors, topics, regions, tags, image, event, attachments);
    }

    /**
     * The same input without control characters in its text (a NUL byte is refused by PostgreSQL, and
     * most others break XML feeds and exports); tabs and line breaks are kept.
     */
    public PublicationInput cleaned() {
        return new PublicationInput(id, externalId, sectionId, typeId, clean(slug), clean(title), clean(subtitle),
                clean(summary), clean(bodyMd), status, publishedAt, updatedAt, authorIds, topicIds, regionIds, tagIds,
                image, event, attachments);
    }

    private static String clean(String text) {
        return text == null ? null : org.dossier.web.XmlText.clean(text);
    }
}
