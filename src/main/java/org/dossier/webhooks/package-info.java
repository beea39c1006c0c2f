/**
 * Webhooks: editors register URLs under {@code /admin/api/webhooks}; after a publication change commits,
 * each registered URL gets a signed JSON POST saying it was published, updated or withdrawn. Deliveries
 * sit in an outbox table and are retried with growing pauses until they succeed or run out of attempts.
 */
package org.dossier.webhooks;
