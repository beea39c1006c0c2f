package org.dossier.publications;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.experts.Expert;
import org.dossier.web.ChromeFactory;
import org.dossier.web.Dates;
import org.dossier.web.Meta;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code <head>} of public pages: canonical URL, OpenGraph/Twitter cards and schema.org JSON-LD
 * (Article, BlogPosting, Event, Person…). JSON-LD is written by Jackson and then made safe to sit
 * inside a {@code <script>} element.
 */
@Component
class PageMeta {

    private final ChromeFactory site;
    private final JsonMapper json;

    PageMeta(ChromeFactory site, JsonMapper json) {
        this.site = site;
        this.json = json;
    }

    Meta page(String title, String description, String path) {
        return Meta.simple(title, description, site.absolute(path));
    }

    /** A listing page that has its own feeds at {@code feedBase + "feed.xml"} (RSS), {@code .atom} and {@code .json}. */
    Meta listing(String title, String description, String path, String feedBase) {
        return new Meta(title, description, site.absolute(path), "website", null, null, feeds(title, feedBase),
                false);
    }

    Meta home() {
        var chrome = site.chrome();
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("@context", "https://schema.org");
        org.put("@type", "ResearchOrganization");
        org.put("name", chrome.siteName());
        org.put("description", chrome.tagline());
        org.put("url", site.absolute("/"));
        return new Meta(chrome.siteName(), chrome.tagline(), site.absolute("/"), "website", null, script(org),
                List.of(), false);
    }

    Meta publication(Publication p) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        boolean event = p.event() != null;
        ld.put("@type", event ? "Event" : p.type().schemaType());
        ld.put(event ? "name" : "headline", p.title());
        ld.put("description", p.summary());
        ld.put("url", site.absolute(p.url()));
        if (event) {
            ld.put("startDate", Dates.iso(p.event().start()));
            if (p.event().end() != null) {
                ld.put("endDate", Dates.iso(p.event().end()));
            }
            if (p.event().location() != null) {
                ld.put("location", Map.of("@type", "Place", "name", p.event().location()));
            }
            ld.put("organizer", Map.of("@type", "Organization", "name", site.chrome().siteName()));
        } else {
            ld.put("datePublished", Dates.iso(p.publishedAt()));
            ld.put("dateModified", Dates.iso(p.updatedAt()));
            ld.put("publisher", Map.of("@type", "Organization", "name", site.chrome().siteName()));
            ld.put("mainEntityOfPage", site.absolute(p.url()));
        }
        ld.put(event ? "performer" : "author", p.authors().stream().map(this::person).toList());
        String image = p.image() == null ? null : absolute(p.image().url());
        if (image != null) {
            ld.put("image", image);
        }
        if (!p.topics().isEmpty()) {
            ld.put("about", p.topics().stream().map(t -> t.name()).toList());
        }
        return new Meta(p.title(), p.summary(), site.absolute(p.url()), "article", image, script(ld), List.of(), false);
    }

    Meta expert(Expert e, String description) {
        Map<String, Object> ld = person(e);
        ld.put("@context", "https://schema.org");
        ld.put("description", description);
        String image = e.photoUrl() == null ? null : absolute(e.photoUrl());
        return new Meta(e.name(), description, site.absolute(e.url()), "profile", image, script(ld),
                feeds(e.name(), e.url() + "/"), false);
    }

    /** The RSS, Atom and JSON feeds of one listing, whose addresses all start with {@code base}. */
    private List<Meta.AltLink> feeds(String title, String base) {
        String name = site.chrome().siteName() + ": " + title;
        return List.of(
                new Meta.AltLink("application/rss+xml", name + " (RSS)", base + "feed.xml"),
                new Meta.AltLink("application/atom+xml", name + " (Atom)", base + "feed.atom"),
                new Meta.AltLink("application/feed+json", name + " (JSON Feed)", base + "feed.json"));
    }

    private Map<String, Object> person(Expert e) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("@type", "Person");
        person.put("name", e.name());
        if (!e.title().isBlank()) {
            person.put("jobTitle", e.title());
        }
        person.put("url", site.absolute(e.url()));
        return person;
    }

    private String absolute(String url) {
        return url.startsWith("http://") || url.startsWith("https://") ? url : site.absolute(url);
    }

    /** JSON for a script element: "<" is escaped so no "</script>" or "<!--" can occur inside. */
    private String script(Map<String, Object> value) {
        return json.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
