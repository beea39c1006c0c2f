package org.dossier.accounts;

import java.time.Duration;

/**
 * Sends the password-reset mail. One small seam so the mail feature can route it through its
 * outbox; the default implementation ({@link SmtpResetMailer}) sends directly.
 */
public interface ResetMailer {

    void sendPasswordReset(String to, String link, Duration validFor);
}
