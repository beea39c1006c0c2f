package org.dossier.web;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Turns an editor's Markdown into the HTML that is stored and served. Raw HTML inside the Markdown
 * is allowed (migrated WordPress content is full of it) because everything passes through one
 * allow-list sanitiser last. An image alone in a paragraph with a title becomes a figure whose
 * caption is the title: {@code ![A ship](ship.jpg "The ship in port. Photo: Jane Doe (CC BY)")}.
 */
@Component
public class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), HeadingAnchorExtension.create());
    private static final int WORDS_PER_MINUTE = 230;

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private final PolicyFactory policy = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES).and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("figure", "figcaption", "pre", "code", "hr", "sup", "sub", "cite", "abbr",
                            "small", "dl", "dt", "dd", "mark", "time", "h1", "h2", "h3", "h4", "h5", "h6")
                    .allowAttributes("id").matching(java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,80}"))
                    .onElements("h1", "h2", "h3", "h4", "h5", "h6")
                    .allowAttributes("class").matching(java.util.regex.Pattern.compile("language-[a-z0-9+-]{1,30}"))
                    .onElements("code")
                    .allowAttributes("title").onElements("abbr")
                    .allowAttributes("datetime").onElements("time")
                    .allowAttributes("loading").matching(true, "lazy").onElements("img")
                    .toFactory());

    /** Markdown (with optional inline HTML) to sanitised HTML. */
    public String render(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String plain = PlainParagraphs.render(markdown);
        return plain != null ? plain : renderFully(markdown);
    }

    /** HTML and reading time of a body, from one pass over it when the shortcut applies. */
    public RenderedBody renderBody(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return new RenderedBody("", 1, "");
        }
        PlainParagraphs.Html plain = PlainParagraphs.renderCounting(markdown);
        if (plain != null) {
            return new RenderedBody(plain.html(), minutes(plain.words()), plain.lead());
        }
        String html = renderFully(markdown);
        return new RenderedBody(html, readingMinutes(html), null);
    }

    /**
     * Sanitised HTML of a body, its estimated reading time in minutes and, when the rendering knew it
     * on the way, the start of its plain text ({@link #text} of the HTML, whole when shorter than 600
     * characters, else at least 600 characters of its beginning); otherwise {@code lead} is null.
     */
    public record RenderedBody(String html, int readingMinutes, String lead) {
    }

    /** CommonMark, figures and the sanitiser: the path every Markdown can take (tests compare it with the shortcut). */
    public String renderFully(String markdown) {
        String html = renderer.render(parser.parse(markdown));
        return sanitize(figures(html));
    }

    /** Sanitises HTML that did not come from Markdown (for instance from an import). */
    public String sanitize(String html) {
        return policy.sanitize(html);
    }

    /** Estimated minutes to read the rendered HTML; at least one. */
    public int readingMinutes(String html) {
        // counts words by scanning, tags counting as spaces: no parse needed for an estimate (imports
        // render thousands of long bodies a second)
        int words = 0;
        boolean inWord = false;
        boolean inTag = false;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == '<') {
                inTag = true;
            }
            boolean space = inTag || (c < 0x80 ? c <= ' ' : Character.isWhitespace(c));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
            if (c == '>') {
                inTag = false;
            }
        }
        return minutes(words);
    }

    private static int minutes(int words) {
        return Math.max(1, Math.round(words / (float) WORDS_PER_MINUTE));
    }

    /** Plain text of some HTML, for summaries and search. */
    public static String text(String html) {
        return Jsoup.parse(html).text();
    }

    private static String figures(String html) {
        if (!html.contains("<img")) {
            return html; // most bodies have no image: spare them a parse and a re-print
        }
        Document doc = Jsoup.parseBodyFragment(html);
        for (Element p : doc.select("p:has(> img[title])")) {
            if (p.childrenSize() != 1 || !p.ownText().isBlank()) {
                continue;
            }
            Element img = p.child(0);
            String caption = img.attr("title");
            img.removeAttr("title").attr("loading", "lazy");
            Element figure = new Element("figure").appendChild(img.clone());
            figure.appendElement("figcaption").text(caption);
            p.replaceWith(figure);
        }
        for (Element img : doc.select("img:not([loading])")) {
            img.attr("loading", "lazy");
        }
        return doc.body().html();
    }
}
