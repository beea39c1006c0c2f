/**
 * Old addresses answered with a permanent redirect to their new place: imported WordPress
 * permalinks, changed slugs, merged experts and terms. Kept in memory, reloaded on change.
 */
package org.dossier.redirects;
