package org.dossier.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.dossier.experts.Expert;
import org.dossier.experts.ExpertRepository;
import org.dossier.publications.Publication;
import org.dossier.publications.PublicationRepository;
import org.dossier.system.DossierProperties;
import org.dossier.taxonomy.TaxonomyRepository;
import org.dossier.taxonomy.Term;
import org.dossier.taxonomy.TermKind;
import org.springframework.stereotype.Service;

/**
 * {@code export --format wxr}: publications as a WXR 1.2 file that WordPress's importer reads. Topics
 * become categories (with parents), tags stay tags, regions become terms of a {@code region} taxonomy,
 * experts become authors. Statuses map so nothing becomes public by moving: withdrawn → private,
 * scheduled → future. Featured images and files become attachment items ({@link WxrAttachments}) whose
 * absolute URLs WordPress downloads; the files stay where they are.
 */
@Service
public class WxrExport {

    static final String WP = "http://wordpress.org/export/1.2/";
    private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final int CHUNK = 200;

    private final PublicationRepository publications;
    private final ExpertRepository experts;
    private final TaxonomyRepository taxonomy;
    private final ExportRepository repository;
    private final DossierProperties site;

    WxrExport(PublicationRepository publications, ExpertRepository experts, TaxonomyRepository taxonomy,
              ExportRepository repository, DossierProperties site) {
        this.publications = publications;
        this.experts = experts;
        this.taxonomy = taxonomy;
        this.repository = repository;
        this.site = site;
    }

    /** Writes the file with every publication; returns the number of publication items. */
    public int export(Path file) throws IOException {
        return export(file, repository.publicationIds());
    }

    /** Writes the file with the publications of these ids (ascending); returns the number of publication items. */
    public int export(Path file, List<Long> ids) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            WxrXml xml = new WxrXml(x);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("rss");
            x.writeAttribute("version", "2.0");
            x.writeNamespace("excerpt", "http://wordpress.org/export/1.2/excerpt/");
            x.writeNamespace("content", "http://purl.org/rss/1.0/modules/content/");
            x.writeNamespace("dc", "http://purl.org/dc/elements/1.1/");
            x.writeNamespace("wp", WP);
            x.writeStartElement("channel");
            xml.text("title", site.siteName());
            xml.text("link", site.origin());
            xml.text("description", site.tagline());
            xml.text("language", "en");
            xml.wp("wxr_version", "1.2");
            xml.wp("base_site_url", site.origin());
            xml.wp("base_blog_url", site.origin());
            for (Expert e : experts.all()) {
                xml.author(e);
            }
            Map<Long, String> parents = repository.topicParents();
            for (Term t : taxonomy.terms(TermKind.TOPIC)) {
                xml.category(t, parents.getOrDefault(t.id(), ""));
            }
            for (Term t : taxonomy.terms(TermKind.TAG)) {
                xml.tag(t);
            }
            for (Term t : taxonomy.terms(TermKind.REGION)) {
                xml.term("region", t);
            }
            xml.text("generator", "Dossier");
            int items = 0;
            var attachments = new WxrAttachments(site.origin(), ids.stream().mapToLong(Long::longValue).max().orElse(0) + 1);
            for (int i = 0; i < ids.size(); i += CHUNK) {
                for (Publication p : publications.byIds(ids.subList(i, Math.min(ids.size(), i + CHUNK)))) {
                    item(xml, p, attachments);
                    items++;
                }
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
            return items;
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write " + file, e);
        }
    }

    private void item(WxrXml xml, Publication p, WxrAttachments attachments) throws XMLStreamException {
        List<WxrAttachments.Planned> files = attachments.plan(p);
        XMLStreamWriter x = xml.writer();
        x.writeStartElement("item");
        xml.text("title", p.title());
        xml.text("link", site.origin() + p.url());
        Instant date = p.publishedAt() != null ? p.publishedAt() : p.updatedAt();
        xml.text("pubDate", RFC_822.format(date));
        x.writeStartElement("dc", "creator", "http://purl.org/dc/elements/1.1/");
        x.writeCData(p.authors().isEmpty() ? "" : p.authors().get(0).slug());
        x.writeEndElement();
        xml.text("guid", site.origin() + "/?p=" + p.id());
        xml.text("description", "");
        xml.cdata("content", "encoded", "http://purl.org/rss/1.0/modules/content/", p.bodyHtml());
        xml.cdata("excerpt", "encoded", "http://wordpress.org/export/1.2/excerpt/", p.summary());
        xml.wp("post_id", String.valueOf(p.id()));
        xml.wp("post_date", WP_DATE.format(date));
        xml.wp("post_date_gmt", WP_DATE.format(date));
        xml.wp("post_modified", WP_DATE.format(p.updatedAt()));
        xml.wp("post_modified_gmt", WP_DATE.format(p.updatedAt()));
        xml.wp("comment_status", "closed");
        xml.wp("ping_status", "closed");
        xml.wp("post_name", p.slug());
        xml.wp("status", switch (p.status()) {
            case PUBLISHED -> "publish";
            case SCHEDULED -> "future";
            case WITHDRAWN -> "private";
            case DRAFT -> "draft";
        });
        xml.wp("post_parent", "0");
        xml.wp("menu_order", "0");
        xml.wp("post_type", "post");
        xml.wp("post_password", "");
        xml.wp("is_sticky", "0");
        for (Term t : p.topics()) {
            xml.itemTerm("category", t);
        }
        for (Term t : p.tags()) {
            xml.itemTerm("post_tag", t);
        }
        for (Term t : p.regions()) {
            xml.itemTerm("region", t);
        }
        if (!files.isEmpty() && files.get(0).featured()) {
            xml.postmeta("_thumbnail_id", String.valueOf(files.get(0).id()));
        }
        x.writeEndElement();
        for (WxrAttachments.Planned file : files) {
            attachments.write(xml, p, file, WP_DATE.format(date), RFC_822.format(date));
        }
    }
}
