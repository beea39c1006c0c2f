package org.dossier.backup;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.dossier.experts.Expert;
import org.dossier.taxonomy.Term;
import org.dossier.web.XmlText;

/** The small vocabulary of WXR elements, written with correct escaping (CDATA split where it must be). */
record WxrXml(XMLStreamWriter writer) {

    void text(String name, String value) throws XMLStreamException {
        writer.writeStartElement(name);
        writer.writeCharacters(XmlText.clean(value));
        writer.writeEndElement();
    }

    void wp(String name, String value) throws XMLStreamException {
        writer.writeStartElement("wp", name, WxrExport.WP);
        writer.writeCharacters(XmlText.clean(value));
        writer.writeEndElement();
    }

    /** CDATA as WordPress writes it; a literal {@code ]]>} in the text is split across two sections. */
    void cdata(String prefix, String name, String ns, String value) throws XMLStreamException {
        writer.writeStartElement(prefix, name, ns);
        String text = XmlText.clean(value);
        String[] parts = text.split("]]>", -1);
        for (int i = 0; i < parts.length; i++) {
            writer.writeCData((i > 0 ? ">" : "") + parts[i] + (i < parts.length - 1 ? "]]" : ""));
        }
        writer.writeEndElement();
    }

    void postmeta(String key, String value) throws XMLStreamException {
        writer.writeStartElement("wp", "postmeta", WxrExport.WP);
        wp("meta_key", key);
        wp("meta_value", value);
        writer.writeEndElement();
    }

    void author(Expert e) throws XMLStreamException {
        writer.writeStartElement("wp", "author", WxrExport.WP);
        wp("author_id", String.valueOf(e.id()));
        wp("author_login", e.slug());
        wp("author_email", "");
        wp("author_display_name", e.name());
        writer.writeEndElement();
    }

    void category(Term t, String parentSlug) throws XMLStreamException {
        writer.writeStartElement("wp", "category", WxrExport.WP);
        wp("term_id", String.valueOf(t.id()));
        wp("category_nicename", t.slug());
        wp("category_parent", parentSlug);
        wp("cat_name", t.name());
        wp("category_description", t.description());
        writer.writeEndElement();
    }

    void tag(Term t) throws XMLStreamException {
        writer.writeStartElement("wp", "tag", WxrExport.WP);
        wp("term_id", String.valueOf(t.id()));
        wp("tag_slug", t.slug());
        wp("tag_name", t.name());
        wp("tag_description", t.description());
        writer.writeEndElement();
    }

    void term(String taxonomy, Term t) throws XMLStreamException {
        writer.writeStartElement("wp", "term", WxrExport.WP);
        wp("term_id", String.valueOf(t.id()));
        wp("term_taxonomy", taxonomy);
        wp("term_slug", t.slug());
        wp("term_parent", "");
        wp("term_name", t.name());
        writer.writeEndElement();
    }

    void itemTerm(String domain, Term t) throws XMLStreamException {
        writer.writeStartElement("category");
        writer.writeAttribute("domain", domain);
        writer.writeAttribute("nicename", t.slug());
        writer.writeCData(t.name());
        writer.writeEndElement();
    }
}
