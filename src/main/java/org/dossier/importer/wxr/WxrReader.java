package org.dossier.importer.wxr;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams a WordPress export with StAX, one element at a time, so memory stays bounded whatever the
 * file size. Elements are matched on their local names, as WordPress's own exports change the
 * namespace URI between WXR versions (1.0, 1.1, 1.2) and flavours. Any DOCTYPE is refused outright:
 * WordPress never writes one, and refusing it closes the door on external entities (XXE) and entity
 * expansion ("billion laughs") together.
 */
final class WxrReader {

    private static final int BUFFER = 1 << 16;

    /** Reads the whole file, calling the handler for each part; throws {@link WxrFormatException} on bad input. */
    void read(Path file, WxrHandler handler) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER)) {
            XMLStreamReader r = safeFactory().createXMLStreamReader(in);
            try {
                document(r, handler);
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw new WxrFormatException(file.getFileName() + " is not well-formed XML: " + describe(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("external resources are not allowed (" + systemId + ")");
        });
        return factory;
    }

    private void document(XMLStreamReader r, WxrHandler handler) throws XMLStreamException {
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.DTD) {
                throw new WxrFormatException("line " + r.getLocation().getLineNumber()
                        + ": a DOCTYPE declaration is not allowed in a WordPress export (it could expand entities"
                        + " or read other files); WordPress never writes one");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (!r.getLocalName().equals("rss")) {
                    throw new WxrFormatException("not a WordPress export: the root element is <" + r.getLocalName()
                            + ">, expected <rss>");
                }
                rss(r, handler);
            }
        }
    }

    private void rss(XMLStreamReader r, WxrHandler handler) throws XMLStreamException {
        boolean sawChannel = false;
        while (nextChild(r)) {
            if (r.getLocalName().equals("channel")) {
                sawChannel = true;
                channel(r, handler);
            } else {
                skip(r);
            }
        }
        if (!sawChannel) {
            throw new WxrFormatException("not a WordPress export: <rss> has no <channel>");
        }
        while (r.hasNext()) {
            r.next();
        }
    }

    private void channel(XMLStreamReader r, WxrHandler handler) throws XMLStreamException {
        while (nextChild(r)) {
            String name = r.getLocalName();
            switch (name) {
                case "author", "wp_author" -> handler.author(author(r));
                case "category" -> handler.term("category", category(r));
                case "tag" -> handler.term("tag", tag(r));
                case "term" -> handler.term("term", term(r));
                case "item" -> handler.item(item(r));
                default -> handler.channelField(name, text(r));
            }
        }
    }

    private WxrAuthor author(XMLStreamReader r) throws XMLStreamException {
        Map<String, String> f = fields(r);
        return new WxrAuthor(f.get("author_login"), f.get("author_email"), f.get("author_display_name"),
                f.get("author_first_name"), f.get("author_last_name"));
    }

    private WxrTerm category(XMLStreamReader r) throws XMLStreamException {
        Map<String, String> f = fields(r);
        return new WxrTerm(WxrTerm.CATEGORY, f.get("category_nicename"), f.get("cat_name"),
                f.get("category_parent"), f.get("category_description"));
    }

    private WxrTerm tag(XMLStreamReader r) throws XMLStreamException {
        Map<String, String> f = fields(r);
        return new WxrTerm(WxrTerm.TAG, f.get("tag_slug"), f.get("tag_name"), "", f.get("tag_description"));
    }

    private WxrTerm term(XMLStreamReader r) throws XMLStreamException {
        Map<String, String> f = fields(r);
        return new WxrTerm(f.get("term_taxonomy"), f.get("term_slug"), f.get("term_name"), f.get("term_parent"),
                f.get("term_description"));
    }

    private WxrItem item(XMLStreamReader r) throws XMLStreamException {
        Map<String, String> f = new HashMap<>();
        List<WxrTerm> terms = new ArrayList<>();
        Map<String, String> meta = new HashMap<>();
        int comments = 0;
        while (nextChild(r)) {
            String name = r.getLocalName();
            switch (name) {
                case "category" -> {
                    String domain = r.getAttributeValue(null, "domain");
                    String nicename = r.getAttributeValue(null, "nicename");
                    terms.add(new WxrTerm(domain == null ? WxrTerm.CATEGORY : domain, nicename, text(r), "", ""));
                }
                case "postmeta" -> {
                    Map<String, String> m = fields(r);
                    if (m.get("meta_key") != null) {
                        meta.putIfAbsent(m.get("meta_key"), m.getOrDefault("meta_value", ""));
                    }
                }
                case "comment" -> {
                    comments++;
                    skip(r);
                }
                case "encoded" -> {
                    String ns = r.getNamespaceURI();
                    f.putIfAbsent(ns != null && ns.contains("excerpt") ? "excerpt" : "content", text(r));
                }
                default -> f.putIfAbsent(name, text(r));
            }
        }
        String creator = f.containsKey("creator") ? f.get("creator") : f.get("author");
        return new WxrItem(trim(f.get("post_id")), f.get("title"), trim(f.get("link")), trim(creator),
                f.getOrDefault("content", ""), f.getOrDefault("excerpt", ""), trim(f.get("post_date")),
                trim(f.get("post_date_gmt")), trim(f.get("post_modified")), trim(f.get("post_modified_gmt")),
                trim(f.get("post_name")), trim(f.get("status")), trim(f.get("post_type")), trim(f.get("post_parent")),
                f.get("password") != null ? f.get("password") : f.get("post_password"), trim(f.get("attachment_url")),
                terms, meta, comments);
    }

    /** Text of every direct child element by local name (first one wins); nested elements are read as text. */
    private Map<String, String> fields(XMLStreamReader r) throws XMLStreamException {
        Map<String, String> f = new HashMap<>();
        while (nextChild(r)) {
            f.putIfAbsent(r.getLocalName(), trim(text(r)));
        }
        return f;
    }

    /** Moves to the next child start element; false at the end of the current element. */
    private static boolean nextChild(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
        return false;
    }

    /** All text inside the current element (CDATA included), leaving the reader on its end tag. */
    private static String text(XMLStreamReader r) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        sb.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                default -> {
                }
            }
        }
        return sb.toString();
    }

    private static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }

    private static String describe(XMLStreamException e) {
        Location at = e.getLocation();
        String message = e.getMessage() == null ? "" : e.getMessage();
        int m = message.indexOf("Message: ");
        String reason = m >= 0 ? message.substring(m + "Message: ".length()) : message;
        return at == null ? reason.strip() : "line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ": "
                + reason.strip();
    }
}
