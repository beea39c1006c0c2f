package org.dossier.importer.wxr;

import java.net.URLConnection;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.publications.AttachmentInput;
import org.dossier.publications.FeaturedImage;
import org.dossier.publications.PublicationInput;
import org.dossier.publications.Status;
import org.jsoup.Jsoup;

/** Maps one WordPress post or page to a {@link PublicationInput} plus the old addresses that should redirect to it. */
final class WxrMapper {

    /** Resolves WordPress names to Dossier ids, creating experts and terms on first use. */
    interface Ids {
        long sectionFor(String postType);

        long typeFor(String postType);

        Long expert(String login);

        long topic(String slug, String name);

        long tag(String slug, String name);
    }

    record Mapped(PublicationInput input, Set<String> oldPaths, List<String> notes) {
    }

    private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int MAX_TITLE = 500;

    private final WxrScan scan;
    private final Ids ids;
    private final MediaUrls media;
    private final String siteKey;

    WxrMapper(WxrScan scan, Ids ids, MediaUrls media) {
        this.scan = scan;
        this.ids = ids;
        this.media = media;
        this.siteKey = siteKey(scan);
    }

    String externalId(WxrItem item) {
        String local = item.postId() != null && !item.postId().isBlank() ? item.postId()
                : "h" + Integer.toHexString((item.link() + "|" + item.title()).hashCode());
        return "wxr:" + siteKey + ":" + local;
    }

    Mapped map(WxrItem item) {
        List<String> notes = new ArrayList<>();
        var converted = WpContent.convert(media.rewrite(item.content()), id -> {
            WxrScan.Attachment a = scan.attachment(id);
            return a == null || a.url() == null ? null : media.rewrite(a.url());
        });
        notes.addAll(converted.notes());
        Status status = status(item, notes);
        Instant date = firstDate(item.postDateGmt(), item.postDate());
        Instant published = status == Status.DRAFT ? null : date;
        if (status == Status.SCHEDULED && published == null) {
            status = Status.DRAFT;
            notes.add("scheduled item without a date imported as draft");
        }
        Instant modified = firstDate(item.modifiedGmt(), item.modified());
        String summary = text(item.excerpt());
        if (summary.isEmpty() && converted.teaser() != null) {
            summary = converted.teaser();
        }
        List<Long> topics = new ArrayList<>();
        List<Long> tags = new ArrayList<>();
        for (WxrTerm t : item.terms()) {
            String slug = decode(t.slug() == null || t.slug().isBlank() ? t.name() : t.slug());
            if (WxrTerm.CATEGORY.equals(t.taxonomy())) {
                topics.add(ids.topic(slug, t.name()));
            } else if (WxrTerm.TAG.equals(t.taxonomy()) || "tag".equals(t.taxonomy())) {
                tags.add(ids.tag(slug, t.name()));
            } else {
                notes.add("term of taxonomy " + t.taxonomy() + " not imported");
            }
        }
        Long author = item.creator() == null ? null : ids.expert(item.creator());
        var input = new PublicationInput(null, externalId(item), ids.sectionFor(item.type()), ids.typeFor(item.type()),
                decode(item.slug()), title(item, converted.bodyMd(), notes), null, summary.isEmpty() ? null : summary,
                converted.bodyMd(), status, published, modified != null ? modified : date,
                author == null ? List.of() : List.of(author), topics, List.of(), tags, featuredImage(item),
                null, downloads(item));
        return new Mapped(input, Permalinks.of(item, date), notes);
    }

    private static Status status(WxrItem item, List<String> notes) {
        String s = item.status() == null ? "" : item.status();
        if (item.password() != null && !item.password().isBlank()) {
            notes.add("password-protected item imported as draft");
            return Status.DRAFT;
        }
        return switch (s) {
            case "publish" -> Status.PUBLISHED;
            case "future" -> Status.SCHEDULED;
            case "draft", "pending", "auto-draft" -> Status.DRAFT;
            case "private" -> {
                notes.add("private item imported as draft");
                yield Status.DRAFT;
            }
            default -> {
                notes.add("unknown status '" + s + "' imported as draft");
                yield Status.DRAFT;
            }
        };
    }

    private static String title(WxrItem item, String body, List<String> notes) {
        String title = text(item.title());
        if (title.isEmpty()) {
            String words = Jsoup.parse(body).text().strip();
            title = words.isEmpty() ? "Untitled (WordPress " + item.type() + " " + item.postId() + ")"
                    : words.substring(0, Math.min(60, words.length())) + (words.length() > 60 ? "…" : "");
            notes.add("item without a title named from its text");
        }
        if (title.length() > MAX_TITLE) {
            notes.add("title shortened to " + MAX_TITLE + " characters");
            title = title.substring(0, MAX_TITLE - 1) + "…";
        }
        return title;
    }

    private FeaturedImage featuredImage(WxrItem item) {
        WxrScan.Attachment a = scan.attachment(item.metaValue("_thumbnail_id"));
        if (a == null || a.url() == null || a.url().isBlank()) {
            return null;
        }
        // credit and licence come only from Dossier's own exports; WordPress has no such fields
        return new FeaturedImage(media.rewrite(a.url()), a.alt() == null ? "" : a.alt(),
                text(a.caption()), a.credit() == null ? "" : a.credit().strip(),
                a.licence() == null ? "" : a.licence().strip());
    }

    /** Files attached to the item that are not images: images already appear in the text or as the featured image. */
    private List<AttachmentInput> downloads(WxrItem item) {
        List<AttachmentInput> files = new ArrayList<>();
        String thumbnail = item.metaValue("_thumbnail_id");
        for (WxrScan.Attachment a : scan.attachmentsOf(item.postId())) {
            String type = URLConnection.guessContentTypeFromName(a.url());
            if (type != null && type.startsWith("image/") || a.id() != null && a.id().equals(thumbnail)) {
                continue;
            }
            String title = text(a.title()).isEmpty() ? a.url().substring(a.url().lastIndexOf('/') + 1) : text(a.title());
            files.add(new AttachmentInput(title, media.rewrite(a.url()),
                    type == null ? "application/octet-stream" : type, null));
        }
        return files;
    }

    static Instant firstDate(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank() && !c.startsWith("0000")) {
                try {
                    return LocalDateTime.parse(c.strip(), WP_DATE).toInstant(ZoneOffset.UTC);
                } catch (java.time.format.DateTimeParseException ignored) {
                    // try the next candidate: WordPress leaves odd values in old exports
                }
            }
        }
        return null;
    }

    private static String text(String html) {
        return html == null || html.isBlank() ? "" : Jsoup.parse(html).text().strip();
    }

    private static String decode(String slug) {
        if (slug == null) {
            return null;
        }
        try {
            return URLDecoder.decode(slug, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return slug;
        }
    }

    private static String siteKey(WxrScan scan) {
        for (String name : List.of("base_blog_url", "link", "title")) {
            String v = scan.channel(name);
            if (v != null && !v.isBlank()) {
                return v.strip().replaceFirst("^https?://", "").replaceAll("/+$", "");
            }
        }
        return "unknown";
    }
}
