package org.dossier.importer.wxr;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns WordPress shortcodes into plain HTML where there is an equivalent ({@code [caption]},
 * {@code [embed]}, {@code [audio]}, {@code [video]}, {@code [gallery]}, {@code [code]}) and removes the
 * rest, keeping any content they enclose and noting each removal, so nothing goes silently.
 * Square brackets that are not shortcodes ("[sic]", footnote marks) are left alone: a bracketed word
 * counts as a shortcode only if it is a known one or has a closing tag.
 */
final class Shortcodes {

    private static final Set<String> KNOWN = Set.of("gallery", "playlist", "embed", "audio", "video", "caption",
            "wp_caption", "code", "sourcecode", "contact-form", "contact-form-7", "googlemaps", "youtube", "vimeo",
            "twitter", "tweet", "instagram", "soundcloud", "slideshow", "polldaddy", "archives", "recipe", "ted",
            "scribd", "gist", "spotify", "wpvideo", "latex", "dailymotion", "flickr", "googleapps", "portfolio");
    private static final Pattern TAG = Pattern.compile("\\[(/?)([A-Za-z][\\w-]*)((?:\\s[^\\]]*)?)]");
    private static final Pattern ATTR = Pattern.compile(
            "([\\w-]+)\\s*=\\s*\"([^\"]*)\"|([\\w-]+)\\s*=\\s*'([^']*)'|([\\w-]+)\\s*=\\s*([^\\s'\"]+)|\"([^\"]*)\"|(\\S+)");
    private static final Pattern CAPTION_MEDIA = Pattern.compile(
            "^\\s*((?:<a\\b[^>]*>\\s*)?<img\\b[^>]*>(?:\\s*</a>)?)(.*)$", Pattern.DOTALL);

    private final Function<String, String> attachmentUrl;
    private final List<String> notes;

    /** @param attachmentUrl file URL of an attachment by WordPress id, or null; used by galleries */
    Shortcodes(Function<String, String> attachmentUrl, List<String> notes) {
        this.attachmentUrl = attachmentUrl;
        this.notes = notes;
    }

    String convert(String content) {
        StringBuilder out = new StringBuilder(content.length());
        Matcher m = TAG.matcher(content);
        int from = 0;
        while (m.find(from)) {
            String name = m.group(2).toLowerCase(java.util.Locale.ROOT);
            boolean closing = !m.group(1).isEmpty();
            int close = closing ? -1 : content.indexOf("[/" + m.group(2) + "]", m.end());
            if (closing || (!KNOWN.contains(name) && close < 0)) {
                out.append(content, from, m.end());
                from = m.end();
                continue;
            }
            out.append(content, from, m.start());
            Map<String, String> attrs = attributes(m.group(3));
            String inner = close < 0 ? "" : content.substring(m.end(), close);
            out.append(replacement(name, attrs, inner));
            from = close < 0 ? m.end() : close + m.group(2).length() + 3;
        }
        out.append(content, from, content.length());
        return out.toString();
    }

    private String replacement(String name, Map<String, String> attrs, String inner) {
        return switch (name) {
            case "caption", "wp_caption" -> caption(attrs, inner);
            case "embed" -> link(inner.strip(), inner.strip());
            case "audio", "video", "playlist" -> media(name, attrs, inner);
            case "gallery" -> gallery(attrs);
            case "code", "sourcecode" -> "<pre><code>" + inner.strip() + "</code></pre>";
            default -> {
                notes.add("[" + name + "] shortcode removed" + (inner.isBlank() ? "" : " (its content kept)"));
                yield convert(inner);
            }
        };
    }

    private String caption(Map<String, String> attrs, String inner) {
        Matcher m = CAPTION_MEDIA.matcher(inner);
        String media = m.matches() ? m.group(1) : inner;
        String text = attrs.getOrDefault("caption", m.matches() ? m.group(2).strip() : "");
        return "<figure>" + media + (text.isEmpty() ? "" : "<figcaption>" + text + "</figcaption>") + "</figure>";
    }

    private String media(String name, Map<String, String> attrs, String inner) {
        for (String key : List.of("src", "mp3", "m4a", "ogg", "wav", "mp4", "webm", "ogv", "m4v", "url")) {
            if (attrs.containsKey(key)) {
                return link(attrs.get(key), name.substring(0, 1).toUpperCase() + name.substring(1) + ": "
                        + attrs.get(key));
            }
        }
        if (inner.strip().startsWith("http")) {
            return link(inner.strip(), inner.strip());
        }
        notes.add("[" + name + "] shortcode without a file removed");
        return "";
    }

    private String gallery(Map<String, String> attrs) {
        String ids = attrs.getOrDefault("ids", attrs.getOrDefault("include", ""));
        StringBuilder figure = new StringBuilder("<figure>");
        int found = 0;
        for (String id : ids.split("\\s*,\\s*")) {
            String url = id.isBlank() ? null : attachmentUrl.apply(id.strip());
            if (url != null) {
                figure.append("<img src=\"").append(escape(url)).append("\" alt=\"\">");
                found++;
            }
        }
        if (found == 0) {
            notes.add("[gallery] shortcode without resolvable image ids removed");
            return "";
        }
        return figure.append("</figure>").toString();
    }

    private static String link(String url, String text) {
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            return escape(text);
        }
        return "<p><a href=\"" + escape(url) + "\">" + escape(text) + "</a></p>";
    }

    static Map<String, String> attributes(String text) {
        Map<String, String> attrs = new HashMap<>();
        Matcher m = ATTR.matcher(text == null ? "" : text);
        while (m.find()) {
            for (int g = 1; g <= 5; g += 2) {
                if (m.group(g) != null) {
                    attrs.put(m.group(g).toLowerCase(java.util.Locale.ROOT), m.group(g + 1));
                }
            }
        }
        return attrs;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
