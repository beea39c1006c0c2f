package org.dossier.mail;

/**
 * A recipient's server refused a mail ({@code permanent}: a 5xx reply; otherwise a temporary
 * refusal that was given up on), or a bounce notification came in. The mailing list reacts to it.
 */
public record MailBounced(String recipient, boolean permanent, boolean complaint, String reason) {
}
