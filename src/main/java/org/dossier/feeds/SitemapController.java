package org.dossier.feeds;

import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.dossier.system.DossierProperties;
import org.dossier.taxonomy.TaxonomyRepository;
import org.dossier.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * {@code /sitemap.xml} and {@code /robots.txt}. Past {@code dossier.feeds.sitemap-urls} publications the
 * sitemap becomes an index of {@code /sitemap-N.xml} files, as the protocol's 50,000-URL limit requires.
 */
@Controller
class SitemapController {

    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

    private final FeedRepository repository;
    private final TaxonomyRepository taxonomy;
    private final FeedsProperties settings;
    private final DossierProperties site;

    SitemapController(FeedRepository repository, TaxonomyRepository taxonomy, FeedsProperties settings,
                      DossierProperties site) {
        this.repository = repository;
        this.taxonomy = taxonomy;
        this.settings = settings;
        this.site = site;
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        String body = "User-agent: *\nDisallow: /admin/\nDisallow: /search\nDisallow: /api/\nAllow: /\n\nSitemap: "
                + site.origin() + "/sitemap.xml\n";
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(body);
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap(WebRequest request) {
        long total = repository.countPublished();
        Instant changed = repository.lastPublishedChange();
        long modified = changed == null ? 0 : changed.toEpochMilli();
        if (total <= settings.sitemapUrls()) {
            List<FeedRepository.Url> urls = new ArrayList<>();
            urls.add(new FeedRepository.Url("/", changed));
            taxonomy.sections().forEach(s -> urls.add(new FeedRepository.Url(s.url(), null)));
            urls.add(new FeedRepository.Url("/experts/", null));
            urls.addAll(repository.publishedUrls(0, settings.sitemapUrls()));
            return Rendered.of(write("urlset", "url", urls), XML, modified).respond(request);
        }
        List<FeedRepository.Url> parts = new ArrayList<>();
        long files = (total + settings.sitemapUrls() - 1) / settings.sitemapUrls();
        for (int i = 1; i <= files; i++) {
            parts.add(new FeedRepository.Url("/sitemap-" + i + ".xml", changed));
        }
        return Rendered.of(write("sitemapindex", "sitemap", parts), XML, modified).respond(request);
    }

    @GetMapping("/sitemap-{part:\\d+}.xml")
    ResponseEntity<String> part(@PathVariable int part, WebRequest request) {
        long offset = (long) (part - 1) * settings.sitemapUrls();
        List<FeedRepository.Url> urls = part < 1 ? List.of() : repository.publishedUrls(offset, settings.sitemapUrls());
        if (urls.isEmpty()) {
            throw new NotFoundException("No sitemap part " + part);
        }
        long modified = urls.stream().map(FeedRepository.Url::lastModified).max(Instant::compareTo).orElseThrow()
                .toEpochMilli();
        return Rendered.of(write("urlset", "url", urls), XML, modified).respond(request);
    }

    private String write(String root, String child, List<FeedRepository.Url> urls) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement(root);
            x.writeDefaultNamespace(NS);
            for (FeedRepository.Url url : urls) {
                x.writeStartElement(child);
                x.writeStartElement("loc");
                x.writeCharacters(site.origin() + org.springframework.web.util.UriUtils.encodePath(url.path(),
                        java.nio.charset.StandardCharsets.UTF_8));
                x.writeEndElement();
                if (url.lastModified() != null) {
                    x.writeStartElement("lastmod");
                    x.writeCharacters(AtomWriter.date(url.lastModified()));
                    x.writeEndElement();
                }
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write sitemap", e);
        }
    }
}
