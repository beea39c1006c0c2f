package org.dossier.mail;

/** One recipient's copy of one mail, as a worker claimed it. */
record OutboxRow(long id, long contentId, String recipient, String personal, String messageId, int attempts,
                 String claim) {
}
