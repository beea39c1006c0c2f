package org.dossier.admin;

import java.util.List;
import org.dossier.accounts.AuditLog;
import org.dossier.editorial.EditorialListing;
import org.dossier.editorial.EditorialService;
import org.dossier.experts.ExpertRepository;
import org.dossier.newsletter.Newsletter;
import org.dossier.newsletter.Newsletters;
import org.dossier.publications.PublicationRepository;
import org.dossier.publications.Status;
import org.dossier.search.IndexStatus;
import org.springframework.stereotype.Component;

/** Gathers what the dashboard shows from the feature services. */
@Component
class Dashboard {

    private static final int SHOWN = 10;

    private final PublicationRepository publications;
    private final ExpertRepository experts;
    private final EditorialListing listing;
    private final EditorialService editorial;
    private final AuditLog audit;
    private final IndexStatus index;
    private final Jobs jobs;
    private final Newsletters newsletters;

    Dashboard(PublicationRepository publications, ExpertRepository experts, EditorialListing listing,
              EditorialService editorial, AuditLog audit, IndexStatus index, Jobs jobs, Newsletters newsletters) {
        this.publications = publications;
        this.experts = experts;
        this.listing = listing;
        this.editorial = editorial;
        this.audit = audit;
        this.index = index;
        this.jobs = jobs;
        this.newsletters = newsletters;
    }

    DashboardPage page(AdminContext ctx) {
        Long owner = editorial.listOwner(ctx.user());
        var mine = listing.list(new EditorialListing.Filter(Status.DRAFT, null, null, null, null, null, ctx.user().id()),
                1, SHOWN).items();
        boolean editor = owner == null;
        var drafts = editor ? listing.list(new EditorialListing.Filter(Status.DRAFT, null, null, null, null, null, null),
                1, 100).items() : List.<EditorialListing.Row>of();
        var review = drafts.stream().filter(EditorialListing.Row::reviewRequested).limit(SHOWN).toList();
        var scheduled = editor ? listing.scheduled(SHOWN) : List.<EditorialListing.Row>of();
        List<AuditLog.Entry> recent = editor ? audit.recent("publication.", SHOWN, 0) : List.of();
        return new DashboardPage(ctx, publications.countPublished(), publications.countAll(), experts.count(), mine,
                review, scheduled, recent, editor ? index.status() : null,
                editor ? jobs.latest(JobsController.REINDEX).map(Job::view).orElse(null) : null,
                editor ? jobs.recent(SHOWN).stream().map(Job::view).toList() : List.of(),
                editor ? lastSends() : List.of());
    }

    /** Newsletters sent most recently, with how their delivery stands. */
    private List<TeamPages.NewsletterRow> lastSends() {
        return newsletters.latest(50).stream().filter(n -> n.sentAt() != null)
                .sorted(java.util.Comparator.comparing(Newsletter::sentAt).reversed()).limit(5)
                .map(n -> new TeamPages.NewsletterRow(n, newsletters.progress(n.id()))).toList();
    }
}
