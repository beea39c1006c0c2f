package org.dossier.admin;

import java.util.List;
import org.dossier.accounts.AuditLog;

/** The dashboard's model. */
public record DashboardPage(AdminContext ctx, long published, long total, long experts, List<AuditLog.Entry> recent) {
}
