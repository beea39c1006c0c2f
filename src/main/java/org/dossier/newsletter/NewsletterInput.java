package org.dossier.newsletter;

import java.util.List;

/** What an editor writes: subject, Markdown intro, chosen publications (in order), segment topics (empty: all). */
public record NewsletterInput(String subject, String introMd, List<Long> publicationIds, List<Long> topicIds) {

    public NewsletterInput {
        introMd = introMd == null ? "" : introMd;
        publicationIds = publicationIds == null ? List.of() : List.copyOf(publicationIds);
        topicIds = topicIds == null ? List.of() : List.copyOf(topicIds);
    }
}
