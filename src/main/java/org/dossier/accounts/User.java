package org.dossier.accounts;

import java.time.Instant;

/** A back-office account as screens see it (no password hash, no TOTP secret). */
public record User(long id, String email, String displayName, Role role, boolean enabled, boolean totpEnabled,
                   int failedLogins, Instant lockedUntil, Instant createdAt) {

    /** The name shown in the audit log and on revisions. */
    public String label() {
        return displayName.isBlank() ? email : displayName;
    }
}
