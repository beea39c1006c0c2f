package org.dossier.admin;

import java.util.List;
import org.dossier.accounts.AuditLog;
import org.dossier.experts.ExpertRepository;
import org.dossier.publications.PublicationRepository;
import org.springframework.stereotype.Component;

/** Gathers what the dashboard shows from the feature services. */
@Component
class Dashboard {

    private final PublicationRepository publications;
    private final ExpertRepository experts;
    private final AuditLog audit;

    Dashboard(PublicationRepository publications, ExpertRepository experts, AuditLog audit) {
        this.publications = publications;
        this.experts = experts;
        this.audit = audit;
    }

    DashboardPage page(AdminContext ctx) {
        List<AuditLog.Entry> recent = ctx.editor() ? audit.recent("publication.", 10, 0) : List.of();
        return new DashboardPage(ctx, publications.countPublished(), publications.countAll(), experts.count(), recent);
    }
}
