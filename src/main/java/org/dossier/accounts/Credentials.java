package org.dossier.accounts;

import java.time.Instant;

/** What sign-in needs to know about an account; never leaves this package. */
record Credentials(long id, String email, String passwordHash, Role role, boolean enabled, String totpSecret,
                   boolean totpEnabled, int failedLogins, Instant lockedUntil) {

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
