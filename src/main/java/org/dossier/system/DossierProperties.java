package org.dossier.system;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Site-wide settings. Every one has an embedded default and can be given as an environment
 * variable through Spring's relaxed binding ({@code DOSSIER_DATA_DIR}, {@code DOSSIER_BASE_URL}, …).
 *
 * @param dataDir   where the SQLite database, the search index and media live
 * @param baseUrl   absolute URL of the site, used for canonical links, feeds and mails
 * @param siteName  the institute's name as shown in the header and in metadata
 * @param tagline   one line under the name
 * @param pageCache whether rendered public pages are cached in memory until content changes
 */
@ConfigurationProperties("dossier")
public record DossierProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("The Hanbridge Institute") String siteName,
        @DefaultValue("Independent research on Korea, Northeast Asia and the Pacific") String tagline,
        @DefaultValue("true") boolean pageCache) {

    /** The base URL without a trailing slash. */
    public String origin() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public Path mediaDir() {
        return dataDir.resolve("media");
    }
}
