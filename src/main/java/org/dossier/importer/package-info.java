/**
 * Bringing content in from elsewhere: the {@code import} command and its formats. Importers write
 * only through the publications, experts, taxonomy and redirects services and repositories.
 */
package org.dossier.importer;
