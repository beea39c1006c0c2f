package org.dossier.admin;

import java.util.List;
import org.dossier.accounts.AuditLog;
import org.dossier.editorial.EditorialListing;
import org.dossier.search.IndexStatus;

/**
 * The dashboard's model: counts, what waits for review, what is scheduled, recent changes; for editors
 * also the search index status and the last rebuild job (both null for other roles), the background
 * jobs this node ran lately and the last newsletters sent (both empty for other roles).
 */
public record DashboardPage(AdminContext ctx, long published, long total, long experts,
                            List<EditorialListing.Row> mine, List<EditorialListing.Row> review,
                            List<EditorialListing.Row> scheduled, List<AuditLog.Entry> recent,
                            IndexStatus.Status index, JobView reindex,
                            List<JobView> jobs, List<TeamPages.NewsletterRow> sends) {
}
