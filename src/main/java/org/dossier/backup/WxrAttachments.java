package org.dossier.backup;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.dossier.publications.Attachment;
import org.dossier.publications.FeaturedImage;
import org.dossier.publications.Publication;

/**
 * A publication's featured image and files as WordPress {@code attachment} items, the way WordPress
 * exports media: {@code wp:post_type} attachment, the file in {@code wp:attachment_url} (absolute, so
 * WordPress can fetch it), {@code wp:post_parent} pointing at the publication, and the image's alt
 * text in {@code _wp_attachment_image_alt}. The publication names its featured image with the
 * {@code _thumbnail_id} postmeta. WordPress has no place for an image's credit and licence, so they
 * travel in {@code _dossier_image_credit}/{@code _dossier_image_licence}, which Dossier's importer
 * reads and WordPress keeps as ordinary custom fields. Attachment ids follow the highest publication
 * id, so no two items share a {@code wp:post_id}.
 */
final class WxrAttachments {

    /** One attachment item to write after its publication. */
    record Planned(long id, String url, String title, String caption, String alt, String credit, String licence,
                   int order) {

        /** The featured image is planned first with order 0; files follow from 1. */
        boolean featured() {
            return order == 0;
        }
    }

    private final String origin;
    private long nextId;

    WxrAttachments(String origin, long firstId) {
        this.origin = origin;
        this.nextId = firstId;
    }

    /** The attachment items of {@code p}, with fresh ids; the featured image (if any) comes first. */
    List<Planned> plan(Publication p) {
        List<Planned> planned = new ArrayList<>();
        FeaturedImage image = p.image();
        if (image != null && image.url() != null && !image.url().isBlank()) {
            String title = !image.caption().isBlank() ? image.caption() : !image.alt().isBlank() ? image.alt()
                    : fileName(image.url());
            planned.add(new Planned(nextId++, absolute(image.url()), title, image.caption(), image.alt(),
                    image.credit(), image.licence(), 0));
        }
        int order = 1;
        for (Attachment a : p.attachments()) {
            planned.add(new Planned(nextId++, absolute(a.url()), a.title(), "", null, null, null, order++));
        }
        return planned;
    }

    /** Writes one attachment item belonging to {@code parent}; dates and author are the parent's. */
    void write(WxrXml xml, Publication parent, Planned a, String wpDate, String rfcDate) throws XMLStreamException {
        XMLStreamWriter x = xml.writer();
        x.writeStartElement("item");
        xml.text("title", a.title());
        xml.text("link", origin + "/?attachment_id=" + a.id());
        xml.text("pubDate", rfcDate);
        x.writeStartElement("dc", "creator", "http://purl.org/dc/elements/1.1/");
        x.writeCData(parent.authors().isEmpty() ? "" : parent.authors().get(0).slug());
        x.writeEndElement();
        x.writeStartElement("guid");
        x.writeAttribute("isPermaLink", "false");
        x.writeCharacters(a.url());
        x.writeEndElement();
        xml.text("description", "");
        xml.cdata("content", "encoded", "http://purl.org/rss/1.0/modules/content/", "");
        xml.cdata("excerpt", "encoded", "http://wordpress.org/export/1.2/excerpt/", a.caption());
        xml.wp("post_id", String.valueOf(a.id()));
        xml.wp("post_date", wpDate);
        xml.wp("post_date_gmt", wpDate);
        xml.wp("comment_status", "closed");
        xml.wp("ping_status", "closed");
        xml.wp("post_name", slug(fileName(a.url())));
        xml.wp("status", "inherit");
        xml.wp("post_parent", String.valueOf(parent.id()));
        xml.wp("menu_order", String.valueOf(a.order()));
        xml.wp("post_type", "attachment");
        xml.wp("post_password", "");
        xml.wp("is_sticky", "0");
        xml.wp("attachment_url", a.url());
        if (a.alt() != null) {
            xml.postmeta("_wp_attachment_image_alt", a.alt());
        }
        if (a.credit() != null && !a.credit().isBlank()) {
            xml.postmeta("_dossier_image_credit", a.credit());
        }
        if (a.licence() != null && !a.licence().isBlank()) {
            xml.postmeta("_dossier_image_licence", a.licence());
        }
        x.writeEndElement();
    }

    private String absolute(String url) {
        return url.startsWith("/") && !url.startsWith("//") ? origin + url : url;
    }

    private static String fileName(String url) {
        String path = url.replaceFirst("[?#].*$", "");
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String slug(String fileName) {
        String s = fileName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "attachment" : s;
    }
}
