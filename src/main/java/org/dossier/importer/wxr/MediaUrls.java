package org.dossier.importer.wxr;

import java.util.regex.Pattern;

/**
 * Moves WordPress upload URLs ({@code …/wp-content/uploads/…} and wordpress.com's
 * {@code *.files.wordpress.com/…}) under a new media base when one is given; otherwise keeps them.
 */
record MediaUrls(String base) {

    private static final Pattern UPLOADS = Pattern.compile(
            "https?://[^/\\s\"'<>]+/(?:[^\\s\"'<>]*/)?wp-content/uploads/|https?://[\\w-]+\\.files\\.wordpress\\.com/");

    static MediaUrls keep() {
        return new MediaUrls(null);
    }

    String rewrite(String text) {
        if (base == null || base.isBlank() || text == null) {
            return text;
        }
        String target = base.endsWith("/") ? base : base + "/";
        return UPLOADS.matcher(text).replaceAll(java.util.regex.Matcher.quoteReplacement(target));
    }
}
