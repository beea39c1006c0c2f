package org.dossier.feeds;

import java.time.Instant;
import java.util.List;

/**
 * One feed, ready to write in any format. URLs are absolute.
 *
 * @param path    site path the feed belongs to ({@code /}, {@code /blog/}, {@code /topics/trade}); feeds live under it
 * @param updated the newest update among the entries (or the epoch for an empty feed)
 */
record Feed(String title, String description, String homeUrl, String path, String origin, Instant updated,
            List<Entry> entries) {

    /** The address of this feed in the given format ({@code xml}, {@code atom}, {@code json}). */
    String self(String extension) {
        String base = path.endsWith("/") ? path : path + "/";
        return origin + base + "feed." + extension;
    }

    /** One publication in a feed; {@code contentHtml} has absolute links. */
    record Entry(String id, String url, String title, String summary, String contentHtml, List<String> authors,
                 List<String> categories, Instant published, Instant updated, String imageUrl) {
    }
}
