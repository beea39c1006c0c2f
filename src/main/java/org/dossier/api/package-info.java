/**
 * The public read API under {@code /api/v1}: published publications (paged, filtered like the search
 * facets), experts and the vocabularies, as JSON with ETags, CORS for GET and a per-client rate limit.
 * Nothing unpublished is reachable here: lists come from the repository's public listing and single
 * items are checked for public status. Webhooks (signed POSTs on publish, update and withdraw) live in
 * {@code api.webhooks}.
 */
package org.dossier.api;
