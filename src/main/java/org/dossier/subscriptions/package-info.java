/**
 * The mailing list: sign-up (the box on every page and the fuller "Stay informed" page), double
 * opt-in with signed expiring links, the recorded consent, the preference centre at a signed link,
 * one-click unsubscribe (RFC 8058), data download and erasure, CSV import and export, bounces and
 * complaints, and the abuse limits on every public form. Mail goes out through
 * {@link org.dossier.mail.Outbox}; newsletters ask {@link org.dossier.subscriptions.Audience} who
 * should receive what.
 */
package org.dossier.subscriptions;
