/**
 * What the mailing list receives: newsletters written by editors (subject, Markdown intro, chosen
 * publications, a segment; preview, test send, schedule or send now), the automatic weekly and
 * monthly digests of new publications, and the instant mail for "each new publication" readers
 * when something is published (once per publication, however often it is edited). Reacts to
 * {@link org.dossier.publications.PublicationChanged}; delivers through
 * {@link org.dossier.mail.Outbox}; asks {@link org.dossier.subscriptions.Audience} who receives what.
 */
package org.dossier.newsletter;
