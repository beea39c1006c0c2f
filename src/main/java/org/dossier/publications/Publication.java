package org.dossier.publications;

import java.time.Instant;
import java.util.List;
import org.dossier.experts.Expert;
import org.dossier.taxonomy.PublicationType;
import org.dossier.taxonomy.Section;
import org.dossier.taxonomy.Term;

/** A publication with everything its page shows. {@code bodyHtml} is sanitised when saved. */
public record Publication(
        long id, Section section, PublicationType type, String slug, String title, String subtitle,
        String summary, String bodyMd, String bodyHtml, Status status, Instant publishedAt, Instant updatedAt,
        int readingMinutes, FeaturedImage image, EventDetails event, List<Expert> authors, List<Term> topics,
        List<Term> regions, List<Term> tags, List<Attachment> attachments, String externalId, int version) {

    public String url() {
        return "/" + section.slug() + "/" + slug;
    }

    /** True when the page should say "Updated …": edited more than a day after it was published. */
    public boolean visiblyUpdated() {
        return publishedAt != null && updatedAt.isAfter(publishedAt.plusSeconds(86_400));
    }

    public boolean isPublic() {
        return status == Status.PUBLISHED;
    }
}
