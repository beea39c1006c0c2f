package org.dossier.feeds;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Atom 1.0 (RFC 4287). Every entry has an author: its own, or the institute when it has none. */
final class AtomWriter {

    private static final String NS = "http://www.w3.org/2005/Atom";

    private AtomWriter() {
    }

    static String write(Feed feed, String siteName) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(NS);
            x.writeAttribute("xml:lang", "en");
            text(x, "id", feed.self("atom"));
            text(x, "title", feed.title());
            text(x, "subtitle", feed.description());
            text(x, "updated", date(feed.updated()));
            link(x, "self", feed.self("atom"), "application/atom+xml");
            link(x, "alternate", feed.homeUrl(), "text/html");
            x.writeStartElement("author");
            text(x, "name", siteName);
            x.writeEndElement();
            text(x, "generator", "Dossier");
            for (Feed.Entry e : feed.entries()) {
                entry(x, e);
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write Atom", e);
        }
    }

    private static void entry(XMLStreamWriter x, Feed.Entry e) throws XMLStreamException {
        x.writeStartElement("entry");
        text(x, "id", e.id());
        text(x, "title", e.title());
        link(x, "alternate", e.url(), "text/html");
        text(x, "published", date(e.published()));
        text(x, "updated", date(e.updated()));
        for (String author : e.authors()) {
            x.writeStartElement("author");
            text(x, "name", author);
            x.writeEndElement();
        }
        for (String category : e.categories()) {
            x.writeEmptyElement("category");
            x.writeAttribute("term", category);
        }
        if (e.summary() != null && !e.summary().isBlank()) {
            text(x, "summary", e.summary());
        }
        if (e.contentHtml() != null) {
            x.writeStartElement("content");
            x.writeAttribute("type", "html");
            x.writeCharacters(e.contentHtml());
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String href, String type) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("type", type);
        x.writeAttribute("href", href);
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(value == null ? "" : value);
        x.writeEndElement();
    }

    /** RFC 3339 in UTC, whole seconds. */
    static String date(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
