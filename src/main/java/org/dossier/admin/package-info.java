/**
 * The back office's screens: sign-in, accounts, the publication editor, revisions, corrections,
 * media, redirects, experts and taxonomy, the dashboard and the audit log; the team screens for
 * subscribers, newsletters and the mail outbox; long jobs (index rebuild, content and subscriber
 * imports, newsletter delivery) in the in-memory {@code Jobs} registry with progress pages.
 * Controllers parse forms and call feature services; there is no SQL and no Lucene here.
 */
package org.dossier.admin;
