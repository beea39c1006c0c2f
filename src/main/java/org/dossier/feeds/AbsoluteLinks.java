package org.dossier.feeds;

import java.net.URI;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Feed readers show content away from the site, so every link and image in it must be absolute. */
final class AbsoluteLinks {

    private AbsoluteLinks() {
    }

    static String in(String html, String baseUrl) {
        Document doc = Jsoup.parseBodyFragment(html, baseUrl);
        doc.outputSettings().prettyPrint(false);
        for (Element e : doc.select("a[href], img[src]")) {
            String attr = e.hasAttr("href") ? "href" : "src";
            String abs = e.absUrl(attr);
            if (!abs.isEmpty()) {
                e.attr(attr, abs);
            }
        }
        return doc.body().html();
    }

    static String url(String url, String baseUrl) {
        try {
            return URI.create(baseUrl).resolve(url).toString();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
