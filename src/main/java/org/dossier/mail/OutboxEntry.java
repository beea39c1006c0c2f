package org.dossier.mail;

/** An outbox row as the team sees it: who, which mail, where it stands. */
record OutboxEntry(long id, long contentId, String batch, String recipient, String personal, String messageId,
                   String status, int attempts, String lastError, long createdAt, Long sentAt) {
}
