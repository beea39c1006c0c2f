package org.dossier.mail;

/** One addressee of a mail and the personal token that goes into their copy's links (may be empty). */
public record Recipient(String email, String token) {
}
