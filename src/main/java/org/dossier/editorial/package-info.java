/**
 * The editorial workflow around publications: who owns a draft, who may save, submit, schedule,
 * publish or withdraw it (by role), review requests, secret preview links, restoring revisions,
 * the back-office listing with filters, and author/term pickers that create what they do not find.
 * Every change is written to the audit log in the same transaction.
 */
package org.dossier.editorial;
