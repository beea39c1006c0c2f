/**
 * Site search: the Lucene index (derived data, rebuilt from the database at any time), the query
 * language readers type, facets, typo tolerance, synonyms editors maintain, suggestions while typing,
 * the {@code /search} page and {@code /api/search} JSON, and anonymous search analytics. Reacts to
 * {@code PublicationChanged} after commit; nothing outside this package touches Lucene.
 */
package org.dossier.search;
