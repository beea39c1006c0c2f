package org.dossier.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Search settings, each with an embedded default.
 *
 * @param refreshMillis      how often the searcher is refreshed and an external reindex looked for
 * @param batchSize          publications loaded per database round trip when (re)building the index
 * @param maxAttachmentChars most text taken from one attachment (a 900-page PDF need not be indexed whole)
 * @param maxQueryChars      longer queries are cut; 10 KB of pasted text still answers quickly
 * @param analyticsFlushMillis how often counted queries are written to the database
 * @param reconcileMillis    how often the index is compared with the database (catches changes made by
 *                           command-line tasks, which do not write to the running site's index)
 * @param separateBuildFrom  a site that starts with an index lacking at least this many published items builds it
 *                           with the {@code reindex} task in a child JVM, which leaves the site's searches faster
 *                           than a build in its own JVM ({@link SeparateBuild}); 0 builds in the site always
 * @param separateBuildJvmOptions options for that child JVM, e.g. {@code -Xmx4g}; without an {@code -Xmx} it gets
 *                           the site's maximum heap
 */
@ConfigurationProperties("dossier.search")
public record SearchProperties(
        @DefaultValue("250") long refreshMillis,
        @DefaultValue("500") int batchSize,
        @DefaultValue("200000") int maxAttachmentChars,
        @DefaultValue("500") int maxQueryChars,
        @DefaultValue("5000") long analyticsFlushMillis,
        @DefaultValue("60000") long reconcileMillis,
        @DefaultValue("10000") long separateBuildFrom,
        @DefaultValue("") String separateBuildJvmOptions) {

    public SearchProperties {
        separateBuildJvmOptions = separateBuildJvmOptions == null ? "" : separateBuildJvmOptions;
    }
}
