/**
 * Bulk import into the archive: the {@code import jsonl} command reads one JSON object per line
 * (plain or gzip), finds or creates the sections, types, topics, regions, tags and experts it
 * names, and saves the publications in batches through
 * {@link org.dossier.publications.PublicationService}. Bad lines are reported and skipped; the
 * external {@code id} makes a re-import update rather than duplicate. WordPress exports have their
 * own subpackage, {@code importer.wxr} ({@code import wxr}).
 */
package org.dossier.importer;
