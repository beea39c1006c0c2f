/**
 * The back office's screens: sign-in, accounts, the publication editor, revisions, corrections,
 * media, redirects, experts and taxonomy, the dashboard and the audit log. Controllers parse forms
 * and call feature services; there is no SQL and no Lucene here.
 */
package org.dossier.admin;
