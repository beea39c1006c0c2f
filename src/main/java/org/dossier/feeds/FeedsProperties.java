package org.dossier.feeds;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param items       entries per feed
 * @param fullContent true to put the whole text in feeds, false for the summary only
 * @param upcoming    events in the upcoming-events calendar
 * @param sitemapUrls URLs per sitemap file; past this the sitemap becomes an index (the protocol allows 50,000)
 */
@ConfigurationProperties("dossier.feeds")
public record FeedsProperties(
        @DefaultValue("20") int items,
        @DefaultValue("true") boolean fullContent,
        @DefaultValue("100") int upcoming,
        @DefaultValue("50000") int sitemapUrls) {
}
