package org.dossier.feeds;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Supplier;
import org.dossier.system.DossierProperties;
import org.dossier.web.NotFoundException;
import org.dossier.web.PublicContentChange;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * {@code feed.xml} (RSS), {@code feed.atom} and {@code feed.json} under the home page, every section,
 * topic, region, tag, expert and type. Generated feeds are kept until public content changes.
 */
@Controller
class FeedController {

    private static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final MediaType JSON_FEED = MediaType.parseMediaType("application/feed+json;charset=UTF-8");

    private final FeedService feeds;
    private final FeedScopes scopes;
    private final DossierProperties site;
    private final Cache<String, Rendered> cache = Caffeine.newBuilder().maximumSize(500).build();

    FeedController(FeedService feeds, FeedScopes scopes, DossierProperties site) {
        this.feeds = feeds;
        this.scopes = scopes;
        this.site = site;
    }

    @GetMapping("/feed.{format}")
    ResponseEntity<String> site(@PathVariable String format, WebRequest request) {
        return serve("/", format, scopes::site, request);
    }

    @GetMapping("/{section:[^.]+}/feed.{format}")
    ResponseEntity<String> section(@PathVariable String section, @PathVariable String format, WebRequest request) {
        return serve("/" + section, format, () -> scopes.section(section), request);
    }

    @GetMapping("/{kind:topics|regions|tags}/{slug:[^.]+}/feed.{format}")
    ResponseEntity<String> term(@PathVariable String kind, @PathVariable String slug, @PathVariable String format,
                                WebRequest request) {
        return serve("/" + kind + "/" + slug, format, () -> scopes.term(kind, slug), request);
    }

    @GetMapping("/experts/{slug:[^.]+}/feed.{format}")
    ResponseEntity<String> expert(@PathVariable String slug, @PathVariable String format, WebRequest request) {
        return serve("/experts/" + slug, format, () -> scopes.expert(slug), request);
    }

    @GetMapping("/types/{slug:[^.]+}/feed.{format}")
    ResponseEntity<String> type(@PathVariable String slug, @PathVariable String format, WebRequest request) {
        return serve("/types/" + slug, format, () -> scopes.type(slug), request);
    }

    private ResponseEntity<String> serve(String key, String format, Supplier<FeedScope> scope, WebRequest request) {
        if (!format.equals("xml") && !format.equals("atom") && !format.equals("json")) {
            throw new NotFoundException("No feed format " + format);
        }
        Rendered rendered = cache.get(key + "|" + format, k -> render(scope.get(), format));
        return rendered.respond(request);
    }

    private Rendered render(FeedScope scope, String format) {
        Feed feed = feeds.feed(scope);
        long modified = feed.updated().toEpochMilli();
        return switch (format) {
            case "xml" -> Rendered.of(RssWriter.write(feed), RSS, modified);
            case "atom" -> Rendered.of(AtomWriter.write(feed, site.siteName()), ATOM, modified);
            default -> Rendered.of(JsonFeedWriter.write(feed), JSON_FEED, modified);
        };
    }

    @TransactionalEventListener(fallbackExecution = true)
    void contentChanged(PublicContentChange change) {
        cache.invalidateAll();
    }
}
