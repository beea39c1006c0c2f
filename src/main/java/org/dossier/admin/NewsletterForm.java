package org.dossier.admin;

import java.util.List;
import org.dossier.newsletter.Newsletter;
import org.dossier.newsletter.NewsletterInput;

/** The compose form as typed: subject, Markdown introduction, ticked publications and segment topics (none: everyone). */
public record NewsletterForm(String subject, String intro, List<Long> publications, List<Long> topics) {

    public NewsletterForm {
        subject = subject == null ? "" : subject;
        intro = intro == null ? "" : intro;
        publications = publications == null ? List.of() : List.copyOf(publications);
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    static NewsletterForm of(Newsletter n, List<Long> items) {
        return new NewsletterForm(n.subject(), n.introMd(), items, n.topicIds());
    }

    NewsletterInput input() {
        return new NewsletterInput(subject.strip(), intro, publications, topics);
    }

    public boolean picked(long publicationId) {
        return publications.contains(publicationId);
    }

    public boolean inSegment(long topicId) {
        return topics.contains(topicId);
    }
}
