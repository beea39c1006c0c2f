package org.dossier.feeds;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A structural check of RSS 2.0 and Atom 1.0 documents covering the rules the W3C feed validator applies
 * most: required elements, elements that may appear once, RFC 3339 / RFC 822 dates, absolute links and a
 * self link. It reports problems with the validator's own message codes ({@code MissingElement},
 * {@code DuplicateElement}, {@code InvalidRFC3339Date}, {@code InvalidRFC2822Date}, …) and is itself
 * checked against the validator's test cases in {@code FeedLintCalibrationTest}.
 */
final class FeedLint {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    /** One finding: a validator message code and the element it is about. */
    record Problem(String code, String parent, String element) {
        @Override
        public String toString() {
            return code + "{parent:" + parent + ",element:" + element + "}";
        }
    }

    private static final Map<String, List<String>> ATOM_REQUIRED = Map.of(
            "feed", List.of("id", "title", "updated"), "entry", List.of("id", "title", "updated"),
            "author", List.of("name"), "contributor", List.of("name"));
    private static final Map<String, Set<String>> ATOM_SINGLE = Map.of(
            "feed", Set.of("id", "title", "subtitle", "updated", "rights", "icon", "logo", "generator"),
            "source", Set.of("id", "title", "subtitle", "updated", "rights", "icon", "logo", "generator"),
            "entry", Set.of("id", "title", "summary", "content", "published", "updated", "rights", "source"),
            "author", Set.of("name", "uri", "email"), "contributor", Set.of("name", "uri", "email"));
    private static final Map<String, List<String>> RSS_REQUIRED = Map.of(
            "rss", List.of("channel"), "channel", List.of("title", "link", "description"),
            "image", List.of("url", "title", "link"), "textInput", List.of("title", "description", "name", "link"),
            "skipDays", List.of("day"), "skipHours", List.of("hour"));
    private static final Map<String, Set<String>> RSS_SINGLE = Map.of(
            "rss", Set.of("channel"),
            "channel", Set.of("title", "link", "description", "language", "copyright", "managingEditor", "webMaster",
                    "pubDate", "lastBuildDate", "docs", "ttl", "image", "rating", "textInput", "skipHours",
                    "skipDays", "cloud", "generator"),
            "item", Set.of("title", "link", "description", "author", "comments", "guid", "pubDate", "source"),
            "image", Set.of("url", "title", "link", "width", "height", "description"),
            "textInput", Set.of("title", "description", "name", "link"));
    private static final Pattern RFC3339 = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");
    private static final Pattern RFC822 = Pattern.compile("(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?(\\d{1,2}) "
            + "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\\d{4}|\\d{2}) (\\d{2}):(\\d{2})(?::(\\d{2}))? "
            + "(UT|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|[A-IK-Z]|[+-]\\d{4})", Pattern.CASE_INSENSITIVE);

    private FeedLint() {
    }

    /** Parses a document without DTDs; throws on XML that is not well-formed. */
    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Problem> check(String xml) throws Exception {
        return check(parse(xml));
    }

    static List<Problem> check(Document doc) {
        List<Problem> problems = new ArrayList<>();
        Element root = doc.getDocumentElement();
        boolean atom = ATOM.equals(root.getNamespaceURI());
        walk(root, atom, problems);
        if (atom && root.getLocalName().equals("feed")) {
            boolean feedAuthor = !children(root, "author", true).isEmpty();
            for (Element entry : children(root, "entry", true)) {
                if (!feedAuthor && children(entry, "author", true).isEmpty() && children(entry, "source", true).isEmpty()) {
                    problems.add(new Problem("MissingElement", "entry", "author"));
                }
            }
            if (children(root, "link", true).stream().noneMatch(l -> "self".equals(l.getAttribute("rel")))) {
                problems.add(new Problem("MissingSelfLink", "feed", "link"));
            }
        }
        if (!atom && root.getLocalName().equals("rss")) {
            for (Element channel : children(root, "channel", false)) {
                boolean self = false;
                for (Node n = channel.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && "self".equals(e.getAttribute("rel"))) {
                        self = true;
                    }
                }
                if (!self) {
                    problems.add(new Problem("MissingAtomSelfLink", "channel", "atom:link"));
                }
            }
        }
        return problems;
    }

    private static void walk(Element e, boolean atom, List<Problem> problems) {
        String name = e.getLocalName();
        boolean ours = atom ? ATOM.equals(e.getNamespaceURI()) : e.getNamespaceURI() == null;
        if (ours) {
            Map<String, List<String>> required = atom ? ATOM_REQUIRED : RSS_REQUIRED;
            Map<String, Set<String>> single = atom ? ATOM_SINGLE : RSS_SINGLE;
            for (String child : required.getOrDefault(name, List.of())) {
                if (children(e, child, atom).isEmpty()) {
                    problems.add(new Problem("MissingElement", name, child));
                }
            }
            Map<String, Integer> seen = new HashMap<>();
            for (Element child : children(e, null, atom)) {
                if (single.getOrDefault(name, Set.of()).contains(child.getLocalName())
                        && seen.merge(child.getLocalName(), 1, Integer::sum) == 2) {
                    problems.add(new Problem("DuplicateElement", name, child.getLocalName()));
                }
            }
            dates(e, atom, problems);
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                walk(child, atom, problems);
            }
        }
    }

    private static void dates(Element e, boolean atom, List<Problem> problems) {
        String name = e.getLocalName();
        String text = e.getTextContent().strip();
        if (atom && (name.equals("updated") || name.equals("published"))) {
            if (!RFC3339.matcher(text).matches() || !parses(() -> OffsetDateTime.parse(text))) {
                problems.add(new Problem("InvalidRFC3339Date", parentName(e), name));
            }
        }
        if (!atom && (name.equals("pubDate") || name.equals("lastBuildDate")) && !validRfc822(text)) {
            problems.add(new Problem("InvalidRFC2822Date", parentName(e), name));
        }
    }

    /** RFC 822 as the validator reads it: two- or four-digit year, a real date, and a weekday that matches it. */
    static boolean validRfc822(String text) {
        String plain = withoutComments(text).replaceAll("\\s+", " ").replace(" ,", ",").strip();
        java.util.regex.Matcher m = RFC822.matcher(plain);
        if (!m.matches()) {
            return false;
        }
        int year = Integer.parseInt(m.group(4));
        if (m.group(4).length() == 2) {
            year += year >= 50 ? 1900 : 2000;
        }
        int month = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
                .indexOf(m.group(3).substring(0, 1).toUpperCase() + m.group(3).substring(1).toLowerCase()) + 1;
        try {
            java.time.LocalDate date = java.time.LocalDate.of(year, month, Integer.parseInt(m.group(2)));
            java.time.LocalTime.of(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)),
                    m.group(7) == null ? 0 : Integer.parseInt(m.group(7)));
            return m.group(1) == null || date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT,
                    java.util.Locale.ENGLISH).equalsIgnoreCase(m.group(1));
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    /** RFC 822 allows parenthesised comments anywhere, nested, with backslash escapes. */
    private static String withoutComments(String text) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (depth > 0 && c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
                if (depth == 0) {
                    out.append(' ');
                }
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (DateTimeParseException ex) {
            return false;
        }
    }

    private static String parentName(Element e) {
        return e.getParentNode() instanceof Element p ? p.getLocalName() : "";
    }

    private static List<Element> children(Element parent, String localName, boolean atom) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (localName == null || localName.equals(e.getLocalName()))
                    && (atom ? ATOM.equals(e.getNamespaceURI()) : e.getNamespaceURI() == null)) {
                found.add(e);
            }
        }
        return found;
    }
}
