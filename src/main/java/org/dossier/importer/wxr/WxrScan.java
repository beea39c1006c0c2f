package org.dossier.importer.wxr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The first pass over an export: proves the whole file readable and keeps what the second pass needs
 * to look up (authors, declared terms, attachments by id) plus the counts the final report gives.
 * Item bodies are not kept, so memory grows with the number of attachments and terms only.
 */
final class WxrScan implements WxrHandler {

    /** What is kept of an attachment item: enough to link it as a featured image or download. */
    record Attachment(String id, String url, String title, String alt, String caption, String parent, String credit,
                      String licence) {
    }

    private final Map<String, String> channel = new HashMap<>();
    private final Map<String, WxrAuthor> authors = new LinkedHashMap<>();
    private final List<WxrTerm> terms = new ArrayList<>();
    private final Map<String, Attachment> attachments = new HashMap<>();
    private final Map<String, List<Attachment>> attachmentsByParent = new HashMap<>();
    private final Map<String, Long> counts = new TreeMap<>();

    @Override
    public void channelField(String name, String value) {
        channel.putIfAbsent(name, value.strip());
    }

    @Override
    public void author(WxrAuthor author) {
        count("authors");
        if (author.login() != null && !author.login().isBlank()) {
            authors.putIfAbsent(author.login(), author);
        }
    }

    @Override
    public void term(String element, WxrTerm term) {
        count(switch (element) {
            case "category" -> "categories";
            case "tag" -> "tags";
            default -> "terms(other)";
        });
        terms.add(term);
    }

    @Override
    public void item(WxrItem item) {
        count("items");
        String type = item.type() == null ? "None" : item.type();
        count("type:" + type);
        if (("post".equals(type) || "page".equals(type)) && item.status() != null) {
            count(type + "_status:" + item.status());
        }
        counts.merge("comments", (long) item.comments(), Long::sum);
        if ("attachment".equals(type)) {
            Attachment a = new Attachment(item.postId(), item.attachmentUrl(), item.title(),
                    item.metaValue("_wp_attachment_image_alt"), item.excerpt(), item.parent(),
                    item.metaValue("_dossier_image_credit"), item.metaValue("_dossier_image_licence"));
            if (a.id() != null) {
                attachments.put(a.id(), a);
            }
            if (a.parent() != null && !a.parent().equals("0") && a.url() != null && !a.url().isBlank()) {
                attachmentsByParent.computeIfAbsent(a.parent(), k -> new ArrayList<>()).add(a);
            }
        }
    }

    private void count(String key) {
        counts.merge(key, 1L, Long::sum);
    }

    /** Counts keyed like {@code COUNTS.jsonl}: authors, categories, tags, terms(other), items, type:*, *_status:*, comments. */
    Map<String, Long> counts() {
        return counts;
    }

    String channel(String name) {
        return channel.get(name);
    }

    Map<String, WxrAuthor> authors() {
        return authors;
    }

    List<WxrTerm> terms() {
        return terms;
    }

    Attachment attachment(String id) {
        return id == null ? null : attachments.get(id);
    }

    List<Attachment> attachmentsOf(String parentId) {
        return attachmentsByParent.getOrDefault(parentId, List.of());
    }

    long items() {
        return counts.getOrDefault("items", 0L);
    }
}
