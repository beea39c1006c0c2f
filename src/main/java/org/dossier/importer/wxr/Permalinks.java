package org.dossier.importer.wxr;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Set;

/** The addresses a WordPress item was reachable at, which become redirects to its new address. */
final class Permalinks {

    private Permalinks() {
    }

    /** {@code /?p=ID} (and {@code /?page_id=ID}), the item's own link and {@code /YYYY/MM/slug/}. */
    static Set<String> of(WxrItem item, Instant date) {
        Set<String> paths = new LinkedHashSet<>();
        if (item.postId() != null && !item.postId().isBlank()) {
            paths.add("/?p=" + item.postId());
            if ("page".equals(item.type())) {
                paths.add("/?page_id=" + item.postId());
            }
        }
        String link = pathOf(item.link());
        if (link != null && !link.equals("/")) {
            paths.add(link);
        }
        if ("post".equals(item.type()) && date != null && item.slug() != null && !item.slug().isBlank()) {
            var d = date.atZone(ZoneOffset.UTC);
            paths.add(String.format("/%04d/%02d/%s/", d.getYear(), d.getMonthValue(), item.slug()));
        }
        Set<String> all = new LinkedHashSet<>(paths);
        for (String p : paths) {
            if (p.length() > 1 && p.endsWith("/")) {
                all.add(p.substring(0, p.length() - 1));
            }
        }
        return all;
    }

    private static String pathOf(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(link.strip());
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

}
