package org.dossier.admin;

import java.util.List;
import java.util.Map;
import org.dossier.editorial.EditorialListing;
import org.dossier.mail.MailLog;
import org.dossier.newsletter.Newsletter;
import org.dossier.subscriptions.Subscriber;
import org.dossier.subscriptions.SubscriberDirectory;
import org.dossier.taxonomy.Term;
import org.dossier.web.Paged;

/** Page models of the team screens: subscribers, newsletters, the outbox, imports. */
public final class TeamPages {

    private TeamPages() {
    }

    public record SubscribersPage(AdminContext ctx, Paged<Subscriber> subscribers, SubscriberDirectory.Filter filter,
                                  List<Term> topics, JobView importJob, List<String> errors) {

        /** The list address for another page with the same filters. */
        public String pageLink(int page) {
            return "/admin/subscribers?q=" + Links.encode(filter.query()) + "&status=" + filter.status()
                    + "&topic=" + filter.topicId() + "&page=" + page;
        }
    }

    public record SubscriberPage(AdminContext ctx, SubscriberDirectory.Record record) {
    }

    /** One newsletter in the list, with its delivery counts once sent. */
    public record NewsletterRow(Newsletter newsletter, Map<String, Long> counts) {
    }

    public record NewslettersPage(AdminContext ctx, List<NewsletterRow> newsletters) {
    }

    /**
     * The compose/detail page. {@code form} is what is in the fields (the saved newsletter or what was
     * typed when saving was refused); {@code progress} is the delivery bar once sent (else null).
     */
    public record NewsletterPage(AdminContext ctx, Newsletter saved, NewsletterForm form,
                                 List<EditorialListing.Row> publications, List<Term> topics, JobView progress,
                                 String previewText, List<String> errors) {

        public boolean isNew() {
            return saved == null;
        }

        public boolean editable() {
            return saved == null || !saved.status().equals("sent");
        }
    }

    public record OutboxPage(AdminContext ctx, Paged<MailLog.Row> mails, MailLog.Filter filter,
                             Map<String, Long> counts, boolean delivering) {

        public String pageLink(int page) {
            return "/admin/mail/outbox?status=" + filter.status() + "&recipient=" + Links.encode(filter.recipient())
                    + "&batch=" + Links.encode(filter.batch()) + "&page=" + page;
        }
    }

    public record MailPage(AdminContext ctx, MailLog.Mail mail) {
    }

    public record ImportPage(AdminContext ctx, JobView job, List<String> errors) {
    }
}
