package org.dossier.importer.wxr;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes a large, realistic WordPress export without holding it in memory: posts with classic HTML
 * paragraphs, captions, categories (some nested), tags, several authors and a few drafts.
 * Also runnable from {@code bench/import.sh}: {@code SyntheticWxr FILE ITEMS}.
 */
public final class SyntheticWxr {

    private static final DateTimeFormatter WP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String PARAGRAPH = "Trade between the two economies grew again this quarter, although "
            + "the figures hide a sharp fall in <em>intermediate goods</em> and a rise in re-exports through "
            + "third countries. Analysts disagree on whether sanctions or currency moves explain more of it.";

    private SyntheticWxr() {
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Integer.parseInt(args[1]), 5, 0);
    }

    /**
     * Like {@link #write} but with the mix of a real site's export: of every ten items three are posts (one
     * with a featured image), one a page, four image attachments of the first post and two menu entries.
     */
    public static long writeMixed(Path file, int items, int padding) throws IOException {
        return write(file, items, 1, padding, true);
    }

    public static long write(Path file, int items, int paragraphs, int padding) throws IOException {
        return write(file, items, paragraphs, padding, false);
    }

    /**
     * Writes {@code items} posts of {@code paragraphs} paragraphs each to {@code file}, each carrying
     * {@code padding} characters of post meta that the importer reads and ignores (as real exports carry
     * plugin data); returns the file size in bytes.
     */
    private static long write(Path file, int items, int paragraphs, int padding, boolean mixed) throws IOException {
        String meta = padding <= 0 ? "" : "<wp:postmeta><wp:meta_key>_plugin_cache</wp:meta_key><wp:meta_value>"
                + "<![CDATA[" + "x".repeat(padding) + "]]></wp:meta_value></wp:postmeta>\n";
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\""
                    + " xmlns:excerpt=\"http://wordpress.org/export/1.2/excerpt/\""
                    + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
                    + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:wp=\"http://wordpress.org/export/1.2/\">\n"
                    + "<channel>\n<title>Synthetic Institute</title>\n<link>https://synthetic.example.org</link>\n"
                    + "<wp:wxr_version>1.2</wp:wxr_version>\n"
                    + "<wp:base_blog_url>https://synthetic.example.org</wp:base_blog_url>\n");
            for (int a = 0; a < 10; a++) {
                out.write("<wp:author><wp:author_login>author" + a + "</wp:author_login><wp:author_display_name>"
                        + "<![CDATA[Author Number " + a + "]]></wp:author_display_name></wp:author>\n");
            }
            for (int c = 0; c < 50; c++) {
                out.write("<wp:category><wp:term_id>" + (c + 1) + "</wp:term_id><wp:category_nicename>topic-" + c
                        + "</wp:category_nicename><wp:category_parent>" + (c >= 40 ? "topic-" + (c - 40) : "")
                        + "</wp:category_parent><wp:cat_name><![CDATA[Topic " + c + "]]></wp:cat_name></wp:category>\n");
            }
            LocalDateTime start = LocalDateTime.of(2005, 1, 1, 8, 0);
            for (int i = 1; i <= items; i++) {
                int kind = mixed ? i % 10 : 0;
                if (kind <= 3) {
                    item(out, i, start.plusHours(i * 3L), paragraphs, meta, kind == 3 ? "page" : "post",
                            mixed && kind == 0 ? i + 4 : 0);
                } else {
                    other(out, i, kind <= 7 ? "attachment" : "nav_menu_item", i - kind, meta);
                }
            }
            out.write("</channel>\n</rss>\n");
        }
        return Files.size(file);
    }

    private static void other(BufferedWriter out, int i, String type, int parent, String meta) throws IOException {
        out.write("<item>\n<title>" + type + " " + i + "</title>\n<wp:post_id>" + i + "</wp:post_id>\n"
                + "<wp:post_type>" + type + "</wp:post_type>\n<wp:status>inherit</wp:status>\n<wp:post_parent>"
                + parent + "</wp:post_parent>\n<wp:attachment_url>https://synthetic.example.org/wp-content/uploads/"
                + "image-" + i + ".jpg</wp:attachment_url>\n" + meta + "</item>\n");
    }

    private static void item(BufferedWriter out, int i, LocalDateTime date, int paragraphs, String meta, String type,
                             int thumbnail) throws IOException {
        String slug = "synthetic-post-" + i;
        String d = WP.format(date);
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < paragraphs; p++) {
            body.append(PARAGRAPH).append(" (").append(i).append('.').append(p).append(")\n\n");
        }
        if (i % 10 == 0) {
            body.append("[caption id=\"attachment_1\" width=\"300\"]<img src=\"https://synthetic.example.org/"
                    + "wp-content/uploads/chart-").append(i).append(".png\" alt=\"Chart\" /> Chart ").append(i)
                    .append("[/caption]\n");
        }
        out.write("<item>\n<title>Synthetic post number " + i + "</title>\n<link>https://synthetic.example.org/"
                + date.getYear() + "/" + String.format("%02d", date.getMonthValue()) + "/" + slug + "/</link>\n"
                + "<dc:creator><![CDATA[author" + (i % 10) + "]]></dc:creator>\n"
                + "<content:encoded><![CDATA[" + body + "]]></content:encoded>\n"
                + "<excerpt:encoded><![CDATA[]]></excerpt:encoded>\n<wp:post_id>" + i + "</wp:post_id>\n"
                + "<wp:post_date>" + d + "</wp:post_date>\n<wp:post_date_gmt>" + d + "</wp:post_date_gmt>\n"
                + "<wp:post_name>" + slug + "</wp:post_name>\n<wp:status>" + (i % 50 == 0 ? "draft" : "publish")
                + "</wp:status>\n<wp:post_type>" + type + "</wp:post_type>\n"
                + (thumbnail > 0 ? "<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>" + thumbnail
                + "</wp:meta_value></wp:postmeta>\n" : "")
                + "<category domain=\"category\" nicename=\"topic-" + (i % 50) + "\"><![CDATA[Topic " + (i % 50)
                + "]]></category>\n<category domain=\"post_tag\" nicename=\"tag-" + (i % 200) + "\"><![CDATA[Tag "
                + (i % 200) + "]]></category>\n" + meta
                + "<wp:comment><wp:comment_id>" + i + "</wp:comment_id><wp:comment_content><![CDATA[Nice.]]>"
                + "</wp:comment_content></wp:comment>\n</item>\n");
    }
}
