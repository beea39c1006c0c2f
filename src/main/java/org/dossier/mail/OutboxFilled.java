package org.dossier.mail;

/** Rows were added to the outbox; after commit the workers wake up instead of waiting for their next poll. */
record OutboxFilled(int rows) {
}
