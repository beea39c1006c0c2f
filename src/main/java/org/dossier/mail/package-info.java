/**
 * Outgoing mail: the outbox table (one row per recipient per mail, written in the same transaction
 * as the decision to send), the workers that deliver it over any SMTP server at a configured rate
 * and concurrency, retries with backoff, capture when no SMTP server is configured, and the jte
 * rendering of HTML and plain-text bodies. Knows nothing about subscribers or newsletters: features
 * hand it a {@link org.dossier.mail.MailContent} and recipients.
 */
package org.dossier.mail;
