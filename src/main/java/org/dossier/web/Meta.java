package org.dossier.web;

import java.util.List;

/**
 * The {@code <head>} of one page: title, description, canonical URL, social cards and schema.org.
 *
 * @param title       the page's own title (the layout appends the site name)
 * @param description one or two sentences for search engines and link previews
 * @param canonical   absolute canonical URL
 * @param ogType      OpenGraph type: website, article, profile
 * @param image       absolute URL of the preview image, or null
 * @param jsonLd      schema.org JSON-LD (already JSON-escaped for a script element), or null
 * @param alternates  feed and other alternate links
 * @param noindex     true for pages search engines should not keep (errors, search results)
 */
public record Meta(String title, String description, String canonical, String ogType, String image,
                   String jsonLd, List<AltLink> alternates, boolean noindex) {

    /** A plain page: no image, no structured data. */
    public static Meta simple(String title, String description, String canonical) {
        return new Meta(title, description, canonical, "website", null, null, List.of(), false);
    }

    public Meta noIndex() {
        return new Meta(title, description, canonical, ogType, image, jsonLd, alternates, true);
    }

    /** A {@code <link rel="alternate">}, such as a feed. */
    public record AltLink(String type, String title, String href) {
    }
}
