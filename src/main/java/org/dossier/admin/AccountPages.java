package org.dossier.admin;

import java.util.List;
import org.dossier.accounts.AuditLog;
import org.dossier.accounts.User;

/** Page models of the sign-in, reset, account, users and audit screens. */
public final class AccountPages {

    private AccountPages() {
    }

    public record LoginPage(AdminContext ctx, boolean failed, boolean signedOut) {
    }

    public record ResetRequestPage(AdminContext ctx, boolean sent) {
    }

    public record ResetFormPage(AdminContext ctx, String token, boolean valid, List<String> errors) {
    }

    public record AccountPage(AdminContext ctx, User user, String pendingSecret, String pendingUri,
                              List<String> errors) {
    }

    public record UsersPage(AdminContext ctx, List<User> users, List<String> errors) {
    }

    public record AuditPage(AdminContext ctx, List<AuditLog.Entry> entries, String action, int page, boolean more) {
    }
}
