package org.dossier.feeds;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** RSS 2.0 with the extensions validators expect: {@code atom:link rel=self}, {@code content:encoded}, {@code dc:creator}. */
final class RssWriter {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private RssWriter() {
    }

    static String write(Feed feed) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("rss");
            x.writeAttribute("version", "2.0");
            x.writeNamespace("atom", ATOM);
            x.writeNamespace("content", CONTENT);
            x.writeNamespace("dc", DC);
            x.writeStartElement("channel");
            element(x, "title", feed.title());
            element(x, "link", feed.homeUrl());
            element(x, "description", feed.description());
            element(x, "language", "en");
            element(x, "lastBuildDate", date(feed.updated()));
            x.writeEmptyElement("atom", "link", ATOM);
            x.writeAttribute("href", feed.self("xml"));
            x.writeAttribute("rel", "self");
            x.writeAttribute("type", "application/rss+xml");
            for (Feed.Entry e : feed.entries()) {
                item(x, e);
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write RSS", e);
        }
    }

    private static void item(XMLStreamWriter x, Feed.Entry e) throws XMLStreamException {
        x.writeStartElement("item");
        element(x, "title", e.title());
        element(x, "link", e.url());
        x.writeStartElement("guid");
        x.writeAttribute("isPermaLink", "true");
        x.writeCharacters(e.id());
        x.writeEndElement();
        element(x, "pubDate", date(e.published()));
        if (!e.authors().isEmpty()) {
            x.writeStartElement("dc", "creator", DC);
            x.writeCharacters(String.join(", ", e.authors()));
            x.writeEndElement();
        }
        for (String category : e.categories()) {
            element(x, "category", category);
        }
        element(x, "description", e.summary());
        if (e.contentHtml() != null) {
            x.writeStartElement("content", "encoded", CONTENT);
            x.writeCharacters(e.contentHtml());
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text == null ? "" : text);
        x.writeEndElement();
    }

    static String date(Instant instant) {
        return RFC_822.format(instant);
    }
}
