package org.dossier.feeds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
final class JsonFeedWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonFeedWriter() {
    }

    static String write(Feed feed) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", "https://jsonfeed.org/version/1.1");
        root.put("title", feed.title());
        root.put("home_page_url", feed.homeUrl());
        root.put("feed_url", feed.self("json"));
        root.put("description", feed.description());
        root.put("language", "en");
        List<Map<String, Object>> items = new ArrayList<>();
        for (Feed.Entry e : feed.entries()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", e.id());
            item.put("url", e.url());
            item.put("title", e.title());
            if (e.contentHtml() != null) {
                item.put("content_html", e.contentHtml());
            } else {
                item.put("content_text", e.summary() == null ? "" : e.summary());
            }
            if (e.summary() != null && !e.summary().isBlank()) {
                item.put("summary", e.summary());
            }
            if (e.imageUrl() != null) {
                item.put("image", e.imageUrl());
            }
            item.put("date_published", AtomWriter.date(e.published()));
            item.put("date_modified", AtomWriter.date(e.updated()));
            if (!e.authors().isEmpty()) {
                item.put("authors", e.authors().stream().map(name -> Map.of("name", name)).toList());
            }
            if (!e.categories().isEmpty()) {
                item.put("tags", e.categories());
            }
            items.add(item);
        }
        root.put("items", items);
        return JSON.writeValueAsString(root);
    }
}
