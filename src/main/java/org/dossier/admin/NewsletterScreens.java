package org.dossier.admin;

import java.util.List;
import java.util.Map;
import org.dossier.admin.TeamPages.NewsletterPage;
import org.dossier.editorial.EditorialListing;
import org.dossier.newsletter.InvalidNewsletterException;
import org.dossier.newsletter.Newsletter;
import org.dossier.newsletter.Newsletters;
import org.dossier.publications.Status;
import org.dossier.subscriptions.SubscriberDirectory;
import org.dossier.web.NotFoundException;
import org.springframework.stereotype.Component;

/** Builds the compose page and a sent newsletter's delivery bar from the newsletter and outbox services. */
@Component
class NewsletterScreens {

    private static final int CHOICES = 100;
    private static final List<String> FINISHED = List.of("sent", "failed", "captured", "cancelled");

    private final Newsletters newsletters;
    private final EditorialListing listing;
    private final SubscriberDirectory directory;

    NewsletterScreens(Newsletters newsletters, EditorialListing listing, SubscriberDirectory directory) {
        this.newsletters = newsletters;
        this.listing = listing;
        this.directory = directory;
    }

    Newsletter find(long id) {
        try {
            return newsletters.get(id);
        } catch (InvalidNewsletterException e) {
            throw new NotFoundException("newsletter " + id);
        }
    }

    NewsletterPage page(AdminContext ctx, Newsletter saved, NewsletterForm form, List<String> errors) {
        var published = listing.list(new EditorialListing.Filter(Status.PUBLISHED, null, null, null, null, null, null),
                1, CHOICES).items();
        String text = saved == null ? null : newsletters.preview(saved.id()).text();
        JobView progress = saved == null || saved.batch() == null ? null : delivery(saved);
        return new NewsletterPage(ctx, saved, form, published, directory.topics(), progress, text, errors);
    }

    /** Delivered (or captured, failed, cancelled) out of the recipients, as a job view for the progress bar. */
    JobView delivery(Newsletter n) {
        Map<String, Long> counts = n.batch() == null ? Map.of() : newsletters.progress(n.id());
        long done = FINISHED.stream().mapToLong(s -> counts.getOrDefault(s, 0L)).sum();
        long total = Math.max(n.recipients(), done);
        boolean finished = n.batch() != null && done >= total;
        int percent = total == 0 ? (finished ? 100 : 0) : (int) (100 * done / total);
        String message = counts.getOrDefault("sent", 0L) + " sent, " + counts.getOrDefault("failed", 0L) + " failed, "
                + counts.getOrDefault("captured", 0L) + " captured, " + counts.getOrDefault("cancelled", 0L)
                + " cancelled";
        return new JobView("newsletter-" + n.id(), "Delivery of “" + n.subject() + "”",
                finished ? "done" : n.batch() == null ? "waiting" : "running", done, total, percent, message, List.of());
    }
}
